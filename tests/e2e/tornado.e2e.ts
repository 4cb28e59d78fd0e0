// "Which assumption matters" on the assumptions panel (the scenario's start under the status quo)
// and in the review's discussion tab (the game's start under the levers played): both charts are
// found by their names, each bar's words and numbers are text, the caption names the runs and the
// seed, the table holds every option, and axe finds no WCAG 2.2 AA violation.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { violations } from './helpers/axe';
import { continueFromReport, endQuarter, startNewGame } from './helpers/game';
import { saveScreenshot, screenAtRest } from './helpers/screenshots';

const NAME = 'tornado';
const SHIFT_CHART = 'Quarter of Putin’s first posture shift (median of the runs)';
const SCORE_CHART = 'Final score, 0–100 (median of the runs)';
const CAPTION =
  /150 runs per option, seed \d+, one assumption varied at a time, others at the scenario’s values\./;
/** The disputed figures of scenarios/assumptions.json, by name. */
const FIGURE_NAMES = [
  'New tank production',
  'Whose loss counts',
  'Russian casualty rate',
  'Real inflation',
  'North Korean dud rate',
  'How strongly aid raises Russian losses',
  /Putin.s confidence/,
];

/** Checks both charts and their table inside `scope`, once the runs have come back. */
async function expectCharts(scope: Locator): Promise<void> {
  // The runs take a second or two on a busy machine: wait for the charts, not for a time.
  const shift = scope.getByRole('figure', { name: SHIFT_CHART });
  const score = scope.getByRole('figure', { name: SCORE_CHART });
  await expect(shift).toBeVisible({ timeout: 60_000 });
  await expect(score).toBeVisible();
  await expect(scope.getByText(CAPTION).first()).toBeVisible();
  // Every figure is named in each chart: a bar when its options differ, else in the line of
  // those that make no difference. Putin's confidence moves the first shift by whole quarters.
  for (const chart of [shift, score])
    for (const name of FIGURE_NAMES) await expect(chart.getByText(name).first()).toBeVisible();
  const bar = shift.getByRole('listitem').filter({ hasText: /Putin.s confidence/ });
  await expect(bar).toHaveCount(1);
  await expect(bar.getByText(/\d+ quarters? apart/)).toBeVisible();
  // The bars' ends say which quarter and which option, in words and numbers.
  await expect(bar.getByText(/Q[1-4] 202[5-8]/).first()).toBeVisible();
  await expect(bar.getByText(/Nearly certain: 0\.9/)).toBeVisible();
  await expect(shift.getByText(/the scenario’s values, (Q[1-4] 202[5-8]|no shift by)/)).toBeVisible();

  const summary = scope.getByText('The numbers behind the charts');
  await summary.click();
  const table = scope.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'First posture shift (median)' })).toBeVisible();
  // The scenario's values, then three options for each figure, under a heading row each.
  await expect(table.locator('tbody tr:has(td)')).toHaveCount(1 + FIGURE_NAMES.length * 3);
  await expect(table.getByRole('rowheader', { name: /Putin.s confidence/ })).toBeVisible();
  await expect(table.getByText(CAPTION)).toBeAttached();
}

/** Screenshots the page with each chart scrolled to the top of its scrolling panel. */
async function snap(page: Page, section: Locator, screen: string): Promise<void> {
  for (const [i, part] of ['shift', 'score'].entries()) {
    await section
      .getByRole('figure')
      .nth(i)
      .evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await screenAtRest(page);
    await saveScreenshot(page, NAME, `${screen}-${part}`);
  }
}

test('the assumptions panel ranks the disputed figures under the status quo', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await page.getByRole('tab', { name: 'Assumptions' }).click();
  const panel = page.getByRole('tabpanel');
  const section = panel.getByRole('region', { name: 'Which assumption matters' });
  await expect(section).toBeVisible();
  await expectCharts(section);
  await snap(page, section, 'assumptions');
  expect(await violations(page), 'title: assumptions with the tornado').toEqual([]);
});

test('the review ranks the disputed figures under the levers played', async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page, { seed: 11 });
  await endQuarter(page);
  await continueFromReport(page);
  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const dialog = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: 'Send proposal' }) });
  // Russia's own terms, which the Kremlin signs at once.
  const terms: Readonly<Record<string, string>> = {
    'Ceasefire line': 'Russia gets all four annexed oblasts',
    'Security guarantees for Ukraine': 'None',
    "Limits on Ukraine's armed forces": 'Severe caps',
    'Sanctions relief': 'Full and immediate relief',
    'Recognition of annexation': 'De jure recognition',
  };
  for (const [term, option] of Object.entries(terms))
    await dialog
      .getByRole('group', { name: term, exact: true })
      .getByRole('radio', { name: new RegExp(`^${option}`) })
      .check();
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  await dialog.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();

  await page.getByRole('tablist', { name: 'Debrief' }).getByRole('tab', { name: 'Discussion' }).click();
  const section = page.getByRole('region', { name: 'Which assumption matters' });
  await expect(section).toBeVisible();
  await expect(section.getByText(/Under the levers you played/).first()).toBeVisible({ timeout: 60_000 });
  await expectCharts(section);
  await snap(page, section, 'review');
  expect(await violations(page), 'debrief: discussion with the tornado').toEqual([]);
});
