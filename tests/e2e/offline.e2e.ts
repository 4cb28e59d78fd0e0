// Offline after the first load: the service worker precaches the built game, so a classroom
// that loses its network can still open the game and play.
import { expect, test } from '@playwright/test';
import { continueFromReport, endQuarter, expectCampaignAt, startNewGame } from './helpers/game';
import { saveScreenshot } from './helpers/screenshots';

test('after one visit the game opens and plays with the network gone', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  // Wait until the service worker is active, which means it has precached the whole game.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await startNewGame(page, { seed: 3 });
  await expectCampaignAt(page, 1);
  await endQuarter(page);
  await continueFromReport(page);
  await expectCampaignAt(page, 2);
  await saveScreenshot(page, 'offline', 'campaign');
});
