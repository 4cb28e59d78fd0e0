/**
 * How this project launches Debian's Chromium (no browser download): the executable, overridable
 * with CHROMIUM_PATH, and the flags that keep it quiet on a machine without outside network.
 * Shared by the browser tests (playwright.config.ts) and the browser benchmark.
 */

/** Path of the Chromium executable. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launch flags: headless, no sandbox (root), and no background connections to outside hosts. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
