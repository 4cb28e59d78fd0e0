// Browser tests against the built game served by `vite preview`, driving Debian's Chromium
// (no browser download). Build first: `npm run build`.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

// Fail at once with a clear message instead of waiting for the server timeout.
if (!existsSync(new URL('./dist/index.html', import.meta.url))) {
  throw new Error('dist/index.html is missing: run `npm run build` before the browser tests.');
}

const baseURL = 'http://127.0.0.1:4173';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  // Playwright wipes this folder at start, so it is kept apart from other reports.
  outputDir: 'reports/playwright-artifacts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: 'npm run preview',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
