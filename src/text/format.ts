/**
 * Number formatting and template interpolation. Written by hand rather than with Intl so that
 * the output is the same in every browser and in Node: in English commas between thousands and a
 * point for decimals (1,234.5), in Ukrainian a no-break space and a comma (1 234,5); a true minus
 * sign (−) for negative numbers in both.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { ValueFormat } from './catalogue';
import { activeLanguage, inActiveLanguage } from './language';

/** What stands in for a missing or non-finite value, so a text never shows 'undefined' or 'NaN'. */
export const MISSING = '—';

const MINUS = '−';

/** The marks a language writes numbers with. */
interface NumberMarks {
  /** Between groups of three digits. */
  readonly group: string;
  /** Before the decimals. */
  readonly decimal: string;
}

/** The active language's number marks. */
function numberMarks(): NumberMarks {
  return inActiveLanguage<NumberMarks>({
    en: { group: ',', decimal: '.' },
    uk: { group: '\u00a0', decimal: ',' },
  });
}

/** Inserts the group mark between groups of three digits of a string of digits. */
function groupThousands(digits: string, mark: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark);
}

/**
 * Formats a number with thousands separators. With `digits` the number is rounded to exactly that
 * many decimals; without, to at most two with trailing zeros dropped. `signed` adds a plus sign.
 */
export function formatNumber(value: number, digits?: number, signed = false): string {
  if (!Number.isFinite(value)) return MISSING;
  const fixed = Math.abs(value).toFixed(digits ?? 2);
  const trimmed = digits === undefined && fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  const [whole = '0', fraction] = trimmed.split('.');
  const marks = numberMarks();
  const grouped = groupThousands(whole, marks.group);
  const body = fraction === undefined ? grouped : `${grouped}${marks.decimal}${fraction}`;
  const isZero = /^[0.,\u00a0]*$/.test(body);
  if (isZero) return body;
  if (value < 0) return `${MINUS}${body}`;
  return signed ? `+${body}` : body;
}

/**
 * A ratio such as Russian to Ukrainian fire: '1.5:1' when the first side is ahead, '1:2' when
 * the second is (a ratio of 0.5), which reads more easily than '0.5:1'. Whole numbers lose '.0'.
 */
export function formatRatio(value: number, digits = 1): string {
  if (!Number.isFinite(value) || value < 0) return MISSING;
  const decimal = numberMarks().decimal;
  const part = (x: number): string => {
    const text = formatNumber(x, digits);
    return text.endsWith(`${decimal}${'0'.repeat(digits)}`) && digits > 0 ? text.slice(0, -digits - 1) : text;
  };
  if (value >= 1 || value === 0) return `${part(value)}:1`;
  return `1:${part(1 / value)}`;
}

/** Formats an event value by its format entry; strings pass through unchanged. */
export function formatValue(value: number | string | undefined, format?: ValueFormat): string {
  if (value === undefined) return MISSING;
  if (typeof value === 'string') return value;
  if (format?.ratio) return formatRatio(value, format.digits);
  return formatNumber(value, format?.digits, format?.signed ?? false);
}

/** The plural categories a pick lists: two are one|other (English), four one|few|many|other (Ukrainian). */
function pickCategories(count: number): readonly string[] | null {
  if (count === 2) return ['one', 'other'];
  if (count === 4) return ['one', 'few', 'many', 'other'];
  return null;
}

/** A placeholder's name, or a plural pick's: `{points}`, `{points|point|points}`. */
const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;
const PICK = /\{([A-Za-z0-9_]+)((?:\|[^|{}]*)+)\}/g;

/** Text put inside an ICU message as it is (apostrophes doubled, braces and # quoted). */
const icuLiteral = (text: string): string => text.replace(/'/g, "''").replace(/[{}#]/g, "'$&'");

/** The catalogue's template as an ICU MessageFormat message: picks become `plural` arguments on `<key>__n`. */
function toIcu(template: string): string {
  return template.replace(PICK, (whole: string, key: string, list: string) => {
    const forms = list.slice(1).split('|');
    const categories = pickCategories(forms.length);
    if (!categories) return icuLiteral(whole);
    const branches = categories.map((c, i) => `${c} {${icuLiteral(forms[i]!)}}`).join(' ');
    return `{${key}__n, plural, ${branches}}`;
  });
}

const compiled = new Map<string, IntlMessageFormat | null>();

/** The compiled message of a template in the active language (null when it is not ICU-shaped). */
function messageOf(template: string): IntlMessageFormat | null {
  const key = `${activeLanguage()}\u0000${template}`;
  if (!compiled.has(key)) {
    let message: IntlMessageFormat | null = null;
    try {
      message = new IntlMessageFormat(toIcu(template), activeLanguage());
    } catch {
      message = null;
    }
    compiled.set(key, message);
  }
  return compiled.get(key) ?? null;
}

/**
 * Fills {placeholders} in a template, through ICU MessageFormat (the maintained intl-messageformat,
 * whose plurals follow the language's CLDR rules). Numbers get the game's own formatting
 * (formatNumber: thousands separators, digits, signs); a placeholder with no value, or a value that
 * is not finite, becomes '—', so the result never shows a raw brace. `{key|one|other}` picks a word
 * by the number under `key` ("{points} {points|point|points}" gives "1 point" and "2 points");
 * Ukrainian lists four forms, `{key|one|few|many|other}` ("1 бал", "2 бали", "5 балів", "2,5 бала").
 */
export function interpolate(
  template: string,
  values: Readonly<Record<string, number | string | undefined>>,
  formats: Readonly<Record<string, ValueFormat>> = {},
): string {
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(values, key);
  const args: Record<string, string | number> = {};
  for (const [, key] of template.matchAll(PLACEHOLDER))
    args[key!] = has(key!) ? formatValue(values[key!], formats[key!]) : MISSING;
  for (const [, key] of template.matchAll(PICK)) {
    const n = has(key!) ? values[key!] : undefined;
    // Not a number: the pick takes its last form ("other").
    args[`${key!}__n`] = typeof n === 'number' && Number.isFinite(n) ? n : Number.NaN;
  }
  const message = messageOf(template);
  if (message) return String(message.format(args));
  // A template ICU cannot read (a stray brace in prose): its placeholders filled as they are.
  return template.replace(PLACEHOLDER, (_, key: string) => String(args[key] ?? MISSING));
}

/** Joins phrases as 'a', 'a and b', 'a, b and c' with the catalogue's word for 'and'. */
export function joinPhrases(phrases: readonly string[], and: string): string {
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} ${and} ${phrases[phrases.length - 1]}`;
}
