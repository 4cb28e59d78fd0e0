// The after-action review in the debrief (a scrubbable timeline, exports read back, a chart image,
// the printed memo), role briefs, three teams compared from their share codes, and the projector
// window following the game.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { aidSlider, continueFromReport, endQuarter, sanctionsControl, startNewGame } from './helpers/game';
import { describeOverlaps, hasHorizontalScroll, overlappingText, textSmallerThan } from './helpers/layout';
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
  const dialog = page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: 'Send proposal' }) });
  for (const [term, option] of Object.entries(CAPITULATION))
    await dialog
      .getByRole('group', { name: term, exact: true })
      .getByRole('radio', { name: new RegExp(`^${escape(option)}`) })
      .check();
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  await dialog.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
}

/** Waits until the page's entry animations (dialogs fading in, screens fading) have finished. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await restPointer(page);
}

/** No text under 16 px, no text over other text, no sideways scroll in `root`. */
async function expectTidy(page: Page, root: Locator, where: string): Promise<void> {
  expect(await textSmallerThan(root, 16), `${where}: text under 16 px`).toEqual([]);
  expect(describeOverlaps(await overlappingText(root)), `${where}: overlapping text`).toEqual([]);
  expect(await hasHorizontalScroll(page), `${where}: sideways scroll`).toBe(false);
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
  await settled(page);
  await saveScreenshot(page, 'review', 'outcome');
  await expectTidy(page, page.getByRole('main'), 'outcome');

  // Quarter by quarter: the scrubber starts at the last quarter; the keyboard moves it.
  await debriefTab(page, 'Quarter by quarter').click();
  const quarter = page.getByRole('slider', { name: 'Quarter' });
  await expect(quarter).toBeVisible();
  const state = page.getByRole('region', { name: 'State at the end of the quarter' });
  const happened = page.getByRole('region', { name: 'What happened in the quarter' });
  await expect(happened).toContainText('What happened in Q3 2025');
  await expect(happened).toContainText('Military aid: €20.0 bn a quarter');
  await saveScreenshot(page, 'review', 'quarter-3');
  await expectTidy(page, page.getByRole('main'), 'quarter by quarter');
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
  await expectTidy(page, page.getByRole('main'), 'discussion');

  // Exports: the CSV, the JSON and a chart image, read back.
  await debriefTab(page, 'Exports').click();
  await saveScreenshot(page, 'review', 'exports');
  await expectTidy(page, page.getByRole('main'), 'exports');
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
  // A page-shaped view of the printed memo (A4 at 96 dpi, less the margins).
  await page.setViewportSize({ width: 700, height: 990 });
  await saveScreenshot(page, 'memo', 'print');
  await page.setViewportSize(SIZE);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pageCount, 'the memo prints on one A4 page').toBe(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#print-root')).toBeHidden();
});

test("the review shows the facilitator's inject and override with its reason", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(SIZE);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Play modes' }).click();
  await page.getByRole('checkbox', { name: 'Facilitator mode' }).check();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await playQuarter(page, 10.4, 1);

  await page.getByRole('button', { name: 'Facilitator', exact: true }).click();
  const console = page.getByRole('dialog', { name: 'Facilitator console' });
  await console.getByRole('button', { name: 'Fire: A summit rallies the coalition' }).click();
  await console.getByRole('button', { name: 'Yes, fire it' }).click();
  await console.getByLabel('Outcome to override').selectOption('westernCohesion');
  await console.getByLabel('New value').fill('45');
  await console.getByLabel(/^Reason/).fill('White cell: the summit ended in a public quarrel.');
  await console.getByRole('button', { name: 'Apply override' }).click();
  await console.getByRole('button', { name: 'Close the console' }).click();
  await playQuarter(page, 10.4, 1);
  await settleOnRussiasTerms(page);

  await debriefTab(page, 'Quarter by quarter').click();
  const happened = page.getByRole('region', { name: 'What happened in the quarter' });
  await page.getByRole('button', { name: 'Previous quarter' }).click();
  await expect(happened).toContainText('What happened in Q1 2025');
  await page.getByRole('button', { name: 'Next quarter' }).click();
  await expect(happened).toContainText('What happened in Q2 2025');
  await expect(happened).toContainText('A summit rallies the coalition');
  await expect(happened).toContainText('Fired by the facilitator.');
  await expect(happened).toContainText('Overrode Western cohesion to 45');
  await expect(happened).toContainText('Reason: White cell: the summit ended in a public quarrel.');
  await restPointer(page);
  await saveScreenshot(page, 'review', 'facilitator');
});

/** Plays `quarters` quarters of a new game under one policy and returns its share code, read from the Share dialog. */
async function teamCode(
  page: Page,
  seed: number,
  aid: number,
  sanctions: number,
  quarters: number,
): Promise<string> {
  await startNewGame(page, { seed });
  for (let i = 0; i < quarters; i += 1) await playQuarter(page, aid, sanctions);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this game' });
  const code = await dialog.getByRole('textbox', { name: 'Code' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toHaveCount(0);
  expect(code).toMatch(/^L1/);
  return code;
}

test('three teams are compared from their share codes', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(SIZE);
  const teams = [
    { label: 'Hawks', code: await teamCode(page, 5, 20, 3, 4) },
    { label: 'Status quo', code: await teamCode(page, 5, 10.4, 1, 4) },
    { label: 'Doves', code: await teamCode(page, 5, 5.5, 0, 3) },
  ];

  await page.goto('/');
  await page.getByRole('button', { name: 'Compare teams' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare teams' });
  await expect(dialog).toBeVisible();
  // Two teams pasted (a code, then a ?game= link), the third loaded from a file named after it.
  for (const [i, t] of teams.slice(0, 2).entries()) {
    await dialog.getByRole('textbox', { name: 'Team name' }).fill(t.label);
    const text = i === 0 ? t.code : `http://127.0.0.1:4173/?game=${t.code}`;
    await dialog.getByRole('textbox', { name: 'Share code or link' }).fill(text);
    await dialog.getByRole('button', { name: 'Add team' }).click();
  }
  await dialog
    .getByLabel('Load codes from files')
    .setInputFiles([
      { name: 'Doves.txt', mimeType: 'text/plain', buffer: Buffer.from(`${teams[2]!.code}\n`) },
    ]);
  await expect(dialog.getByRole('status')).toContainText('Loaded 1 file');
  // A tampered code is listed with its error and kept off the table.
  await dialog.getByRole('textbox', { name: 'Team name' }).fill('Typo');
  await dialog
    .getByRole('textbox', { name: 'Share code or link' })
    .fill(`${teams[0]!.code.slice(0, -6)}AAAAAA`);
  await dialog.getByRole('button', { name: 'Add team' }).click();

  const table = dialog.getByRole('table', { name: 'Outcomes by team' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  for (const t of teams) await expect(table.getByRole('rowheader', { name: t.label })).toBeVisible();
  await expect(table.getByRole('row', { name: /Doves/ })).toContainText('Still playing (3 quarters)');
  const list = dialog.getByRole('region', { name: /Teams \(4\)/ });
  await expect(list.getByRole('listitem').filter({ hasText: 'Typo' })).toContainText(
    'Could not read the code',
  );

  // Every key chart overlays the three teams, each named at its line's end (and in its caption).
  const charts = dialog.locator('.teams-chart');
  await expect(charts).toHaveCount(6);
  for (const t of teams) await expect(charts.first().locator('figcaption')).toContainText(`${t.label}:`);
  const inked = await charts
    .first()
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d');
      if (!ctx) return 0;
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7)
        colours.add(((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4));
      return colours.size;
    });
  expect(inked, 'the chart canvas has lines of several colours').toBeGreaterThan(8);
  await settled(page);
  // The table and the first row of charts together.
  await dialog.locator('.modal__body').evaluate((body) => {
    const b = body as HTMLElement;
    const table = b.querySelector<HTMLElement>('table.teams-table');
    b.scrollTo(0, (table?.offsetTop ?? 0) - b.offsetTop - 8);
  });
  await saveScreenshot(page, 'teams', 'dashboard');
  await expectTidy(page, dialog, 'teams');
  await dialog.locator('.modal__body').evaluate((b) => b.scrollTo(0, b.scrollHeight));
  await saveScreenshot(page, 'teams', 'charts');

  // Remove a team; Escape closes the dialog.
  await list.getByRole('button', { name: 'Remove Typo' }).click();
  await expect(dialog.getByRole('region', { name: /Teams \(3\)/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('role briefs list the five seats, each printable on its own page', async ({ page }) => {
  await page.setViewportSize(SIZE);
  await page.goto('/');
  await page.getByRole('button', { name: 'Role briefs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Role briefs' });
  await expect(dialog).toBeVisible();
  const roles = dialog.getByRole('tablist', { name: 'Roles' }).getByRole('tab');
  await expect(roles).toHaveText([
    'The United States',
    'Europe',
    'Ukraine',
    'The Kremlin',
    /^The facilitator/,
  ]);
  const brief = dialog.getByRole('tabpanel');
  await expect(brief.getByRole('heading', { name: 'The United States' })).toBeVisible();
  for (const h of ['Key figures at the start', 'Objectives', 'Levers', 'Red lines', 'Sources cited'])
    await expect(brief.getByRole('heading', { name: h })).toBeVisible();
  await settled(page);
  await saveScreenshot(page, 'roles', 'dialog');
  await expectTidy(page, dialog, 'roles');
  await roles.nth(3).focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tabpanel').getByRole('heading', { name: /^The facilitator/ })).toBeVisible();

  // Print: one page per role; in print media only the briefs are on the page.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await dialog.getByRole('button', { name: /^Print the brief of The facilitator/ }).click();
  await dialog.getByRole('button', { name: 'Print all' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
  await page.emulateMedia({ media: 'print' });
  const pages = page.locator('#print-root .print-page--role');
  await expect(pages).toHaveCount(5);
  await expect(pages.first()).toBeVisible();
  expect(await pages.first().evaluate((n) => getComputedStyle(n).breakAfter)).toBe('page');
  await expect(dialog).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pageCount, 'five briefs print on at least five pages').toBeGreaterThanOrEqual(5);
  await saveScreenshot(page, 'roles', 'print');
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the projector window follows the game', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(SIZE);
  const projector = await context.newPage();
  await projector.setViewportSize(SIZE);
  await projector.goto('/?view=projector');
  await expect(projector.getByText('Waiting for the game window…')).toBeVisible();
  await expect(projector.locator('#game canvas')).toHaveCount(0);
  await saveScreenshot(projector, 'projector', 'waiting');

  await startNewGame(page, { seed: 4 });
  const quarter = projector.getByRole('heading', { level: 1 });
  await expect(quarter).toHaveText('Q1 2025');
  const current = projector.locator('[aria-current="step"]');
  await expect(current).toContainText('Current');
  await expect(projector.locator('.proj__chart canvas')).toHaveCount(
    await projector.locator('.proj__chart').count(),
  );
  const smallest = await projector.locator('.proj').evaluate((root) => {
    let min = Infinity;
    for (const n of root.querySelectorAll<HTMLElement>('*'))
      if (n.childNodes.length > 0 && [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent?.trim()))
        min = Math.min(min, parseFloat(getComputedStyle(n).fontSize));
    return min;
  });
  expect(smallest, 'projector text is at least 28 px').toBeGreaterThanOrEqual(28);

  // Expanded aid and sanctions move Putin's posture within a few quarters; the projector follows.
  const before = await current.innerText();
  for (let i = 0; i < 4; i += 1) {
    await playQuarter(page, 25, 4);
    await expect(quarter).toHaveText(`Q${i + 2} 2025`.replace('Q5 2025', 'Q1 2026'));
    if ((await current.innerText()) !== before) break;
  }
  await expect(current).not.toHaveText(before);
  await saveScreenshot(projector, 'projector', 'live');
});
