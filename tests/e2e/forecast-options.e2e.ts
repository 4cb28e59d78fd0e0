// The forecast's two choices under the charts: ticked with the keyboard, "Forecast to the end of
// the game" draws the bands (and gives their ranges in the chart's table) for every quarter to the
// horizon, and "Include disputed figures" makes each run draw the assumptions too; the caption and
// the odds say how many runs, to which quarter, what varied and the seed. The choices are kept
// across a reload, and the screen stays tidy at 1280 × 720 and at 200 % zoom.
import { expect, test, type Page } from '@playwright/test';
import { playQuarters, readChartTable, showChart, startNewGame } from './helpers/game';
import { describeOverlaps, hasHorizontalScroll, overlappingText } from './helpers/layout';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'forecast-options';
/** Runs of many quarters on a busy machine: wait for the answer, however long it takes. */
const RUNS_TIMEOUT = 60_000;

const toHorizon = (page: Page) => page.getByRole('checkbox', { name: 'Forecast to the end of the game' });
const disputed = (page: Page) => page.getByRole('checkbox', { name: 'Include disputed figures' });
/** The legend's bands entry, which is their caption while they are drawn. */
const caption = (page: Page) => page.locator('[data-legend="band"]');

/** Ticks or unticks a checkbox from the keyboard: focus on it, then Space. */
async function pressSpaceOn(page: Page, box: ReturnType<typeof toHorizon>): Promise<void> {
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
}

/** The chart table's quarters that have a range of the runs under your policy. */
async function rangedQuarters(page: Page): Promise<string[]> {
  return (await readChartTable(page)).filter((r) => / to /.test(r.policyRange)).map((r) => r.quarter);
}

test('the forecast reaches the end of the game and varies the disputed figures on request', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startNewGame(page, { seed: 11 });
  await playQuarters(page, 1);
  await showChart(page, 'Fire ratio');

  // By default: the next four quarters, the shocks only, the seed of the set.
  await expect(toHorizon(page)).not.toBeChecked();
  await expect(disputed(page)).not.toBeChecked();
  await expect(caption(page)).toHaveText(/^Bands: 500 runs · shocks varied · seed \d+$/, {
    timeout: RUNS_TIMEOUT,
  });
  const seed = /seed (\d+)$/.exec((await caption(page).textContent()) ?? '')?.[1] ?? '';
  await expect(
    page.getByText(/^In 500 runs of the next 4 quarters, to Q1 2026 \(shocks varied; seed/),
  ).toBeVisible();
  const fourQuarters = ['Q2 2025', 'Q3 2025', 'Q4 2025', 'Q1 2026'];
  await expect.poll(() => rangedQuarters(page), { timeout: RUNS_TIMEOUT }).toEqual(fourQuarters);

  // To the end of the game: the 11 quarters from Q2 2025 to Q4 2027, ranges beyond the fourth.
  await pressSpaceOn(page, toHorizon(page));
  await expect(toHorizon(page)).toBeChecked();
  await expect(caption(page)).toHaveText(`Bands: 500 runs · shocks varied · seed ${seed}`, {
    timeout: RUNS_TIMEOUT,
  });
  await expect(
    page.getByText(`In 500 runs of the next 11 quarters, to Q4 2027 (shocks varied; seed ${seed}):`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect.poll(() => rangedQuarters(page), { timeout: RUNS_TIMEOUT }).toHaveLength(11);
  const horizon = await rangedQuarters(page);
  expect(horizon.slice(0, 4)).toEqual(fourQuarters);
  expect(horizon.at(-1)).toBe('Q4 2027');
  const lastRow = (await readChartTable(page)).find((r) => r.quarter === 'Q4 2027');
  expect(lastRow?.yourPolicy, 'past the projection only the runs reach').toBe('—');
  expect(lastRow?.policyRange).toMatch(/^\S*\d.* to \S*\d.*, median \S*\d.* \(\S*\d.* to \S*\d.*\)$/);
  await saveScreenshot(page, NAME, 'to-the-end');

  // The disputed figures too: the same seed, and the caption and the odds say they varied.
  await pressSpaceOn(page, disputed(page));
  await expect(disputed(page)).toBeChecked();
  await expect(caption(page)).toHaveText(
    `Bands: 500 runs · shocks and disputed figures varied · seed ${seed}`,
    { timeout: RUNS_TIMEOUT },
  );
  await expect(
    page.getByText(
      `In 500 runs of the next 11 quarters, to Q4 2027 (shocks and disputed figures varied; seed ${seed}):`,
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  await expect.poll(() => rangedQuarters(page), { timeout: RUNS_TIMEOUT }).toHaveLength(11);
  expect(describeOverlaps(await overlappingText(page.getByRole('region', { name: 'Key charts' })))).toEqual(
    [],
  );
  await saveScreenshot(page, NAME, 'to-the-end-disputed');

  // Kept across a reload; unticked, the bands are the next four quarters again.
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(toHorizon(page)).toBeChecked();
  await expect(disputed(page)).toBeChecked();
  await pressSpaceOn(page, toHorizon(page));
  await pressSpaceOn(page, disputed(page));
  await expect(caption(page)).toHaveText(`Bands: 500 runs · shocks varied · seed ${seed}`, {
    timeout: RUNS_TIMEOUT,
  });
});

test.describe('at 200 % zoom on a 1280 × 720 screen', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('the choices and their caption fit the one column', async ({ page }) => {
    test.setTimeout(180_000);
    await startNewGame(page);
    const box = toHorizon(page);
    await box.scrollIntoViewIfNeeded();
    await pressSpaceOn(page, box);
    await pressSpaceOn(page, disputed(page));
    await expect(caption(page)).toHaveText(
      /^Bands: 500 runs · shocks and disputed figures varied · seed \d+$/,
      {
        timeout: RUNS_TIMEOUT,
      },
    );
    await caption(page).scrollIntoViewIfNeeded();
    expect(await hasHorizontalScroll(page), 'the campaign scrolls sideways').toBe(false);
    expect(describeOverlaps(await overlappingText(page.getByRole('main')))).toEqual([]);
    await saveScreenshot(page, NAME, 'zoom-choices');
  });
});
