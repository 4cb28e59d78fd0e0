// The end of a campaign that runs to the horizon: the last quarter's report, then a debrief whose
// score, words, timeline and forecasts tell the same story.
import { expect, test } from '@playwright/test';
import {
  continueFromReport,
  endQuarter,
  expectCampaignAt,
  expectOneQuarterFormat,
  HORIZON,
  playQuarters,
  startNewGame,
} from './helpers/game';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'debrief';

test('a campaign run to the horizon ends on a debrief whose score and words agree', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page, { seed: 7 });
  await playQuarters(page, HORIZON - 1);
  await expectCampaignAt(page, HORIZON);
  await endQuarter(page);
  await continueFromReport(page);

  const playAgain = page.getByRole('button', { name: 'Play again' });
  await expect(playAgain).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The war goes on');
  await saveScreenshot(page, NAME, 'horizon');
  await expectOneQuarterFormat(page);

  // The score is shown once, big, and every "N of 100" in the words is that same score.
  const scorePanel = page.getByRole('region', { name: 'Score' });
  const shown = Number(/^(\d+)\s*\/\s*100/.exec((await scorePanel.innerText()).trim())?.[1]);
  expect(shown, 'the debrief shows a score out of 100').toBeGreaterThanOrEqual(0);
  const stated = [...(await scorePanel.innerText()).matchAll(/(\d+) of 100/g)].map((m) => Number(m[1]));
  expect(stated.length, 'the words state the score').toBeGreaterThan(0);
  expect.soft(stated, `every score in the words equals the shown ${shown}`).toEqual(stated.map(() => shown));

  // One timeline row per quarter played, and the report's forecasts beside the game.
  const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('table');
  await expect(timeline.locator('tbody tr')).toHaveCount(HORIZON);
  await expect(page.getByRole('heading', { name: /forecasts/i })).toBeVisible();
});

test('the last quarter has its report, and Continue then opens the debrief', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page, { seed: 7 });
  await playQuarters(page, HORIZON - 1);
  await expectCampaignAt(page, HORIZON);
  await endQuarter(page);
  await saveScreenshot(page, NAME, `report-q${HORIZON}`);
  await continueFromReport(page);
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
});
