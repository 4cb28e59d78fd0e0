/**
 * Driving the game the way a player does, through its stable accessible names: start a fresh
 * game, read the quarter heading and the indicators, end a quarter, read the autosave.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Key of the autosave in localStorage (save format version 1). */
export const SAVE_KEY = 'leverage.save.v1';
/** Key under which the game keeps the raw text of a save it could not read. */
export const UNREADABLE_SAVE_KEY = 'leverage.unreadable-save';
/** Quarters in a campaign of the bundled scenarios. */
export const HORIZON = 12;

/** The campaign's heading, e.g. "Q1 2025 · quarter 1 of 12". */
export function quarterHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** The quarter heading's text, e.g. "Q1 2025 · quarter 1 of 12". */
export async function readQuarterLabel(page: Page): Promise<string> {
  return ((await quarterHeading(page).textContent()) ?? '').trim();
}

/** Waits until the campaign screen shows quarter `n` of the campaign. */
export async function expectCampaignAt(page: Page, n: number): Promise<void> {
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeVisible();
  await expect(quarterHeading(page)).toContainText(`quarter ${n} of ${HORIZON}`);
}

/** Every quarter on the page is written one way, "Q2 2025" (never "2025-Q2" or "2025 Q2"). */
export async function expectOneQuarterFormat(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(/\b\d{4}-Q[1-4]\b|\b\d{4} Q[1-4]\b/g) ?? [], 'quarters written "Q2 2025"').toEqual([]);
}

/** The "Military aid" slider. */
export function aidSlider(page: Page): Locator {
  return page.getByRole('slider', { name: 'Military aid' });
}

/** The "Sanctions" control (a radiogroup). */
export function sanctionsControl(page: Page): Locator {
  return page.getByRole('radiogroup', { name: 'Sanctions' });
}

/** The quarter report dialog. */
export function reportDialog(page: Page): Locator {
  return page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Continue' }) });
}

/** Options of {@link startNewGame}. */
export interface NewGameOptions {
  /** A seed typed into the title screen's Seed field before New game. */
  readonly seed?: number;
}

/**
 * Opens the title screen, starts a new game (optionally with a given seed), passes the briefing
 * with Begin and waits for quarter 1 of the campaign.
 */
export async function startNewGame(page: Page, options: NewGameOptions = {}): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  if (options.seed !== undefined) {
    const seed = page.getByRole('spinbutton', { name: 'Seed' });
    await seed.fill(String(options.seed));
    await seed.press('Tab');
  }
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
}

/**
 * Checks that the open quarter report is announced as a screen reader meets it: focus lands on
 * its heading, the headline (read once, as focus lands), and a live region inside the dialog then
 * says that the report has come (screen-reader.e2e.ts checks the words and their order). Returns
 * the headline.
 */
export async function expectReportAnnounced(page: Page): Promise<string> {
  const dialog = reportDialog(page);
  await expect(dialog).toBeVisible();
  const heading = dialog.getByRole('heading', { level: 2 });
  const headline = ((await heading.textContent()) ?? '').trim();
  expect(headline, 'the quarter report has a headline').not.toBe('');
  await expect(heading, 'focus lands on the headline').toBeFocused();
  const live = dialog.locator('[aria-live], [role="status"], [role="alert"]');
  await expect(live.first(), 'a live region in the report speaks').not.toHaveText('');
  return headline;
}

/**
 * Ends the quarter with the mouse-free path of the button (click) and waits for the report;
 * returns its headline. Use {@link continueFromReport} to go back to the campaign.
 */
export async function endQuarter(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'End quarter' }).click();
  return expectReportAnnounced(page);
}

/** Presses Continue on the quarter report and waits for the dialog to close. */
export async function continueFromReport(page: Page): Promise<void> {
  await reportDialog(page).getByRole('button', { name: 'Continue' }).click();
  await expect(reportDialog(page)).toHaveCount(0);
}

/** Plays `count` quarters under the levers as they are (End quarter, then Continue). */
export async function playQuarters(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const before = await readQuarterLabel(page);
    await endQuarter(page);
    await continueFromReport(page);
    await expect(quarterHeading(page)).not.toHaveText(before);
  }
}

/** One indicator row as the campaign screen shows it. */
export interface IndicatorReading {
  readonly label: string;
  /** The row's whole visible text: value, change, threshold. */
  readonly text: string;
}

/** The campaign's region on Russia's condition (posture, pressures, indicators). */
export function conditionPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Russia’s condition' });
}

/**
 * Reads every indicator row of the campaign screen (the focusable rows of the indicator groups),
 * in screen order.
 */
export async function readIndicators(page: Page): Promise<IndicatorReading[]> {
  const rows = conditionPanel(page).locator('li[tabindex="0"]');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((nodes) =>
    nodes.map((n) => {
      const parts = (n as HTMLElement).innerText.split('\n').map((t) => t.trim());
      return { label: parts[0] ?? '', text: parts.filter(Boolean).join(' | ') };
    }),
  );
}

/** The autosave as stored (parsed JSON), or null when there is none. */
export async function readSave(page: Page): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), SAVE_KEY);
  return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
}

/** One row of a chart's data table: the quarter and the value of each line ('—' when none). */
export interface ChartRow {
  readonly quarter: string;
  readonly soFar: string;
  readonly yourPolicy: string;
  readonly statusQuo: string;
  readonly baseline: string;
  /** "a to b (c to d)": the middle 50 % (90 %) of many runs under the levers, '' before they arrive, '—' outside them. */
  readonly policyRange: string;
  readonly statusQuoRange: string;
}

/** Shows one of the campaign's key charts by its tab name (e.g. "Fire ratio"). */
export async function showChart(page: Page, tabName: string): Promise<void> {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/**
 * Reads the text alternative of the chart shown now: its data table, one row per quarter with the
 * path so far, your policy's projection (the ghost line), the status quo's projection and the
 * baseline.
 */
/** The chart table's columns for the ranges of many runs (src/text/ui-en.json). */
const RANGE_COLUMNS = ['Your policy, middle 50 % (90 %) of runs', 'Status quo, middle 50 % (90 %) of runs'];

export async function readChartTable(scope: Page | Locator): Promise<ChartRow[]> {
  const table = scope.getByRole('tabpanel').getByRole('table');
  await expect(table).toBeAttached();
  const header = await table.locator('thead th').allTextContents();
  expect(header.slice(0, 5), 'the chart table names its columns').toEqual([
    'Quarter',
    'So far',
    'Your policy',
    'Status quo',
    'Status quo since Q1 2025',
  ]);
  // The ranges of many runs join once the runs for these levers have arrived.
  expect([[], RANGE_COLUMNS]).toContainEqual(header.slice(5));
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.children].map((c) => (c.textContent ?? '').trim());
      return {
        quarter: cells[0] ?? '',
        soFar: cells[1] ?? '',
        yourPolicy: cells[2] ?? '',
        statusQuo: cells[3] ?? '',
        baseline: cells[4] ?? '',
        policyRange: cells[5] ?? '',
        statusQuoRange: cells[6] ?? '',
      };
    }),
  );
}
