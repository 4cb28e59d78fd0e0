/**
 * The widgets' words (src/text/ui-en.json): every label, heading, button text, accessible name and
 * sentence the DOM widgets in src/ui write, by widget folder. Templates hold {placeholders} for
 * interpolate; counted nouns come from plural.ts.
 */
import en from './ui-en.json';
import { textsInActiveLanguage } from './language';

/** The shape of a widget catalogue: the English file's keys, each a string (or a list of strings). */
export type UiWords = typeof en;

/** The English widget catalogue. */
export const UI_WORDS_EN: UiWords = en;

/** The catalogue the widgets write with: the active language's. */
export function uiWords(): UiWords {
  return textsInActiveLanguage('ui', UI_WORDS_EN);
}
