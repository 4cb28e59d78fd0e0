// Hygiene on every screen: no console errors or warnings, no uncaught errors, no request to any
// other host, a canvas that is drawn, text of at least 16 px at 1280×720; and a campaign screen
// that fits 1280×720, 1920×1080 and 1024×640 with no sideways scroll and no overlapping text;
// a canvas drawn at device resolution on a high-density screen.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvasInk, thresholdInkUnder } from './helpers/canvas';
import {
  expectCampaignAt,
  expectReportAnnounced,
  playQuarters,
  reportDialog,
  startNewGame,
} from './helpers/game';
import { describeOverlaps, hasHorizontalScroll, overlappingText, textSmallerThan } from './helpers/layout';
import { healthProblems, watchPage, type PageHealth } from './helpers/page-health';
import { restPointer, saveScreenshot } from './helpers/screenshots';

const NAME = 'hygiene';
const MIN_FONT_PX = 16;

/**
 * The checks every screen must pass: a screenshot for the record, a canvas with more than one
 * colour, no text under 16 px inside `textRoot`, no sideways scroll, and a clean page so far.
 * Soft assertions, so one run reports every screen's problems.
 */
async function checkScreen(page: Page, health: PageHealth, screen: string, textRoot: Locator): Promise<void> {
  await restPointer(page);
  await saveScreenshot(page, NAME, screen);
  await expect
    .poll(async () => (await canvasInk(page)).colours, { message: `${screen}: the canvas is drawn` })
    .toBeGreaterThan(1);
  expect.soft(await textSmallerThan(textRoot, MIN_FONT_PX), `${screen}: text smaller than 16 px`).toEqual([]);
  expect.soft(await hasHorizontalScroll(page), `${screen}: the page scrolls sideways`).toBe(false);
  expect(healthProblems(health), `${screen}: console, page errors and requests`).toEqual([]);
}

test('every screen is clean, drawn and readable at 1280×720', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const health = watchPage(page, baseURL!);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const ui = page.locator('#ui');

  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await checkScreen(page, health, 'title', ui);

  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
  await checkScreen(page, health, 'briefing', ui);

  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
  await checkScreen(page, health, 'campaign', ui);
  await expect
    .poll(async () => (await canvasInk(page)).inked, { message: 'the map and charts are drawn' })
    .toBeGreaterThan(0.05);

  await page.getByRole('button', { name: 'End quarter' }).click();
  await expectReportAnnounced(page);
  await checkScreen(page, health, 'report', reportDialog(page));
  await reportDialog(page).getByRole('button', { name: 'Continue' }).click();
  await expectCampaignAt(page, 2);

  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const negotiation = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: 'Send proposal' }) });
  await expect(negotiation).toBeVisible();
  await checkScreen(page, health, 'negotiation', negotiation);
  // The opening terms are the Kremlin's own demands, which it accepts.
  await negotiation.getByRole('button', { name: 'Send proposal' }).click();
  await negotiation.getByRole('button', { name: 'Sign the settlement' }).click();

  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  await checkScreen(page, health, 'debrief', ui);

  await page.getByRole('button', { name: 'Play again' }).click();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  expect(healthProblems(health)).toEqual([]);
  expect(health.requests.length, 'the page was watched').toBeGreaterThan(0);
});

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 640 },
] as const;

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`the campaign screen fits ${size} with no sideways scroll and no overlapping text`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const health = watchPage(page, baseURL!);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
    expect.soft(await hasHorizontalScroll(page), 'title: the page scrolls sideways').toBe(false);
    await page.getByRole('button', { name: 'New game' }).click();
    await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
    expect.soft(await hasHorizontalScroll(page), 'briefing: the page scrolls sideways').toBe(false);
    await page.getByRole('button', { name: 'Begin' }).click();
    await expectCampaignAt(page, 1);
    // One quarter played, so every indicator shows a change and the charts a path.
    await playQuarters(page, 1);
    await restPointer(page);
    await saveScreenshot(page, NAME, `campaign-${size}`);

    const campaign = page.getByRole('main');
    expect.soft(await hasHorizontalScroll(page), 'campaign: the page scrolls sideways').toBe(false);
    await expect
      .soft(async () => {
        expect(describeOverlaps(await overlappingText(campaign))).toEqual([]);
      })
      .toPass({ timeout: 5_000 });
    expect(healthProblems(health)).toEqual([]);
  });
}

/**
 * For every key chart with a threshold: the canvas draws the threshold's dashed red line just
 * under its label (the label sits above the right end of the line), so the canvas and the page's
 * labels share one geometry, also right after switching charts.
 */
async function expectThresholdsUnderTheirLabels(page: Page, screen: string): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Key charts' }).getByRole('tab');
  const names = await tabs.allTextContents();
  expect(names.length, `${screen}: the key charts have tabs`).toBeGreaterThan(1);
  let checked = 0;
  for (const name of names) {
    await tabs.filter({ hasText: name }).first().click();
    await expect(tabs.filter({ hasText: name }).first()).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel');
    const label = panel.getByText(/^Threshold /).first();
    if ((await panel.getByText(/^Threshold /).count()) === 0) continue;
    checked += 1;
    await restPointer(page);
    await expect
      .poll(() => thresholdInkUnder(panel, label), {
        message: `${screen}, chart "${name}": a threshold line is drawn under its label`,
        timeout: 5_000,
      })
      .toBeGreaterThan(0.3);
    await saveScreenshot(page, NAME, `${screen}-chart-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`);
  }
  expect(checked, `${screen}: some chart shows a threshold`).toBeGreaterThan(0);
}

test('the charts draw their lines where their labels are, on the campaign and the debrief', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page);
  await playQuarters(page, 1);
  await expectThresholdsUnderTheirLabels(page, 'campaign');

  await page.getByRole('button', { name: 'Propose settlement' }).click();
  await page.getByRole('button', { name: 'Send proposal' }).click();
  await page.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  await expectThresholdsUnderTheirLabels(page, 'debrief');
});

test.describe('on a high-density screen (2 device pixels per CSS pixel)', () => {
  test.use({ deviceScaleFactor: 2 });

  test('the canvas is drawn at device resolution, its lines where the page puts their labels', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await startNewGame(page);
    const ink = await canvasInk(page);
    expect({ width: ink.width, height: ink.height }, 'canvas size in device pixels').toEqual({
      width: 2560,
      height: 1440,
    });
    const box = await page.locator('#game canvas').boundingBox();
    expect(box && { width: box.width, height: box.height }, 'canvas size on the page').toEqual({
      width: 1280,
      height: 720,
    });
    await playQuarters(page, 1);
    await expectThresholdsUnderTheirLabels(page, 'campaign-2x');

    // Resizing the window keeps the canvas at device resolution and the lines under their labels.
    await page.setViewportSize({ width: 1024, height: 640 });
    await expect.poll(async () => (await canvasInk(page)).width).toBe(2048);
    await expectThresholdsUnderTheirLabels(page, 'campaign-2x-1024');
  });
});
