/**
 * Screenshots of the screens a test visits, kept as artifacts under reports/screenshots/ (outside
 * Playwright's own output folder, which it wipes at the start of every run).
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Folder of the saved screenshots, relative to the project root. */
export const SCREENSHOT_DIR = 'reports/screenshots';

/** How long a screen may take to come to rest before the wait fails the test. */
const REST_TIMEOUT_MS = 15_000;

/**
 * One look at the page across two animation frames: true when it is at rest. At rest means the
 * fonts are loaded, no finite CSS animation or transition is running (endless ones, a pulse, are
 * ignored), the game's canvas has been painted since it was last sized (Phaser fills its opaque
 * background on every frame it draws; a resized canvas is transparent until then), and the page's
 * boxes, the canvas's size and a thumbnail of its pixels are the same at both frames.
 */
async function atRest(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const thumb = document.createElement('canvas');
    thumb.width = 64;
    thumb.height = 36;
    const thumbCtx = thumb.getContext('2d', { willReadFrequently: true });
    const look = (): { key: string; painted: boolean } => {
      const canvas = document.querySelector<HTMLCanvasElement>('#game canvas');
      let pixels = '';
      let painted = true;
      if (canvas && canvas.width > 0 && canvas.height > 0 && thumbCtx) {
        thumbCtx.clearRect(0, 0, thumb.width, thumb.height);
        thumbCtx.drawImage(canvas, 0, 0, thumb.width, thumb.height);
        const { data } = thumbCtx.getImageData(0, 0, thumb.width, thumb.height);
        painted = data[3] === 255;
        pixels = data.join(',');
      }
      const boxes = [...document.body.querySelectorAll('*')].map((el) => {
        const r = el.getBoundingClientRect();
        return `${r.x},${r.y},${r.width},${r.height}`;
      });
      const size = `${window.innerWidth}x${window.innerHeight} ${canvas?.width ?? 0}x${canvas?.height ?? 0}`;
      return { key: [size, pixels, ...boxes].join(';'), painted };
    };
    const animating = (): boolean =>
      document
        .getAnimations()
        .some(
          (a) =>
            a.playState === 'running' &&
            a.effect !== null &&
            Number.isFinite(a.effect.getComputedTiming().endTime),
        );
    const before = look();
    await frame();
    await frame();
    const after = look();
    return document.fonts.status === 'loaded' && !animating() && after.painted && before.key === after.key;
  });
}

/**
 * Waits for the screen to come to rest (see atRest), so a screenshot or a measurement shows it
 * settled rather than a dialog half faded in, a layout mid-resize or a canvas not yet redrawn.
 */
export async function screenAtRest(page: Page): Promise<void> {
  await expect
    .poll(() => atRest(page), {
      message: 'the screen comes to rest (no animation running; layout and canvas unchanged over two frames)',
      timeout: REST_TIMEOUT_MS,
    })
    .toBe(true);
}

/**
 * Saves a full-page screenshot as `reports/screenshots/<test>-<screen>.png` and returns its path.
 * `test` and `screen` should be kebab-case words (e.g. 'saves', 'campaign-q3').
 */
export async function saveScreenshot(page: Page, test: string, screen: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await screenAtRest(page);
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
