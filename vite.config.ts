// Build and serve the game. Kept minimal on purpose.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

// The app's version for the title screen's "model version" line, read from package.json.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder or static host.
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: 'dist',
    // Stock Phaser is one large chunk (it cannot be tree-shaken); do not warn about it.
    chunkSizeWarningLimit: 2000,
  },
  // No `define: { global: 'globalThis' }`: only a custom Phaser build from its CommonJS sources needs it.
  server: { host: '127.0.0.1' },
  // Playwright's webServer waits on this exact address; strictPort fails instead of moving port.
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
