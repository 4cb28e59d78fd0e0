/**
 * A counted word chosen by the language's CLDR plural rules (Intl.PluralRules), so English's two
 * forms and Ukrainian's three (one, few, many) go the same way: the counted nouns (countOf) and the
 * indicators' units. Plural picks inside a catalogue's messages go through intl-messageformat
 * (format.ts), which follows the same rules.
 */
import { activeLanguage, textsInActiveLanguage } from './language';
import nounsEn from './nouns-en.json';

/** The forms of a word by plural category; `other` is required, the rest fall back to it. */
export interface PluralForms {
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

const rulesByKey = new Map<string, Intl.PluralRules>();

/** The language's plural rules for numbers shown with this many decimals, made once each. */
function pluralRules(locale: string, fractionDigits: number): Intl.PluralRules {
  const key = `${locale}/${fractionDigits}`;
  let rules = rulesByKey.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    rulesByKey.set(key, rules);
  }
  return rules;
}

/**
 * The form of a word for the count `n` ('quarter' for 1, 'quarters' otherwise, in English). A count
 * shown with decimals takes the form for them ('1.0 tanks'): pass how many are shown.
 */
export function pluralForm(
  n: number,
  forms: PluralForms,
  locale: string = activeLanguage(),
  fractionDigits = 0,
): string {
  if (!Number.isFinite(n)) return forms.other;
  const category = pluralRules(locale, fractionDigits).select(n);
  return (category === 'zero' ? undefined : forms[category]) ?? forms.other;
}

/** A count and its word, as '1 quarter' or '3 quarters'; the count as written by `show` (String by default). */
export function countOf(
  n: number,
  forms: PluralForms,
  show: (n: number) => string = String,
  locale: string = activeLanguage(),
): string {
  return `${show(n)} ${pluralForm(n, forms, locale)}`;
}

/** The names of the counted nouns the screens write. */
export type NounName = Exclude<keyof typeof nounsEn, '$comment'>;

const NOUNS_EN: Readonly<Record<NounName, PluralForms>> = nounsEn;

/** The counted nouns of the active language (src/text/nouns-*.json), each with its forms. */
export function nouns(): Readonly<Record<NounName, PluralForms>> {
  return textsInActiveLanguage('nouns', NOUNS_EN);
}
