/**
 * Number formatting and template interpolation. Written by hand rather than with Intl so that
 * the output is the same in every browser and in Node: commas between thousands, a point for
 * decimals, a true minus sign (−) for negative numbers.
 */
import { pluralForm } from './plural';
import type { ValueFormat } from './catalogue';

/** What stands in for a missing or non-finite value, so a text never shows 'undefined' or 'NaN'. */
export const MISSING = '—';

const MINUS = '−';

/** Inserts commas between groups of three digits of a string of digits. */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
  const body = fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
  const isZero = /^[0.,]*$/.test(body);
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
  const part = (x: number): string => formatNumber(x, digits).replace(/\.0+$/, '');
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

/**
 * Fills {placeholders} in a template. Numbers get thousands separators; a placeholder with no
 * value, or a value that is not finite, becomes '—', so the result never shows a raw brace.
 * `{key|one|other}` picks a word by the number under `key`: `one` when it is exactly 1, `other`
 * otherwise ("{points} {points|point|points}" gives "1 point" and "2 points").
 */
export function interpolate(
  template: string,
  values: Readonly<Record<string, number | string | undefined>>,
  formats: Readonly<Record<string, ValueFormat>> = {},
): string {
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(values, key);
  return template
    .replace(/\{([A-Za-z0-9_]+)\|([^|{}]*)\|([^|{}]*)\}/g, (_, key: string, one: string, other: string) => {
      const n = has(key) ? values[key] : undefined;
      return typeof n === 'number' ? pluralForm(n, { one, other }) : other;
    })
    .replace(/\{([A-Za-z0-9_]+)\}/g, (_, key: string) =>
      has(key) ? formatValue(values[key], formats[key]) : MISSING,
    );
}

/** Joins phrases as 'a', 'a and b', 'a, b and c' with the catalogue's word for 'and'. */
export function joinPhrases(phrases: readonly string[], and: string): string {
  if (phrases.length <= 1) return phrases[0] ?? '';
  return `${phrases.slice(0, -1).join(', ')} ${and} ${phrases[phrases.length - 1]}`;
}
