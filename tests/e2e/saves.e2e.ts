// Saves: the game autosaves, a reload in the middle of a quarter resumes exactly (pending levers
// included), and a save that cannot be read is explained, kept, offered for download and replaced
// by a new game, so nothing the player had is lost.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  aidSlider,
  conditionPanel,
  expectCampaignAt,
  playQuarters,
  readIndicators,
  readQuarterLabel,
  readSave,
  SAVE_KEY,
  startNewGame,
  UNREADABLE_SAVE_KEY,
} from './helpers/game';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'saves';

test('reloading mid-quarter and pressing Continue resumes exactly', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page, { seed: 2025 });
  await playQuarters(page, 2);
  await expectCampaignAt(page, 3);

  // Move the aid lever without ending the quarter.
  await aidSlider(page).fill('17.3');
  await expect(aidSlider(page)).toHaveValue('17.3');
  await expect(page.getByText('€17.3 bn / quarter').first()).toBeVisible();
  const label = await readQuarterLabel(page);
  const indicators = await readIndicators(page);
  const condition = await conditionPanel(page).innerText();
  const sanctions = await page
    .getByRole('radiogroup', { name: 'Sanctions' })
    .getByRole('radio', { checked: true })
    .getAttribute('value');
  await saveScreenshot(page, NAME, 'before-reload');

  await page.reload();
  const cont = page.getByRole('button', { name: 'Continue' });
  await expect(cont).toBeVisible();
  await saveScreenshot(page, NAME, 'title-with-continue');
  await cont.click();

  await expectCampaignAt(page, 3);
  expect(await readQuarterLabel(page)).toBe(label);
  expect(await readIndicators(page)).toEqual(indicators);
  expect(await conditionPanel(page).innerText()).toBe(condition);
  await expect(aidSlider(page)).toHaveValue('17.3');
  await expect(page.getByText('€17.3 bn / quarter').first()).toBeVisible();
  await expect(
    page.getByRole('radiogroup', { name: 'Sanctions' }).getByRole('radio', { checked: true }),
  ).toHaveAttribute('value', sanctions ?? '');
  await saveScreenshot(page, NAME, 'resumed');
});

/**
 * Loads the game with `raw` already in the save slot, then checks the handling of an unreadable
 * save: a clear message (giving `reason`), a new game on offer, the raw text kept and offered for
 * download.
 */
async function expectUnreadableSaveHandled(
  page: Page,
  raw: string,
  screen: string,
  reason: RegExp,
): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      // Only before the first load: the game may write over the slot once the copy is kept.
      if (window.sessionStorage.getItem('e2e-seeded') === null) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem('e2e-seeded', '1');
      }
    },
    [SAVE_KEY, raw] as const,
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');

  const alert = page.getByRole('alert').filter({ hasText: /could not be read/i });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(reason);
  await expect(alert).toContainText(/new game/i);
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeHidden();
  await saveScreenshot(page, NAME, screen);

  // The raw text is kept under its own key…
  const kept = await page.evaluate((key) => window.localStorage.getItem(key), UNREADABLE_SAVE_KEY);
  expect(kept).toBe(raw);

  // …and offered for download, byte for byte.
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: /download/i }).click();
  const download = await downloading;
  const path = await download.path();
  expect(await readFile(path, 'utf8')).toBe(raw);

  // A new game starts; the unreadable save is still kept afterwards.
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), UNREADABLE_SAVE_KEY)).toBe(raw);
  const save = await readSave(page);
  expect(save?.['format']).toBe('leverage-save');
}

test('a corrupt save is explained, kept, offered for download and a new game starts', async ({ page }) => {
  await expectUnreadableSaveHandled(page, '{not json', 'corrupt-save', /damaged|not valid/i);
});

test('a save from an unknown version gets the same handling', async ({ page }) => {
  const future = JSON.stringify({
    format: 'leverage-save',
    version: 99,
    scenarioId: 'baseline-2025',
    seed: 1,
    policies: [],
  });
  await expectUnreadableSaveHandled(page, future, 'unknown-version-save', /version 99/);
});
