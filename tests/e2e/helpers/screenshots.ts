/**
 * Screenshots of the screens a test visits, kept as artifacts under reports/screenshots/ (outside
 * Playwright's own output folder, which it wipes at the start of every run).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Folder of the saved screenshots, relative to the project root. */
export const SCREENSHOT_DIR = 'reports/screenshots';

/**
 * Waits (up to 2 s) for the page's finite CSS animations and transitions to end, so a screenshot
 * shows a screen at rest rather than a dialog half faded in. Endless ones (a pulse) are ignored.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(`Promise.race([
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect && Number.isFinite(a.effect.getComputedTiming().endTime))
        .map((a) => a.finished.catch(() => undefined)),
    ),
    new Promise((resolve) => setTimeout(resolve, 2000)),
  ])`);
}

/**
 * Saves a full-page screenshot as `reports/screenshots/<test>-<screen>.png` and returns its path.
 * `test` and `screen` should be kebab-case words (e.g. 'saves', 'campaign-q3').
 */
export async function saveScreenshot(page: Page, test: string, screen: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await animationsSettled(page);
  const path = `${SCREENSHOT_DIR}/${test}-${screen}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Moves the pointer to the page's top-left corner, where nothing opens a tooltip, so a screenshot
 * or a layout measurement does not catch a tooltip left open by the last click's position.
 */
export async function restPointer(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
}
