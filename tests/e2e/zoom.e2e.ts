// At 200 % zoom on a 1280×720 screen (640×360 CSS pixels at two device pixels each) the game is
// still playable: every control in reach by scrolling down, nothing scrolls sideways, no text
// overlaps another.
import { expect, test } from '@playwright/test';
import { continueFromReport, endQuarter, expectCampaignAt } from './helpers/game';
import { thresholdInkUnder } from './helpers/canvas';
import { describeOverlaps, hasHorizontalScroll, overlappingText } from './helpers/layout';
import { healthProblems, watchPage } from './helpers/page-health';
import { saveScreenshot } from './helpers/screenshots';

test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

test('a quarter is played at 200 % zoom on a 1280×720 screen', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const health = watchPage(page, baseURL ?? '');
  await page.goto('/');
  await saveScreenshot(page, 'zoom', 'title');
  expect(await hasHorizontalScroll(page), 'the title scrolls sideways').toBe(false);
  expect(describeOverlaps(await overlappingText(page.getByRole('main')))).toEqual([]);
  const setup = page.getByRole('tablist', { name: 'Game setup' });
  await setup.scrollIntoViewIfNeeded();
  await expect(setup).toBeInViewport();
  await saveScreenshot(page, 'zoom', 'title-setup');
  await page.getByRole('button', { name: 'New game' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'New game' }).click();
  await saveScreenshot(page, 'zoom', 'briefing');
  expect(await hasHorizontalScroll(page), 'the briefing scrolls sideways').toBe(false);
  expect(describeOverlaps(await overlappingText(page.getByRole('main')))).toEqual([]);
  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
  await saveScreenshot(page, 'zoom', 'campaign');
  expect(await hasHorizontalScroll(page), 'the campaign scrolls sideways').toBe(false);
  expect(describeOverlaps(await overlappingText(page.getByRole('main')))).toEqual([]);

  // Every control and panel is in reach by scrolling down the one column.
  for (const name of ['Share', 'Sources', 'Propose settlement', 'End quarter']) {
    const control = page.getByRole('button', { name, exact: true });
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport();
  }
  const slider = page.getByRole('slider', { name: /Military aid/ });
  await slider.scrollIntoViewIfNeeded();
  await expect(slider).toBeInViewport();

  // Scrolled down to the charts, the canvas draws the threshold line under its label.
  const panel = page.getByRole('tabpanel');
  const label = panel.getByText(/^Threshold /).first();
  await label.scrollIntoViewIfNeeded();
  await expect(label).toBeInViewport();
  await expect
    .poll(() => thresholdInkUnder(panel, label), {
      message: 'the threshold line is drawn under its label after scrolling',
    })
    .toBeGreaterThan(0.3);
  await saveScreenshot(page, 'zoom', 'campaign-charts');

  const posture = page.getByRole('heading', { name: /Putin.s posture/ });
  await posture.scrollIntoViewIfNeeded();
  await expect(posture).toBeInViewport();
  await saveScreenshot(page, 'zoom', 'campaign-posture');
  expect(describeOverlaps(await overlappingText(page.getByRole('main')))).toEqual([]);
  await endQuarter(page);
  await saveScreenshot(page, 'zoom', 'report');
  await continueFromReport(page);
  await expectCampaignAt(page, 2);
  expect(healthProblems(health)).toEqual([]);
});
