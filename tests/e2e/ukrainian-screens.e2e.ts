// Every screen and dialog beyond the first quarter, in Ukrainian at 1280×720: the title's side
// tabs and its banners, the role briefs, the sources, share and Games dialogs, compare teams, the
// facilitator's console, the hot seat, the tutorial, the negotiation and its answers, the debrief
// with each review tab and the printed memo, and the projector window. Each is checked for English
// words left on screen (checkScreen: the visible text, scrolled through every scrolling panel of
// the screen or dialog), sideways scroll and overlapping text, and by axe at WCAG 2.2 AA.
// The checks are soft: one run lists every finding, and any finding fails the test.
import { violations } from './helpers/axe';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type GamesWords from '../../src/text/games-en.json';
import type ScreenWords from '../../src/text/screens-en.json';
import type UiWords from '../../src/text/ui-en.json';
import { SAVE_KEY } from './helpers/game';
import { checkScreen } from './helpers/language';
import { healthProblems, watchPage, type PageHealth } from './helpers/page-health';

/** A catalogue read as data (JSON imports would need import attributes in Playwright). */
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The Ukrainian widget words, screen words and Games words: the test names controls by them. */
const uk = read<typeof UiWords>('src/text/ui-uk.json');
const screens = read<typeof ScreenWords>('src/text/screens-uk.json');
const games = read<typeof GamesWords>('src/text/games-uk.json');
/** The Ukrainian prose of the default scenario (JSON pointer → text). */
const scenario = read<Record<string, string>>('scenarios/uk/baseline-2025.json');

const SIZE = { width: 1280, height: 720 };
/** Quarters in a campaign of the bundled scenarios. */
const HORIZON = 12;

/** The WCAG levels checked (A and AA of 2.0, 2.1 and 2.2), as in accessibility.e2e.ts. */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Fills `{name}` placeholders of a catalogue string. */
const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
/** A regex for the part of a catalogue string before its first placeholder, anywhere in a text. */
const partOf = (template: string): RegExp => new RegExp(escape(template.split('{')[0]!.trim()));
/** A regex for the start of a catalogue string, up to its first placeholder. */
const startOf = (template: string): RegExp => new RegExp(`^${escape(template.split('{')[0]!.trim())}`);

/** The elements inside `layer` that scroll vertically (and are shown), in document order. */
function scrollerHeights(page: Page, layer: string): Promise<{ max: number; step: number }[]> {
  return page.evaluate((sel) => {
    const roots = [...document.querySelectorAll<HTMLElement>(sel)];
    const all = roots.flatMap((r) => [r, ...r.querySelectorAll<HTMLElement>('*')]);
    return all
      .filter((n) => {
        const s = getComputedStyle(n);
        return /auto|scroll/.test(s.overflowY) && n.scrollHeight > n.clientHeight + 4 && n.checkVisibility();
      })
      .map((n) => ({ max: n.scrollHeight - n.clientHeight, step: Math.max(40, n.clientHeight * 0.8) }));
  }, layer);
}

/** Scrolls the `index`-th scrolling element of `layer` (as {@link scrollerHeights} lists them) to `top`. */
async function scrollTo(page: Page, layer: string, index: number, top: number): Promise<void> {
  await page.evaluate(
    ([sel, i, y]) => {
      const roots = [...document.querySelectorAll<HTMLElement>(sel)];
      const all = roots.flatMap((r) => [r, ...r.querySelectorAll<HTMLElement>('*')]);
      const scrollers = all.filter((n) => {
        const s = getComputedStyle(n);
        return /auto|scroll/.test(s.overflowY) && n.scrollHeight > n.clientHeight + 4 && n.checkVisibility();
      });
      scrollers[i]?.scrollTo({ top: y, behavior: 'instant' });
    },
    [layer, index, top] as const,
  );
}

/** The most views of one scrolling panel checked (the first at the top). */
const MAX_VIEWS = 60;

/** Options of {@link checkAll}. */
interface CheckAllOptions {
  /** The open dialog or screen whose text must not overlap (default '#ui'). */
  readonly layer?: string;
  /** Where English is looked for (default '#ui'). */
  readonly textRoot?: string;
  /** Run axe too (default true). */
  readonly axe?: boolean;
}

/**
 * Checks a screen as the player can see it: checkScreen at the top, then again at every step of
 * each of its scrolling panels (so text below the fold is read too), and axe once.
 */
async function checkAll(page: Page, name: string, options: CheckAllOptions = {}): Promise<void> {
  const layer = options.layer ?? '#ui';
  const slug = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  const base = { layer, textRoot: options.textRoot ?? '#ui', soft: true } as const;
  await checkScreen(page, name, { ...base, screenshot: slug });
  const scrollers = await scrollerHeights(page, layer);
  for (const [i, s] of scrollers.entries()) {
    for (let view = 2, top = s.step; view <= MAX_VIEWS; view += 1, top += s.step) {
      await scrollTo(page, layer, i, Math.min(top, s.max));
      await checkScreen(page, `${name} (panel ${i + 1} scrolled, view ${view})`, {
        ...base,
        screenshot: `${slug}-panel${i + 1}-${view}`,
      });
      if (top >= s.max) break;
    }
    await scrollTo(page, layer, i, 0);
  }
  if (options.axe ?? true) expect.soft(await violations(page), `axe (WCAG 2.2 AA): ${name}`).toEqual([]);
}

/** The campaign's heading reads quarter `n` of the campaign. */
async function expectCampaignAt(page: Page, n: number): Promise<void> {
  await expect(page.getByRole('button', { name: uk.campaign.endQuarter })).toBeVisible();
  const tail = screens['campaign.quarterHeading'].split('{quarter}')[1]!;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(fill(tail, { n, horizon: HORIZON }));
}

/** The quarter report dialog. */
function reportDialog(page: Page): Locator {
  return page
    .getByRole('dialog')
    .filter({ has: page.getByRole('button', { name: uk.report.continue, exact: true }) });
}

/** Ends the quarter and waits for the report. */
async function endQuarter(page: Page): Promise<void> {
  await page.getByRole('button', { name: uk.campaign.endQuarter }).click();
  await expect(reportDialog(page)).toBeVisible();
}

/** Continue on the quarter report. */
async function continueFromReport(page: Page): Promise<void> {
  await reportDialog(page).getByRole('button', { name: uk.report.continue, exact: true }).click();
  await expect(reportDialog(page)).toHaveCount(0);
}

/** Plays `count` quarters under the levers as they are. */
async function playQuarters(page: Page, from: number, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await endQuarter(page);
    await continueFromReport(page);
    await expectCampaignAt(page, from + i + 1);
  }
}

/** Title (in Ukrainian) → play modes on (and `off` off) → seed → New game → Begin → quarter 1. */
async function startGame(
  page: Page,
  o: { seed?: number; modes?: readonly string[]; off?: readonly string[] } = {},
): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: uk.title.newGame })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  if (o.modes?.length || o.off?.length) {
    await page.getByRole('tab', { name: uk.title.playModes, exact: true }).click();
    for (const mode of o.modes ?? []) await page.getByRole('checkbox', { name: mode }).check();
    for (const mode of o.off ?? []) await page.getByRole('checkbox', { name: mode }).uncheck();
  }
  if (o.seed !== undefined) {
    await page.getByRole('tab', { name: uk.title.scenario, exact: true }).click();
    const seed = page.getByRole('spinbutton', { name: uk.title.seed });
    await seed.fill(String(o.seed));
    await seed.press('Tab');
  }
  await page.getByRole('button', { name: uk.title.newGame }).click();
  await page.getByRole('button', { name: uk.briefing.begin }).click();
  await expectCampaignAt(page, 1);
}

/** Nothing went wrong in the page's console, and it asked no other host for anything. */
function expectHealthy(health: PageHealth): void {
  expect.soft(healthProblems(health), 'console errors, page errors, foreign requests').toEqual([]);
}

/** The open native dialog, for overlap checks. */
const OPEN_DIALOG = 'dialog[open]';

test.describe('every other screen in Ukrainian', () => {
  test.use({ locale: 'uk-UA', viewport: SIZE });

  test('the title’s side tabs, its banners and the role briefs', async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const health = watchPage(page, baseURL!);
    await page.goto('/');
    await expect(page.getByRole('button', { name: uk.title.newGame })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

    for (const [id, label] of [
      ['scenario', uk.title.scenario],
      ['assumptions', uk.title.assumptions],
      ['play-modes', uk.title.playModes],
      ['settings', uk.title.sound],
    ] as const) {
      const tab = page.getByRole('tab', { name: label, exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await checkAll(page, `title, ${id}`);
    }

    // The presets other than the report's: the panel lists what the assumptions set, with sources.
    await page.getByRole('tab', { name: uk.title.assumptions, exact: true }).click();
    const presets = page.getByRole('group', { name: uk.title.difficulty });
    for (const preset of ['resilient', 'fragile', 'central']) {
      const radio = presets.locator(`input[type="radio"][value="${preset}"]`);
      await radio.check();
      await expect(radio).toBeChecked();
      if (preset === 'central') break;
      await expect(page.getByRole('tabpanel').locator('.assumptions__chosen')).toBeVisible();
      await checkAll(page, `title, assumptions, preset ${preset}`);
    }

    // The role briefs: every role's tab.
    await page.getByRole('button', { name: uk.title.roleBriefs, exact: true }).click();
    const roles = page.getByRole('dialog', { name: uk.roles.title });
    await expect(roles).toBeVisible();
    const tabs = roles.getByRole('tablist', { name: uk.roles.tabs }).getByRole('tab');
    await expect(tabs).toHaveCount(5);
    for (const [i, role] of ['us', 'europe', 'ukraine', 'kremlin', 'facilitator'].entries()) {
      await tabs.nth(i).click();
      await expect(
        roles.getByRole('tabpanel').getByRole('heading', { name: scenario[`/roles/${role}/title`]! }),
      ).toBeVisible();
      await checkAll(page, `role briefs, ${role}`, { layer: OPEN_DIALOG, axe: i === 0 || i === 4 });
    }
    await page.keyboard.press('Escape');
    await expect(roles).toHaveCount(0);

    // A tampered share code pasted on the title: the banner that says it could not be opened.
    await page.getByRole('textbox', { name: uk.title.openShared }).fill('L1AAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.getByRole('button', { name: uk.title.open, exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await checkAll(page, 'title, share code could not be opened');
    expectHealthy(health);
  });

  test('the title with a save it could not read', async ({ page, baseURL }) => {
    const health = watchPage(page, baseURL!);
    await page.addInitScript((key) => {
      // Only before the first load: the game may write over the slot once the copy is kept.
      if (window.sessionStorage.getItem('e2e-seeded') === null) {
        window.localStorage.setItem(key, '{not json');
        window.sessionStorage.setItem('e2e-seeded', '1');
      }
    }, SAVE_KEY);
    await page.goto('/');
    await expect(page.getByRole('button', { name: uk.title.newGame })).toBeVisible();
    await expect(page.getByRole('alert')).toBeVisible();
    await checkAll(page, 'title, unreadable save');
    expectHealthy(health);
  });

  test('the sources, share and Games dialogs, and compare teams', async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const health = watchPage(page, baseURL!);
    await startGame(page, { seed: 5 });
    await playQuarters(page, 1, 1);

    await page.getByRole('button', { name: uk.campaign.sources, exact: true }).click();
    const sources = page.getByRole('dialog', { name: uk.campaign.sourcesTitle });
    await expect(sources).toBeVisible();
    await checkAll(page, 'sources dialog', { layer: OPEN_DIALOG });
    await page.keyboard.press('Escape');
    await expect(sources).toHaveCount(0);

    await page.getByRole('button', { name: uk.campaign.share, exact: true }).click();
    const share = page.getByRole('dialog', { name: uk.share.title });
    await expect(share).toBeVisible();
    const code = await share.getByRole('textbox', { name: uk.share.code, exact: true }).inputValue();
    expect(code).toMatch(/^L1/);
    await checkAll(page, 'share dialog', { layer: OPEN_DIALOG });
    await page.keyboard.press('Escape');
    await expect(share).toHaveCount(0);

    // Back on the title: Your games lists this game.
    await page.goto('/');
    await page.getByRole('button', { name: fill(games.openList, { count: 1 }) }).click();
    const list = page.getByRole('dialog', { name: games.title, exact: true });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await checkAll(page, 'your games', { layer: OPEN_DIALOG });
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);

    // Compare teams: empty, then two teams from the code.
    await page.getByRole('button', { name: uk.title.compareTeams, exact: true }).click();
    const teams = page.getByRole('dialog', { name: uk.teams.title });
    await expect(teams).toBeVisible();
    await checkAll(page, 'compare teams, empty', { layer: OPEN_DIALOG });
    for (const name of ['Яструби', 'Голуби']) {
      await teams.getByRole('textbox', { name: uk.teams.teamName }).fill(name);
      await teams.getByRole('textbox', { name: uk.teams.codeField }).fill(code);
      await teams.getByRole('button', { name: uk.teams.add, exact: true }).click();
    }
    const table = teams.getByRole('table', { name: uk.teams.caption });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await expect(teams.locator('.teams-chart').first()).toBeVisible();
    await checkAll(page, 'compare teams, two teams', { layer: OPEN_DIALOG });
    expectHealthy(health);
  });

  test('the facilitator’s console', async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const health = watchPage(page, baseURL!);
    await startGame(page, { modes: [uk.title.facilitator] });
    await playQuarters(page, 1, 1);

    const open = async (): Promise<Locator> => {
      await page.getByRole('button', { name: uk.campaign.facilitator, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: uk.facilitator.consoleTitle });
      await expect(dialog).toBeVisible();
      return dialog;
    };
    let console = await open();
    await checkAll(page, 'facilitator console', { layer: OPEN_DIALOG });

    // An inject: its question, then the log.
    const inject = scenario['/injects/5/title']!;
    await console.getByRole('button', { name: fill(uk.facilitator.fireLabel, { title: inject }) }).click();
    await expect(console.getByRole('button', { name: uk.facilitator.fireYes })).toBeVisible();
    await checkAll(page, 'facilitator console, fire an inject?', { layer: OPEN_DIALOG });
    await console.getByRole('button', { name: uk.facilitator.fireYes }).click();
    const log = console.getByRole('region', { name: uk.facilitator.sectionLog });
    await expect(log).toContainText(inject);

    // An override with its reason, and the Kremlin's hidden state revealed.
    await console.getByLabel(uk.facilitator.overrideTarget).selectOption('westernCohesion');
    await console.getByLabel(uk.facilitator.overrideValue).fill('45');
    await console.getByRole('button', { name: uk.facilitator.applyOverride }).click();
    await expect(console.getByRole('alert')).toContainText(uk.facilitator.overrideNoReason);
    await console
      .getByLabel(startOf(uk.facilitator.overrideReason))
      .fill('Біла команда: саміт закінчився сваркою.');
    await console.getByRole('button', { name: uk.facilitator.applyOverride }).click();
    await expect(log).toContainText('Біла команда: саміт закінчився сваркою.');
    await console.getByRole('checkbox', { name: uk.facilitator.revealToggle }).check();
    await expect(console.getByRole('heading', { name: uk.facilitator.kremlinOptions })).toBeVisible();
    await checkAll(page, 'facilitator console, after an inject, an override and the reveal', {
      layer: OPEN_DIALOG,
    });

    // Paused: the campaign says so.
    await console.getByRole('button', { name: uk.facilitator.pause, exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(console).toHaveCount(0);
    await expect(page.getByRole('button', { name: uk.campaign.endQuarter })).toBeDisabled();
    // The paused banner lies over the map on purpose (src/styles/campaign-workshop.css), in every
    // language: its own text is what must not overlap.
    await checkAll(page, 'campaign, paused by the facilitator', { layer: '.paused-live' });

    // Rewind: its question.
    console = await open();
    await console.getByRole('button', { name: uk.facilitator.resume, exact: true }).click();
    await expect(console.getByLabel(uk.facilitator.rewindLabel)).toBeEnabled();
    await console.getByRole('button', { name: uk.facilitator.rewind, exact: true }).click();
    await expect(console.getByRole('button', { name: uk.facilitator.rewindYes })).toBeVisible();
    await checkAll(page, 'facilitator console, rewind?', { layer: OPEN_DIALOG });
    expectHealthy(health);
  });

  test('the hot seat and the tutorial', async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const health = watchPage(page, baseURL!);
    await startGame(page, { modes: [uk.title.hotSeat] });
    await page.getByRole('button', { name: uk.campaign.endQuarter }).click();
    const handover = page.getByRole('dialog', { name: uk.hotSeat.handoverTitle });
    await expect(handover).toBeVisible();
    await checkAll(page, 'hot seat, handover', { layer: OPEN_DIALOG });
    await handover.getByRole('button', { name: uk.hotSeat.iAmKremlin }).click();

    const kremlin = page.getByRole('dialog', { name: startOf(uk.hotSeat.kremlinTitle) });
    await expect(kremlin).toBeVisible();
    await expect(kremlin.getByRole('checkbox')).toHaveCount(13);
    await checkAll(page, 'hot seat, the Kremlin decides', { layer: OPEN_DIALOG });
    const option = kremlin.getByRole('checkbox').and(page.locator(':enabled')).first();
    await option.check();
    await expect(kremlin).toContainText(partOf(uk.hotSeat.chosen));
    await kremlin.getByRole('button', { name: uk.hotSeat.confirm }).click();
    await expect(kremlin).toHaveCount(0);
    await expect(reportDialog(page)).toBeVisible();
    await checkAll(page, 'hot seat, quarter report', { layer: OPEN_DIALOG });
    await continueFromReport(page);
    expectHealthy(health);

    // The tutorial's coach mark.
    await startGame(page, { modes: [uk.title.tutorial], off: [uk.title.hotSeat] });
    const coach = page
      .getByRole('dialog')
      .filter({ has: page.getByRole('button', { name: uk.tutorial.skip }) });
    await expect(coach).toBeVisible();
    await checkAll(page, 'tutorial, lesson 1', { layer: '.coach:not([hidden])' });
    await endQuarter(page);
    await continueFromReport(page);
    await expect(coach.getByRole('button', { name: uk.tutorial.nextLesson })).toBeVisible();
    await checkAll(page, 'tutorial, lesson 2', { layer: '.coach:not([hidden])' });
    expectHealthy(health);
  });

  test('the negotiation, the debrief, its review tabs and the memo', async ({ page, baseURL }) => {
    test.setTimeout(420_000);
    const health = watchPage(page, baseURL!);
    await startGame(page, { seed: 3 });
    await playQuarters(page, 1, 2);

    const term = (i: number): string => scenario[`/negotiation/terms/${i}/name`]!;
    const choose = async (dialog: Locator, pick: (options: Locator) => Locator): Promise<void> => {
      for (let i = 0; i < 5; i += 1) {
        const radio = pick(dialog.getByRole('group', { name: term(i), exact: true }).getByRole('radio'));
        await radio.check();
        await expect(radio).toBeChecked();
      }
    };
    const send = async (dialog: Locator): Promise<Locator> => {
      await dialog.getByRole('button', { name: screens['negotiation.send'] }).click();
      const answer = dialog.getByRole('region', { name: startOf(uk.negotiation.answer) });
      await expect(answer).toBeVisible();
      return answer;
    };

    await page.getByRole('button', { name: uk.campaign.proposeSettlement }).click();
    const dialog = page.getByRole('dialog', { name: screens['negotiation.title'] });
    await expect(dialog).toBeVisible();
    await checkAll(page, 'negotiation, the terms', { layer: OPEN_DIALOG });

    // Maximal demands (each term's last option): rejected, with reasons.
    await choose(dialog, (o) => o.last());
    await send(dialog);
    await checkAll(page, 'negotiation, answer to maximal demands', { layer: OPEN_DIALOG });

    // Close to Russia's demands: usually a counter-offer.
    await choose(dialog, (o) => o.first());
    await dialog
      .getByRole('group', { name: term(0), exact: true })
      .getByRole('radio')
      .nth(1)
      .check();
    await dialog
      .getByRole('group', { name: term(1), exact: true })
      .getByRole('radio')
      .nth(1)
      .check();
    await send(dialog);
    await checkAll(page, 'negotiation, answer to near demands', { layer: OPEN_DIALOG });

    // Russia's own terms: accepted, then signed.
    await choose(dialog, (o) => o.first());
    const accepted = await send(dialog);
    await expect(accepted.getByRole('button', { name: uk.negotiation.sign })).toBeVisible();
    await checkAll(page, 'negotiation, accepted', { layer: OPEN_DIALOG });
    await accepted.getByRole('button', { name: uk.negotiation.sign }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: screens['debrief.title.settlement'] }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: uk.debrief.playAgain })).toBeVisible();
    await checkAll(page, 'debrief, outcome');

    const tablist = page.getByRole('tablist', { name: uk.debrief.tabs });
    for (const [id, label] of [
      ['quarter-by-quarter', screens['debrief.tab.review']],
      ['discussion', screens['debrief.tab.discussion']],
      ['exports', screens['debrief.tab.exports']],
    ] as const) {
      const tab = tablist.getByRole('tab', { name: label, exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await checkAll(page, `debrief, ${id}`);
      if (id === 'quarter-by-quarter') {
        // The first quarter too.
        const quarter = page.getByRole('slider', { name: uk.review.quarter, exact: true });
        await quarter.focus();
        await quarter.press('Home');
        await expect(page.getByRole('button', { name: uk.review.previousQuarter })).toBeDisabled();
        await checkAll(page, 'debrief, quarter-by-quarter, first quarter', { axe: false });
      }
    }

    // The memo as printed: only #print-root is on paper.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: uk.review.printMemo }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#print-root .memo')).toBeVisible();
    await checkAll(page, 'memo, printed', { layer: '#print-root', textRoot: '#print-root', axe: false });
    await page.emulateMedia({ media: 'screen' });
    expectHealthy(health);
  });

  test('the projector window', async ({ page, context, baseURL }) => {
    test.setTimeout(300_000);
    const projector = await context.newPage();
    const health = watchPage(projector, baseURL!);
    await projector.goto('/?view=projector&lang=uk');
    await expect(projector.getByText(uk.projector.waitingTitle)).toBeVisible();
    await expect(projector.locator('html')).toHaveAttribute('lang', 'uk');
    await checkAll(projector, 'projector, waiting');

    await startGame(page, { seed: 4 });
    const heading = projector.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('1 кв. 2025');
    await expect(projector.locator('.proj__chart canvas').first()).toBeVisible();
    await checkAll(projector, 'projector, live');

    await playQuarters(page, 1, 1);
    await expect(heading).toHaveText('2 кв. 2025');
    await page.getByRole('button', { name: uk.campaign.proposeSettlement }).click();
    const dialog = page.getByRole('dialog', { name: screens['negotiation.title'] });
    await dialog.getByRole('button', { name: screens['negotiation.send'] }).click();
    await dialog.getByRole('button', { name: uk.negotiation.sign }).click();
    await expect(page.getByRole('button', { name: uk.debrief.playAgain })).toBeVisible();
    await expect(projector.getByText(uk.projector.endingSettlement)).toBeVisible();
    await checkAll(projector, 'projector, settlement signed');
    expectHealthy(health);
  });
});
