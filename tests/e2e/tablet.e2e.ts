// A tablet held upright (768 × 1024): the campaign puts the map and charts across the full width
// above the levers and Putin's posture, so a quarter can be played with nothing lost: no sideways
// scrolling, no overlapping text, every control in reach.
import { expect, test } from '@playwright/test';
import { continueFromReport, endQuarter, expectCampaignAt } from './helpers/game';
import { describeOverlaps, hasHorizontalScroll, overlappingText } from './helpers/layout';
import { healthProblems, watchPage } from './helpers/page-health';
import { saveScreenshot } from './helpers/screenshots';

test('a quarter is played on an upright tablet with nothing lost', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const health = watchPage(page, baseURL ?? '');
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
  for (const name of ['End quarter', 'Propose settlement', 'Share', 'Sources'])
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
  await expect(page.getByRole('slider', { name: /Military aid/ })).toBeInViewport();
  await expect(page.getByRole('tablist', { name: 'Key charts' })).toBeInViewport();
  expect(await hasHorizontalScroll(page), 'the page scrolls sideways').toBe(false);
  await expect(async () => {
    expect(describeOverlaps(await overlappingText(page.getByRole('main')))).toEqual([]);
  }).toPass({ timeout: 10_000 });
  await saveScreenshot(page, 'tablet', 'campaign-768x1024');
  await endQuarter(page);
  await continueFromReport(page);
  await expectCampaignAt(page, 2);
  expect(healthProblems(health)).toEqual([]);
});
