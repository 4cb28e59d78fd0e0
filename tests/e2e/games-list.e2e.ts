// The Games list: opening a shared link in the middle of a campaign opens it as a new game and
// says so; the player's own game is still in "Your games" and resumes exactly where it was.
import { expect, test } from '@playwright/test';
import {
  expectCampaignAt,
  playQuarters,
  readIndicators,
  readQuarterLabel,
  startNewGame,
} from './helpers/game';
import { healthProblems, watchPage } from './helpers/page-health';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'games-list';

test('a shared link never replaces the player’s game, which resumes from Your games', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // A classmate's game, in a browser of its own: one quarter on seed 99, its code from Share.
  const classmate = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await classmate.newPage();
  await startNewGame(other, { seed: 99 });
  await playQuarters(other, 1);
  await other.getByRole('button', { name: 'Share', exact: true }).click();
  const code = await other
    .getByRole('dialog', { name: 'Share this game' })
    .getByRole('textbox', { name: 'Code' })
    .inputValue();
  await classmate.close();

  // The player's own campaign: two quarters played.
  await page.setViewportSize({ width: 1280, height: 720 });
  const health = watchPage(page, baseURL!);
  await startNewGame(page, { seed: 2025 });
  await playQuarters(page, 2);
  await expectCampaignAt(page, 3);
  const label = await readQuarterLabel(page);
  const indicators = await readIndicators(page);

  // The link opens the classmate's game as a new one, and says the player's is kept.
  await page.goto(`/?game=${code}`);
  await expectCampaignAt(page, 2);
  const notice = page.getByRole('status').filter({ hasText: 'Opened as a new game' });
  await expect(notice).toBeVisible();
  const kept = /your game “(.+)” is kept/.exec((await notice.textContent()) ?? '')?.[1];
  expect(kept, 'the notice names the player’s game').toBeTruthy();
  await saveScreenshot(page, NAME, 'opened-as-new');

  // Back on the title, Your games lists both; the player's game resumes where it was.
  await page.goto('/');
  const open = page.getByRole('button', { name: 'Your games (2)' });
  await expect(open).toBeVisible();
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Your games' });
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog).toContainText('Opened from a share code');
  await saveScreenshot(page, NAME, 'your-games');
  await dialog.getByRole('button', { name: `Resume ${kept!}` }).click();
  await expectCampaignAt(page, 3);
  expect(await readQuarterLabel(page)).toBe(label);
  expect(await readIndicators(page)).toEqual(indicators);
  expect(healthProblems(health)).toEqual([]);
});

test('a game deleted from Your games comes back with Undo', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const health = watchPage(page, baseURL!);
  await startNewGame(page, { seed: 11 });
  await playQuarters(page, 1);
  await page.goto('/');
  await page.getByRole('button', { name: 'Your games (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your games' });
  const row = dialog.getByRole('listitem');
  await expect(row).toHaveCount(1);
  const name = ((await row.getByRole('heading').textContent()) ?? '').trim();

  await dialog.getByRole('button', { name: `Rename ${name}` }).click();
  await dialog.getByRole('textbox', { name: 'Name of the game' }).fill('Team Blue');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(row.getByRole('heading')).toHaveText('Team Blue');

  await dialog.getByRole('button', { name: 'Delete Team Blue' }).click();
  await expect(row).toHaveCount(0);
  await expect(dialog.getByRole('status').filter({ hasText: 'Deleted “Team Blue”.' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Undo' })).toBeFocused();
  await saveScreenshot(page, NAME, 'deleted-with-undo');
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('heading')).toHaveText('Team Blue');
  await dialog.getByRole('button', { name: 'Resume Team Blue' }).click();
  await expectCampaignAt(page, 2);
  expect(healthProblems(health)).toEqual([]);
});
