// First smoke test of the built game: title → New game → Begin → End quarter → report → Continue,
// with no console errors, no request to another host, and a canvas that is not blank.
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './helpers/screenshots';

/** Share of sampled canvas pixels that differ from the background colour (#0f1b2d). */
async function canvasInk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const source = document.querySelector<HTMLCanvasElement>('#game canvas');
    if (!source) return 0;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let inked = 0;
    let sampled = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      sampled += 1;
      const d = Math.abs(data[i]! - 0x0f) + Math.abs(data[i + 1]! - 0x1b) + Math.abs(data[i + 2]! - 0x2d);
      if (d > 24) inked += 1;
    }
    return inked / Math.max(1, sampled);
  });
}

test('a new player reaches the first quarter report and back', async ({ page, baseURL }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
      foreign.push(r.url());
  });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await expect(page.getByText(/Figures as of 19 February 2025; model version \d+\.\d+/)).toBeVisible();
  await saveScreenshot(page, 'smoke', 'title');

  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
  await saveScreenshot(page, 'smoke', 'briefing');

  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Military aid' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Sanctions' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('quarter 1 of 12');
  await expect.poll(() => canvasInk(page)).toBeGreaterThan(0.05);
  await saveScreenshot(page, 'smoke', 'campaign');

  await page.getByRole('button', { name: 'End quarter' }).click();
  const report = page.getByRole('dialog');
  await expect(report).toBeVisible();
  await expect(report.getByRole('button', { name: 'Continue' })).toBeVisible();
  await saveScreenshot(page, 'smoke', 'report');

  await report.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('quarter 2 of 12');
  await saveScreenshot(page, 'smoke', 'campaign-q2');

  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('a settlement can be proposed, answered and signed, ending in the debrief', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Propose a settlement' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Ceasefire line' })).toBeVisible();
  await saveScreenshot(page, 'smoke', 'negotiation');
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  await expect(dialog.getByRole('heading', { name: /The Kremlin’s answer/ })).toBeVisible();
  await saveScreenshot(page, 'smoke', 'answer');
  await dialog.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settlement signed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  await saveScreenshot(page, 'smoke', 'debrief');
  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  expect(errors).toEqual([]);
});
