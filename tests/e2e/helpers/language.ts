/**
 * Checks of a screen shown in Ukrainian: no English word left in its visible text (apart from the
 * proper names below), no sideways scroll, no text over other text; and a screenshot of it.
 */
import { expect, type Page } from '@playwright/test';
import { describeOverlaps, hasHorizontalScroll, overlappingText, visibleTextBoxes } from './layout';
import { restPointer, saveScreenshot, screenAtRest } from './screenshots';

/**
 * Latin words a Ukrainian screen may show: the game's name, sources and the titles of cited works,
 * units, keyboard keys and file formats. Lower case.
 */
export const PROPER_NAMES: ReadonlySet<string> = new Set(
  [
    'Leverage',
    'LEVERAGE',
    // The report's title, cited as published: «Russia's Weakness Offers Leverage».
    'Russia',
    'Weakness',
    'Offers',
    // Publishers and data sets cited as sources.
    'ISW',
    'Oryx',
    'IISS',
    'Kiel',
    'RUSI',
    'CSIS',
    'Bloomberg',
    'Economist',
    'Reuters',
    // Named in the bibliography's notes, as published: news agencies, research houses, trackers,
    // analysts, papers, a data set and a regulator.
    'AFP',
    'DeepState',
    'Bain',
    'CEPA',
    'Gros',
    'FRS',
    'Forbes',
    'Axe',
    'CIT',
    'Miller',
    'Janes',
    'Euromaidan',
    'Raiffeisen',
    'WarSpotting',
    'OFAC',
    'PetroIvaniuk',
    // Trade terms of the oil price, written so in Ukrainian too.
    'FOB',
    'DES',
    'Dated',
    // The US Energy Information Administration's Short-Term Energy Outlook, cited for Brent.
    'EIA',
    'STEO',
    // Oil grades, named so in Ukrainian too.
    'Brent',
    'Urals',
    // Keyboard keys.
    'Enter',
    'Esc',
    'Tab',
    'Ctrl',
    'Mac',
    // File formats.
    'PDF',
    'CSV',
    'JSON',
    'PNG',
    'QR',
  ].map((w) => w.toLowerCase()),
);

/** A text node the player can see (at least one of its lines), with its whole text. */
interface VisibleText {
  /** The node's whole text, spaces collapsed. */
  readonly text: string;
  /** A CSS-like path to its element, for failure messages. */
  readonly where: string;
}

/**
 * Every text node inside `root` with at least one line on screen (layout.ts's visibleTextBoxes),
 * with its whole text, once: a word further on in a long paragraph counts too.
 */
async function visibleTexts(page: Page, root: string): Promise<VisibleText[]> {
  const seen = new Map<string, VisibleText>();
  for (const { text, where } of await visibleTextBoxes(page.locator(root), Number.MAX_SAFE_INTEGER))
    seen.set(`${where}\n${text}`, { text, where });
  return [...seen.values()];
}

/**
 * A cited web page as the game names it: its address, or its site with the words of its address
 * ("bloomberg.com: War ate up almost a quarter of russia s liquid assets in 2024", made by
 * src/ui/review/source-label.ts), optionally followed by "(і ще 2)". Those words are a cited
 * work's address and title, left as published, like the report's own title above.
 */
const CITED_PAGE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(: .*)?$/;
/** A web address inside a text (a cited page's URL). */
const URL_IN_TEXT = /\bhttps?:\/\/\S+/g;
/** A dot of a web address spelt out, as some citations do ("https://www.rfa dot org/…"). */
const SPELT_DOT = /(https?:\/\/\S*?)\s+dot\s+/i;
/** A link's query parameter shown as such ("посилання з ?game="): part of an address, not a word. */
const QUERY_PARAMETER = /\?[A-Za-z]+=/g;

/** `text` less its web addresses (with their spelt-out dots) and query parameters. */
function withoutAddresses(text: string): string {
  let t = text;
  while (SPELT_DOT.test(t)) t = t.replace(SPELT_DOT, '$1.');
  return t.replace(URL_IN_TEXT, ' ').replace(QUERY_PARAMETER, ' ');
}

/** Names of several words, allowed as a whole: publications and the titles of cited works. */
const PROPER_PHRASES: readonly string[] = [
  // The weekly, cited as a source of tank production.
  'The Economist',
  // The IISS's yearbook «The Military Balance», cited as E3.
  'Military Balance',
  // More titles and names of cited works and sources, as published.
  'Short-Term Energy Outlook',
  'Trench Art',
  'Novaya Gazeta Europe',
  // The data set's files, by their paths in its repository.
  'PetroIvaniuk/2022-Ukraine-Russia-War-Dataset',
  'data/russia_losses_personnel',
  'russia_losses_equipment',
  // The chapters of «The Military Balance» 2023 cited by footnote [24].
  'Chapter Seven: Middle East and North Africa: Regional trends in 2022',
  'Regional defence policy and economics',
  'Arms procurements and deliveries',
  'Armed forces data section',
  'The Military Balance',
];

/** The English words of one text, less proper names, cited pages and web addresses. */
function englishWordsIn(text: string): string[] {
  // A cited page, or a code in capitals (a source's key such as UA-AREA, a model such as T-90M).
  if (CITED_PAGE.test(text) || /^[A-Z0-9[\]-]+$/.test(text)) return [];
  // Longest first, so a phrase inside a longer one ('Military Balance') leaves nothing behind.
  const phrases = [...PROPER_PHRASES].sort((a, b) => b.length - a.length);
  const bare = phrases.reduce((t, phrase) => t.split(phrase).join(' '), text);
  const words = withoutAddresses(bare).match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words.filter((w) => !PROPER_NAMES.has(w.toLowerCase())))];
}

/**
 * The English left in the visible text inside `root`: one line per text node that has English
 * words (three letters or more, not a proper name), with the words, the text (shortened to 120
 * characters) and where it sits.
 */
export async function englishLeft(page: Page, root = '#ui'): Promise<string[]> {
  const lines = new Set<string>();
  for (const { text, where } of await visibleTexts(page, root)) {
    const words = englishWordsIn(text);
    if (words.length === 0) continue;
    const shown = text.length > 120 ? `${text.slice(0, 119)}…` : text;
    lines.add(`${words.join(', ')} (in "${shown}" at ${where})`);
  }
  return [...lines];
}

/** Options of {@link checkScreen}. */
export interface CheckScreenOptions {
  /**
   * Where overlapping text is looked for: the open dialog, which covers the screen under it, or the
   * whole interface (default '#ui').
   */
  readonly layer?: string;
  /** Where English words are looked for (default '#ui': everything the player sees). */
  readonly textRoot?: string;
  /** Record a finding and go on (expect.soft), so one run lists every finding. Default false. */
  readonly soft?: boolean;
  /** The screenshot's name under reports/screenshots/ukrainian-*.png (default: `name`). */
  readonly screenshot?: string;
}

/**
 * Checks the screen for English words, sideways scrolling and overlapping text, and saves a
 * screenshot (reports/screenshots/ukrainian-<name>-<width>.png).
 */
export async function checkScreen(
  page: Page,
  name: string,
  layerOrOptions: string | CheckScreenOptions = {},
): Promise<void> {
  const options: CheckScreenOptions =
    typeof layerOrOptions === 'string' ? { layer: layerOrOptions } : layerOrOptions;
  const check = options.soft ? expect.soft : expect;
  await restPointer(page);
  await screenAtRest(page);
  check(await englishLeft(page, options.textRoot), `English words on the ${name} screen`).toEqual([]);
  check(await hasHorizontalScroll(page), `the ${name} screen scrolls sideways`).toBe(false);
  check(
    describeOverlaps(await overlappingText(page.locator(options.layer ?? '#ui'))),
    `overlaps on the ${name} screen`,
  ).toEqual([]);
  const size = page.viewportSize();
  await saveScreenshot(page, 'ukrainian', `${options.screenshot ?? name}-${size?.width ?? 0}`);
}
