// Moving the "Military aid" slider changes the projection (the ghost line of the next four
// quarters) before End quarter, and nothing else: the quarter, the indicators and the saved game
// stay where they were until the player ends the quarter.
import { expect, test } from '@playwright/test';
import {
  aidSlider,
  conditionPanel,
  playQuarters,
  readChartTable,
  readIndicators,
  readQuarterLabel,
  readSave,
  showChart,
  startNewGame,
  type ChartRow,
} from './helpers/game';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'projection';

/** The projected values of the pending policy (the ghost line), quarter by quarter. */
const ghost = (rows: readonly ChartRow[]): string[] =>
  rows.filter((r) => r.yourPolicy !== '—').map((r) => `${r.quarter}: ${r.yourPolicy}`);

test('the aid slider moves the projection, not the game', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page, { seed: 11 });
  await playQuarters(page, 1);
  await showChart(page, 'Fire ratio');
  await saveScreenshot(page, NAME, 'campaign-before');

  const label = await readQuarterLabel(page);
  const indicators = await readIndicators(page);
  // The odds from many runs follow the levers; the rest of the panel is the game's state.
  const withoutOdds = (text: string): string =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('In 500 runs'))
      .join('\n');
  const condition = withoutOdds(await conditionPanel(page).innerText());
  const save = await readSave(page);
  expect(save, 'the game was autosaved after the first quarter').not.toBeNull();
  // Many runs of the next quarters arrive from the worker: their ranges join the chart's table.
  const ranged = (rows: readonly { policyRange: string }[]): string[] =>
    rows.map((r) => r.policyRange).filter((r) => / to /.test(r));
  await expect.poll(async () => ranged(await readChartTable(page)).length).toBe(4);
  const table = await readChartTable(page);
  expect(ghost(table), 'the chart lists the projected quarters').toHaveLength(5);
  await expect(page.getByText(/^In 500 runs of the next 4 quarters/)).toBeVisible();
  const slider = aidSlider(page);
  const aidBefore = await slider.inputValue();

  // Full aid, set with the keyboard on the slider.
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('25');

  // The ghost line moves; the path so far and the status-quo projection do not.
  await expect.poll(async () => ghost(await readChartTable(page))).not.toEqual(ghost(table));
  // The runs follow the levers: the policy's ranges move, the status quo's stay.
  const before = ranged(table);
  await expect
    .poll(async () => {
      const now = ranged(await readChartTable(page));
      return now.length === before.length && now.join() !== before.join();
    })
    .toBe(true);
  const moved = await readChartTable(page);
  expect(moved.map((r) => r.statusQuoRange)).toEqual(table.map((r) => r.statusQuoRange));
  expect(moved.map((r) => r.soFar)).toEqual(table.map((r) => r.soFar));
  expect(moved.map((r) => r.statusQuo)).toEqual(table.map((r) => r.statusQuo));
  expect(moved.map((r) => r.baseline)).toEqual(table.map((r) => r.baseline));
  await saveScreenshot(page, NAME, 'campaign-full-aid');

  // Nothing was played: same quarter, same indicators, and the save did not advance.
  expect(await readQuarterLabel(page)).toBe(label);
  expect(await readIndicators(page)).toEqual(indicators);
  expect(withoutOdds(await conditionPanel(page).innerText())).toBe(condition);
  const after = await readSave(page);
  expect(after?.['game']).toEqual(save?.['game']);
  expect(after?.['history']).toEqual(save?.['history']);
  expect(after?.['policies']).toEqual(save?.['policies']);
  expect(after?.['pendingPolicy'], 'the pending lever is kept for a reload').toMatchObject({
    aidBnEurPerQuarter: 25,
  });

  // Back to the old aid, the projection is the old one again: it depends on the levers alone.
  await slider.fill(aidBefore);
  await expect(slider).toHaveValue(aidBefore);
  await expect.poll(async () => ghost(await readChartTable(page))).toEqual(ghost(table));
  expect(await readQuarterLabel(page)).toBe(label);
});
