/**
 * Scenario prose in another language. A translation (scenarios/uk/<file>.json) maps a JSON pointer
 * into one scenario file ('/roles/us/brief/0') to the text in that language; only the fields people
 * read are translated (PROSE_KEYS), so a translation can never change a number of the model.
 * Pure: the active language's copy of a document is made here, the model reads the same figures.
 */
import { textsInActiveLanguage } from '../text';

/** A translation of one scenario file: JSON pointer → text. `$comment` is a note for translators. */
export type ProseTranslation = Readonly<Record<string, string>>;

/** The keys whose string values (or lists of strings) are prose that people read. */
export const PROSE_KEYS: ReadonlySet<string> = new Set([
  'brief',
  'briefing',
  'choice',
  'citation',
  'description',
  'discussionPrompts',
  'label',
  'learningGoals',
  'levers',
  'name',
  'note',
  'objectives',
  'question',
  'redLines',
  'reportBasis',
  'summary',
  'title',
  'unit',
  'xUnit',
  'yUnit',
]);

/** A JSON pointer segment, escaped as RFC 6901 says. */
function segment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A text that is only web addresses (a footnote's citation): the same in every language. */
const isAddress = (text: string): boolean => {
  const parts = text.split(/[\s;]+/).filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => /^https?:\/\//.test(part));
};

/** Every prose string of a document by JSON pointer, in document order (web addresses left out). */
export function proseOf(doc: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, pointer: string, proseKey: boolean): void => {
    if (typeof value === 'string') {
      if (proseKey && !isAddress(value)) out[pointer] = value;
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${pointer}/${i}`, proseKey));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        walk(item, `${pointer}/${segment(key)}`, PROSE_KEYS.has(key));
    }
  };
  walk(doc, '', false);
  return out;
}

/** The pointer's segments, unescaped; null for a pointer that does not start with '/'. */
function segments(pointer: string): string[] | null {
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * A copy of `doc` with the prose at each pointer of `translation` replaced. A pointer that does not
 * name a prose string of the document is ignored (the test suite proves the shipped translations
 * have none), so a stale translation can only leave a text in English, never break a scenario.
 */
export function withProse<T>(doc: T, translation: ProseTranslation): T {
  const prose = proseOf(doc);
  const copy = structuredClone(doc) as unknown;
  for (const [pointer, text] of Object.entries(translation)) {
    if (!Object.hasOwn(prose, pointer) || typeof text !== 'string') continue;
    const path = segments(pointer);
    if (!path || path.length === 0) continue;
    let node = copy as Record<string, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path[path.length - 1]!] = text;
  }
  return copy as T;
}

/** The prose of every scenario file in one language (scenarios/<language>/). */
export interface ScenarioProse {
  /** By scenario id. */
  readonly scenarios: Readonly<Record<string, ProseTranslation>>;
  readonly assumptions: ProseTranslation;
  readonly reportForecasts: ProseTranslation;
  readonly sources: ProseTranslation;
}

/** The name the scenario prose is registered under with the text layer's other texts. */
export const SCENARIO_PROSE = 'scenarioProse';

/** The active language's scenario prose, or null in English (or before it is registered). */
export function activeProse(): ScenarioProse | null {
  return textsInActiveLanguage<ScenarioProse | null>(SCENARIO_PROSE, null);
}
