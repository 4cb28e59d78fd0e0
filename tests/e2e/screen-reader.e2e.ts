// A screen-reader pass over the built game: what it announces and where the focus goes.
// 1. A recorder installed before the game loads notes, in order, every text that appears in a live
//    region (role=status, role=alert, aria-live=polite/assertive) and the name of every dialog that
//    opens (screen readers read it as focus enters). Played under maximum aid and sanctions on
//    seed 1, Putin's posture shifts within three quarters: each quarter report is announced once,
//    the posture shift once (after the report's dialog opens), the signed settlement once, and no
//    text twice. A campaign run to the horizon announces its end once too.
// 2. Focus goes into each dialog as it opens and back to the control that opened it as it closes,
//    with Escape and with the close button: the quarter report (back to End quarter), Share,
//    Sources, the negotiation, and on the title the Games list and the role briefs.
// 3. The key charts' data tables, on the campaign and on the debrief, give the numbers the
//    dashboard shows for the quarter just played, in the same format, and the projection's.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  aidSlider,
  conditionPanel,
  continueFromReport,
  expectCampaignAt,
  HORIZON,
  quarterHeading,
  readIndicators,
  readQuarterLabel,
  reportDialog,
  sanctionsControl,
  startNewGame,
  type ChartRow,
  readChartTable,
} from './helpers/game';
import { describeFocus, holdsFocus } from './helpers/keyboard';

/** One thing a screen reader says unasked. */
interface Said {
  /** A live region's new text, a dialog's name as it opens, or the text of what takes focus in a dialog (not a control). */
  readonly kind: 'live' | 'dialog' | 'focus';
  readonly text: string;
  /** performance.now() when the recorder saw it. */
  readonly t: number;
  /** True when a modal dialog was open and the live region was outside it (inert, so not read). */
  readonly behindModal: boolean;
}

/**
 * Runs in the page before the game: a MutationObserver that records every new text of a live
 * region (its own text, without nested live regions or hidden parts) and the accessible name of
 * every dialog as it opens, and a focus listener that records the text of what takes focus inside
 * a dialog when it is not a control (a heading: screen readers read it as focus lands), in order,
 * with a timestamp, in window.__said.
 */
function installRecorder(): void {
  const LIVE = '[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]';
  const log: Said[] = [];
  (window as unknown as { __said: Said[] }).__said = log;
  const shown = new WeakMap<Element, string>();
  const openDialogs = new WeakSet<Element>();
  const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const ownText = (region: Element): string => {
    let text = '';
    const walk = (node: Node): void => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
        else if (child instanceof HTMLElement) {
          if (child.matches(LIVE) || child.hidden || child.getAttribute('aria-hidden') === 'true') continue;
          text += ' ';
          walk(child);
          text += ' ';
        }
      }
    };
    walk(region);
    return squash(text);
  };
  const nameOf = (dialog: Element): string => {
    const ids = dialog.getAttribute('aria-labelledby');
    if (ids)
      return squash(
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    return squash(dialog.getAttribute('aria-label') ?? '');
  };
  const check = (): void => {
    const t = performance.now();
    for (const d of document.querySelectorAll('dialog, [role="dialog"]')) {
      const open = d instanceof HTMLDialogElement ? d.open : d.checkVisibility();
      if (open && !openDialogs.has(d)) {
        openDialogs.add(d);
        log.push({ kind: 'dialog', text: nameOf(d), t, behindModal: false });
      } else if (!open) openDialogs.delete(d);
    }
    const modal = document.querySelector('dialog:modal');
    for (const region of document.querySelectorAll(LIVE)) {
      // A region not rendered (a hidden tab panel, a closed dialog) says nothing.
      const text = region.checkVisibility() ? ownText(region) : '';
      if (text === (shown.get(region) ?? '')) continue;
      shown.set(region, text);
      if (text !== '')
        log.push({ kind: 'live', text, t, behindModal: modal !== null && !modal.contains(region) });
    }
  };
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      const dialog = target instanceof HTMLElement ? target.closest('dialog, [role="dialog"]') : null;
      if (!(target instanceof HTMLElement) || !dialog) return;
      if (target.matches('button, input, select, textarea, a, dialog, [role="dialog"]')) return;
      // The heading that names its dialog was said as the dialog's name.
      if (target.id !== '' && (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(target.id))
        return;
      check();
      log.push({
        kind: 'focus',
        text: squash(target.textContent ?? ''),
        t: performance.now(),
        behindModal: false,
      });
    },
    true,
  );
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['open', 'hidden', 'role', 'aria-live', 'aria-hidden'],
  });
}

/** Everything recorded so far. */
async function said(page: Page): Promise<Said[]> {
  return page.evaluate(() => (window as unknown as { __said: Said[] }).__said);
}

/** Waits until a live region has said something matching `pattern`; returns what was said from `from` on. */
async function waitToHear(page: Page, pattern: RegExp, from: number, what: string): Promise<Said[]> {
  await expect
    .poll(async () => (await said(page)).slice(from).some((s) => s.kind === 'live' && pattern.test(s.text)), {
      message: `a live region announces ${what}`,
    })
    .toBe(true);
  return (await said(page)).slice(from);
}

/** One line per entry, for failure messages. */
function transcript(entries: readonly Said[]): string {
  return entries.map((s) => `${s.kind}: ${s.text}${s.behindModal ? ' (behind a modal)' : ''}`).join('\n');
}

/** The "Q2 2025" of the campaign heading "Q2 2025 · quarter 2 of 12". */
async function quarterOf(page: Page): Promise<string> {
  return (await readQuarterLabel(page)).split(' · ')[0] ?? '';
}

/** The name of Putin's current posture level, as the posture track lists it ("Probing"). */
async function postureName(page: Page): Promise<string> {
  const current = conditionPanel(page)
    .getByRole('list', { name: 'Posture levels, highest first' })
    .locator('[aria-current="step"]');
  await expect(current).toHaveCount(1);
  // The level's name is the name span's own text, beside its number and the "Current" badge.
  return current.locator('.posture__name').evaluate((n) =>
    [...n.childNodes]
      .filter((c) => c.nodeType === Node.TEXT_NODE)
      .map((c) => c.textContent ?? '')
      .join('')
      .trim(),
  );
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What one quarter said, from End quarter to the campaign of the next quarter (or the debrief). */
interface QuarterHeard {
  readonly quarter: string;
  readonly headline: string;
  readonly postureBefore: string;
  readonly postureAfter: string | null;
  readonly entries: readonly Said[];
}

/**
 * Ends the quarter and continues from its report, checking that the report is announced exactly
 * once: one dialog opens named "Quarter report · <quarter>…", focus lands on its heading (the
 * headline, said once), and one live text follows, "Quarter report, <quarter>: N more items.".
 */
async function playHeardQuarter(page: Page, last = false): Promise<QuarterHeard> {
  const quarter = await quarterOf(page);
  const postureBefore = await postureName(page);
  const from = (await said(page)).length;
  await page.getByRole('button', { name: 'End quarter' }).click();
  const dialog = reportDialog(page);
  await expect(dialog).toBeVisible();
  const headline = ((await dialog.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
  const announce = new RegExp(`^Quarter report, ${escapeRe(quarter)}: \\d+ more items?\\.`);
  await waitToHear(page, announce, from, `the ${quarter} report`);
  await continueFromReport(page);
  if (last) await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  else await expect(quarterHeading(page)).not.toContainText(quarter);
  const postureAfter = last ? null : await postureName(page);
  const entries = (await said(page)).slice(from);
  const log = transcript(entries);

  const dialogs = entries.filter((s) => s.kind === 'dialog');
  expect(dialogs.length, `one dialog opens for the ${quarter} report:\n${log}`).toBe(1);
  expect(dialogs[0]?.text, 'the report dialog has a name').toMatch(new RegExp(`Quarter report · ${quarter}`));
  const reports = entries.filter((s) => s.kind === 'live' && announce.test(s.text));
  expect(reports.length, `the ${quarter} report is announced once:\n${log}`).toBe(1);
  expect(reports[0]?.behindModal, 'the announcement is inside the open dialog').toBe(false);
  const saidHeadline = entries.filter((s) => s.text.includes(headline));
  expect(saidHeadline.length, `the headline "${headline}" is said once:\n${log}`).toBe(1);
  expect(saidHeadline[0]?.kind, 'by the heading that takes focus').toBe('focus');
  // The dialog is named first, then its heading is read, then its announcement.
  expect(entries.indexOf(dialogs[0]!)).toBeLessThan(entries.indexOf(saidHeadline[0]!));
  expect(entries.indexOf(saidHeadline[0]!)).toBeLessThan(entries.indexOf(reports[0]!));
  return { quarter, headline, postureBefore, postureAfter, entries };
}

/** Checks the whole log: times in order and no text said twice. */
function expectNothingTwice(log: readonly Said[]): void {
  const times = log.map((s) => s.t);
  expect(times, 'recorded in order').toEqual([...times].sort((a, b) => a - b));
  const texts = log.map((s) => s.text);
  const twice = texts.filter((t, i) => texts.indexOf(t) !== i);
  expect(twice, `nothing is announced twice:\n${transcript(log)}`).toEqual([]);
  expect(
    log.filter((s) => s.kind === 'live' && s.behindModal).map((s) => s.text),
    'no live region speaks from behind an open modal dialog (it is inert there)',
  ).toEqual([]);
  expect(
    log.filter((s) => s.text === ''),
    'every dialog has a name',
  ).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(installRecorder);
});

test('each report, the posture shift and the settlement are announced once, in order', async ({ page }) => {
  test.setTimeout(150_000);
  // Seed 1 under maximum aid and sanctions: the posture shifts at the end of the second quarter
  // (npm run sim -- --seed 1 --aid 25 --sanctions 4).
  await startNewGame(page, { seed: 1 });
  const slider = aidSlider(page);
  await slider.fill((await slider.getAttribute('max')) ?? '25');
  await sanctionsControl(page).getByRole('radio').last().check();
  await expect(sanctionsControl(page).getByRole('radio').last()).toBeChecked();

  const quarters: QuarterHeard[] = [];
  for (let q = 1; q <= 3; q += 1) {
    quarters.push(await playHeardQuarter(page));
    await expectCampaignAt(page, q + 1);
  }

  // The posture shift: said once, in the quarter it happens, and not before the report's dialog.
  const shifts = quarters.filter((q) => q.postureAfter !== q.postureBefore);
  expect(shifts.length, 'the posture shifts in these three quarters').toBeGreaterThan(0);
  for (const q of quarters) {
    const log = transcript(q.entries);
    if (q.postureAfter === q.postureBefore) continue;
    const name = q.postureAfter!;
    const mentions = q.entries.filter((s) => s.text.includes(name));
    expect(mentions.length, `the shift to “${name}” in ${q.quarter} is announced once:\n${log}`).toBe(1);
    expect(['live', 'focus'], 'by a live region or the report’s heading').toContain(mentions[0]?.kind);
    const reportOpened = q.entries.findIndex((s) => s.kind === 'dialog');
    expect(q.entries.indexOf(mentions[0]!), 'the report comes first, then the shift').toBeGreaterThan(
      reportOpened,
    );
  }

  // The settlement: the proposal on the default terms (Russia's own) is accepted and signed.
  const beforeDeal = (await said(page)).length;
  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Propose a settlement' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  await waitToHear(page, /^The Kremlin’s answer: Accepted/, beforeDeal, 'the Kremlin’s answer');
  const beforeEnd = (await said(page)).length;
  await dialog.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settlement signed' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const ending = await waitToHear(page, /^A settlement was reached in /, beforeEnd, 'the settlement');
  // Wait for the debrief's own announcement to settle, then check it was said once.
  await expect(page.getByRole('button', { name: 'Play again' })).toBeVisible();
  expect(
    ending.filter((s) => /settlement was reached/.test(s.text)).length,
    `the end of the game is announced once:\n${transcript(ending)}`,
  ).toBe(1);

  expectNothingTwice(await said(page));
});

test('a campaign run to the horizon announces every report once and its end once', async ({ page }) => {
  test.setTimeout(240_000);
  await startNewGame(page, { seed: 7 });
  for (let q = 1; q <= HORIZON; q += 1) {
    await expectCampaignAt(page, q);
    await playHeardQuarter(page, q === HORIZON);
  }
  await waitToHear(page, /without a settlement/, 0, 'the end at the horizon');
  const log = await said(page);
  const ends = log.filter((s) => /without a settlement|scenario ends/.test(s.text));
  expect(ends.length, `the end at the horizon is announced once:\n${transcript(log.slice(-6))}`).toBe(1);
  expect(ends[0]?.text).toMatch(/^The war ran on to Q4 2027 without a settlement/);
  expectNothingTwice(log);
});

/** Waits until the focus is inside `dialog`. */
async function expectFocusIn(dialog: Locator, what: string): Promise<void> {
  await expect.poll(() => holdsFocus(dialog), { message: `focus moves into ${what}` }).toBe(true);
}

/** Waits until `control` has the focus, saying where it is otherwise. */
async function expectFocusBack(page: Page, control: Locator, what: string): Promise<void> {
  await expect
    .poll(async () => ((await holdsFocus(control)) ? 'back' : await describeFocus(page)), {
      message: `focus goes back to ${what}`,
    })
    .toBe('back');
}

/**
 * Opens a dialog from `opener` with the keyboard, checks the focus is inside it, closes it with
 * Escape, then opens it again and closes it with its Close button; the focus goes back each time.
 */
async function checkDialogFocus(page: Page, opener: Locator, dialog: Locator, what: string): Promise<void> {
  for (const close of ['Escape', 'the Close button'] as const) {
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expectFocusIn(dialog, what);
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(dialog, `${what} closes with ${close}`).toHaveCount(0);
    await expectFocusBack(page, opener, `the control that opened ${what} (closed with ${close})`);
  }
}

test('focus moves into each dialog and back to the control that opened it', async ({ page }) => {
  test.setTimeout(120_000);
  await startNewGame(page, { seed: 3 });
  await expect(quarterHeading(page), 'the campaign starts on its heading').toBeFocused();

  // The quarter report: opened from End quarter with the keyboard; Escape does not close it (only
  // Continue does), and Continue gives the focus back to End quarter.
  const endQuarter = page.getByRole('button', { name: 'End quarter' });
  await endQuarter.focus();
  await page.keyboard.press('Enter');
  const report = reportDialog(page);
  await expect(report).toBeVisible();
  await expectFocusIn(report, 'the quarter report');
  await expect(report.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(report, 'Escape leaves the report open').toBeVisible();
  await expectFocusIn(report, 'the quarter report, still');
  await report.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(report).toHaveCount(0);
  await expectCampaignAt(page, 2);
  await expectFocusBack(page, endQuarter, 'End quarter after the report');

  await checkDialogFocus(
    page,
    page.getByRole('button', { name: 'Share', exact: true }),
    page.getByRole('dialog', { name: 'Share this game' }),
    'the Share dialog',
  );
  await checkDialogFocus(
    page,
    page.getByRole('button', { name: 'Sources', exact: true }),
    page.getByRole('dialog', { name: 'Sources' }),
    'the Sources dialog',
  );
  const propose = page.getByRole('button', { name: 'Propose settlement' });
  const negotiation = page.getByRole('dialog', { name: 'Propose a settlement' });
  await checkDialogFocus(page, propose, negotiation, 'the negotiation');
  // After an answer the focus is on its first button; "Keep fighting" gives it back to Propose.
  await propose.focus();
  await page.keyboard.press('Enter');
  await negotiation.getByRole('button', { name: 'Send proposal' }).click();
  await expect(negotiation.getByRole('button', { name: 'Sign the settlement' })).toBeFocused();
  await negotiation.getByRole('button', { name: 'Keep fighting' }).click();
  await expect(negotiation).toHaveCount(0);
  await expectFocusBack(page, propose, 'Propose settlement after Keep fighting');

  // The title: the Games list (this game is in it) and the role briefs.
  await page.goto('/');
  await checkDialogFocus(
    page,
    page.getByRole('button', { name: /^Your games/ }),
    page.getByRole('dialog', { name: 'Your games' }),
    'the Games list',
  );
  await checkDialogFocus(
    page,
    page.getByRole('button', { name: 'Role briefs' }),
    page.getByRole('dialog', { name: 'Role briefs' }),
    'the role briefs',
  );
});

/** The dashboard's value of each indicator ("2.09 trn ₽"), by its label. */
async function dashboardValues(page: Page): Promise<Map<string, string>> {
  const rows = await readIndicators(page);
  return new Map(rows.map((r) => [r.label, r.text.split(' | ')[1] ?? '']));
}

/** The chart shown now in `charts`: its caption and rows, read once the table is drawn. */
async function chartShown(charts: Locator): Promise<{ caption: string; rows: ChartRow[] }> {
  const page = charts.page();
  // The table is rebuilt when the chart is drawn, at the next frame after the tab is chosen.
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
  const table = charts.getByRole('tabpanel').getByRole('table');
  await expect(table).toBeAttached();
  const caption = ((await table.locator('caption').textContent()) ?? '').trim();
  const rows = await readChartTable(charts);
  return { caption, rows };
}

/** The dashboard label a caption begins with ("Liquid National Wealth Fund, trn ₽, by quarter."). */
function indicatorOf(caption: string, values: Map<string, string>): string {
  const labels = [...values.keys()].filter((l) => caption.startsWith(`${l}, `));
  expect(labels.length, `the caption "${caption}" names a dashboard indicator`).toBeGreaterThan(0);
  return labels.sort((a, b) => b.length - a.length)[0]!;
}

const dash = '—';

test('the key charts’ tables give the dashboard’s numbers and the projection’s', async ({ page }) => {
  test.setTimeout(150_000);
  await startNewGame(page, { seed: 1 });
  for (let q = 1; q <= 2; q += 1) {
    await page.getByRole('button', { name: 'End quarter' }).click();
    await continueFromReport(page);
    await expectCampaignAt(page, q + 1);
  }
  // Once the many runs under these levers arrive, the table has their ranges too.
  await expect(page.getByText(/^In 500 runs of the next 4 quarters/)).toBeVisible({ timeout: 60_000 });
  const values = await dashboardValues(page);
  const charts = page.getByRole('region', { name: 'Key charts' });
  const tabs = charts.getByRole('tablist').getByRole('tab');
  // Only the shown tabs (the map has a tab of its own on small screens only).
  const names = await tabs.allTextContents();
  expect(names.length, 'the campaign has key charts').toBeGreaterThan(3);

  const played = 'Q2 2025';
  for (const name of names) {
    await charts.getByRole('tab', { name, exact: true }).click();
    const { caption, rows } = await chartShown(charts);
    const indicator = indicatorOf(caption, values);
    // The caption gives each threshold's value once ("Threshold 1.00 trn ₽", not "…: 1.00 trn ₽").
    expect(caption, `${name}: thresholds said once`).not.toMatch(/Threshold ([^:;]+): \1[.;]/);

    // The quarter just played: its value in the table is the dashboard's, written the same way.
    const soFar = rows.filter((r) => r.soFar !== dash);
    expect(
      soFar.map((r) => r.quarter),
      `${name}: one row per quarter played`,
    ).toEqual(['Q1 2025', played]);
    expect(soFar.at(-1)?.soFar, `${name}: the table’s ${played} is the dashboard’s ${indicator}`).toBe(
      values.get(indicator),
    );

    // The projection: "Your policy" and "Status quo" give a number for each of the next 4
    // quarters, starting from the value played, with the ranges of the runs beside them.
    const projected = rows.filter((r) => r.yourPolicy !== dash);
    expect(
      projected.map((r) => r.quarter),
      `${name}: the projection’s quarters`,
    ).toEqual([played, 'Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026']);
    expect(projected[0]?.yourPolicy, `${name}: the projection starts from the value played`).toBe(
      soFar.at(-1)?.soFar,
    );
    for (const r of projected.slice(1)) {
      expect(r.yourPolicy, `${name} ${r.quarter}: a number for your policy`).toMatch(/\d/);
      expect(r.statusQuo, `${name} ${r.quarter}: a number for the status quo`).toMatch(/\d/);
      expect(r.policyRange, `${name} ${r.quarter}: the runs’ range`).toMatch(
        /^\S*\d.* to \S*\d.* \(\S*\d.* to \S*\d.*\)$/,
      );
    }
    expect(
      rows.every((r) => r.baseline !== dash),
      `${name}: the baseline over every quarter`,
    ).toBe(true);
  }

  // The debrief's charts: after a settlement, their tables end on the same numbers.
  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Propose a settlement' });
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  await dialog.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settlement signed' })).toBeVisible();
  const debriefCharts = page.getByRole('region', { name: 'Key charts' });
  for (const name of names) {
    await debriefCharts.getByRole('tab', { name, exact: true }).click();
    const { caption, rows } = await chartShown(debriefCharts);
    const indicator = indicatorOf(caption, values);
    const soFar = rows.filter((r) => r.soFar !== dash);
    expect(
      soFar.map((r) => r.quarter),
      `debrief ${name}: the quarters played`,
    ).toEqual(['Q1 2025', played]);
    expect(soFar.at(-1)?.soFar, `debrief ${name}: the last value is the dashboard’s ${indicator}`).toBe(
      values.get(indicator),
    );
  }
});
