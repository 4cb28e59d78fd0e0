// The after-action review in the debrief (a scrubbable timeline, exports read back, a chart image,
// the printed memo), role briefs, three teams compared from their share codes, and the projector
// window following the game.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { aidSlider, continueFromReport, endQuarter, sanctionsControl, startNewGame } from './helpers/game';
import { restPointer, saveScreenshot } from './helpers/screenshots';

const SIZE = { width: 1280, height: 720 };

/** Every term on Russia's preferred option: the Kremlin accepts these at once. */
const CAPITULATION: Readonly<Record<string, string>> = {
  'Ceasefire line': 'Russia gets all four annexed oblasts',
  'Security guarantees for Ukraine': 'None',
  "Limits on Ukraine's armed forces": 'Severe caps',
  'Sanctions relief': 'Full and immediate relief',
  'Recognition of annexation': 'De jure recognition',
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plays one quarter with the given levers (aid in €bn a quarter, sanctions by position 0–4). */
async function playQuarter(page: Page, aid: number, sanctions: number): Promise<void> {
  await aidSlider(page).fill(String(aid));
  await expect(aidSlider(page)).toHaveValue(String(aid));
  await sanctionsControl(page).getByRole('radio').nth(sanctions).check();
  await endQuarter(page);
  await continueFromReport(page);
}

/** Proposes Russia's own terms and signs: the game ends on the debrief. */
async function settleOnRussiasTerms(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Send proposal' }) });
  for (const [term, option] of Object.entries(CAPITULATION))
    await dialog
      .getByRole('group', { name: term, exact: true })
      .getByRole('radio', { name: new RegExp(`^${escape(option)}`) })
      .check();
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  await dialog.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
}

function debriefTab(page: Page, name: string): Locator {
  return page.getByRole('tablist', { name: 'Debrief' }).getByRole('tab', { name });
}

test('the debrief reviews the game quarter by quarter, exports it and prints a memo', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(SIZE);
  await startNewGame(page, { seed: 11 });
  await playQuarter(page, 10.4, 1);
  await playQuarter(page, 15, 2);
  await playQuarter(page, 20, 3);
  await settleOnRussiasTerms(page);
  await restPointer(page);
  await saveScreenshot(page, 'review', 'outcome');

  // Quarter by quarter: the scrubber starts at the last quarter; the keyboard moves it.
  await debriefTab(page, 'Quarter by quarter').click();
  const quarter = page.getByRole('slider', { name: 'Quarter' });
  await expect(quarter).toBeVisible();
  const state = page.getByRole('region', { name: 'State at the end of the quarter' });
  const happened = page.getByRole('region', { name: 'What happened in the quarter' });
  await expect(happened).toContainText('What happened in Q3 2025');
  await expect(happened).toContainText('Military aid: €20.0 bn a quarter');
  await saveScreenshot(page, 'review', 'quarter-3');
  const lastState = await state.innerText();
  await quarter.focus();
  await quarter.press('ArrowLeft');
  await quarter.press('ArrowLeft');
  await expect(happened).toContainText('What happened in Q1 2025');
  await expect(happened).toContainText('Military aid: €10.4 bn a quarter');
  await expect(state).toContainText('State at the end of Q1 2025');
  expect(await state.innerText(), 'the state changes with the quarter').not.toBe(lastState);
  await expect(page.getByRole('button', { name: 'Previous quarter' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next quarter' }).click();
  await expect(happened).toContainText('What happened in Q2 2025');
  await quarter.press('End');
  await expect(happened).toContainText('What happened in Q3 2025');
  await quarter.press('Home');
  await restPointer(page);
  await saveScreenshot(page, 'review', 'quarter-1');

  // Discussion prompts from the scenario.
  await debriefTab(page, 'Discussion').click();
  await expect(page.getByRole('heading', { name: 'Questions for the discussion' })).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('listitem').first()).toContainText('posture');
  await saveScreenshot(page, 'review', 'discussion');

  // Exports: the CSV, the JSON and a chart image, read back.
  await debriefTab(page, 'Exports').click();
  await saveScreenshot(page, 'review', 'exports');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  const columns = (header ?? '').split(',');
  expect(columns.slice(0, 3)).toEqual(['quarter', 'aid', 'sanctions']);
  expect(columns).toEqual(expect.arrayContaining(['westernCohesion', 'posture', 'postureName', 'injects']));
  expect(rows).toHaveLength(3);
  expect(rows[2]?.startsWith('2025-Q3,20,3,')).toBe(true);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download game (JSON)' }).click();
  const game = JSON.parse(readFileSync(await (await jsonDownload).path(), 'utf8')) as {
    format: string;
    version: number;
    turns: unknown[];
    quarters: unknown[];
    outcome: { kind: string } | null;
  };
  expect(game.format).toBe('leverage-game');
  expect(game.version).toBe(1);
  expect(game.turns).toHaveLength(3);
  expect(game.quarters).toHaveLength(3);
  expect(game.outcome?.kind).toBe('settlement');

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download chart as PNG: Reserves' }).click();
  const png = readFileSync(await (await pngDownload).path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);

  // Print memo: print() is called, and in print media only the memo is on the page.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print memo' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#game')).toBeHidden();
  await expect(page.locator('#ui')).toBeHidden();
  const memo = page.locator('#print-root .memo');
  await expect(memo).toBeVisible();
  await expect(memo).toContainText('Settlement signed');
  await expect(memo).toContainText('Caveats');
  await expect(memo).toContainText('Sources cited');
  await expect(memo).not.toContainText('http');
  await saveScreenshot(page, 'memo', 'print');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#print-root')).toBeHidden();
});
