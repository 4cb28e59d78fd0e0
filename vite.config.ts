// Build and serve the game. Kept minimal on purpose.
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { phaserBuild } from './scripts/phaser-build.ts';
import { CONTENT_POLICY_HEADER, CONTENT_POLICY_META } from './src/server/content-policy.ts';

// The app's version for the title screen's "model version" line, read from package.json; a build
// may add a tag (LEVERAGE_BUILD_TAG=next gives '0.1.0+next'), as the service worker's test does to
// ship a second, different build.
const { version: packageVersion } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };
const buildTag = process.env['LEVERAGE_BUILD_TAG'];
const version = buildTag ? `${packageVersion}+${buildTag}` : packageVersion;

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder or static host.
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    // The built page carries the game's Content-Security-Policy (the dev server, which injects
    // its own scripts for hot reload, does not).
    {
      name: 'leverage-content-policy',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_POLICY_META },
          injectTo: 'head-prepend',
        },
      ],
    },
    // The game's own Phaser: the parts it uses, about half of stock Phaser's size (see the plugin).
    phaserBuild(),
    // Offline after the first load: a service worker (Workbox) precaches the whole built game,
    // sounds, fonts and map included, so a classroom can play with the network gone.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Leverage',
        short_name: 'Leverage',
        description: 'A teaching wargame about economic and military leverage over Russia.',
        theme_color: '#0f1b2d',
        background_color: '#0f1b2d',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ogg,mp3,woff2,json}'],
        // Every browser the game runs in reads woff2, so the woff copies stay online-only; so do the
        // type face's extended Cyrillic and Vietnamese subsets, which no text of the game uses (the
        // Ukrainian edition's letters, і ї є ґ among them, are all in the basic Cyrillic subset, which
        // is precached). A classroom of devices then precaches less over the school's network.
        globIgnores: ['**/*-cyrillic-ext-*', '**/*-vietnamese-*'],
        // The main chunk (Phaser, the store and the scenarios) is over Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Take control of the page that installed it, so going offline right away still works.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    // The main chunk is about 1 MB raw (280 KB gzipped), Phaser's part of it one module; do not warn.
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  // Playwright's webServer waits on this exact address; strictPort fails instead of moving port.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CONTENT_POLICY_HEADER },
  },
});
