/**
 * Words of the screens (src/text/screens-en.json): titles, labels and the sentences the scenes'
 * props write around the game's numbers. Keys are checked at compile time against the English
 * file, which a second language's file must match key for key. Pure; {placeholders} are filled by
 * interpolate, {key|one|other} picks a word by number.
 */
import type { ValueFormat } from './catalogue';
import { interpolate } from './format';
import screensEn from './screens-en.json';
import { textsInActiveLanguage } from './language';

/** A key of the screens' words, e.g. 'debrief.title.settlement'. */
export type ScreenTextKey = Exclude<keyof typeof screensEn, '$comment'>;

/** All the screens' words of one language. */
export type ScreenTexts = Readonly<Record<ScreenTextKey, string>>;

/** The English words of the screens. */
export const SCREEN_TEXT_EN: ScreenTexts = screensEn;

/** The screens' words in the active language. */
export function screenTexts(): ScreenTexts {
  return textsInActiveLanguage('screens', SCREEN_TEXT_EN);
}

/**
 * The words under `key` with their values filled in; `formats` sets the digits (or sign) of a
 * number value, which is otherwise written with at most two decimals.
 */
export function screenText(
  key: ScreenTextKey,
  values: Readonly<Record<string, number | string>> = {},
  formats: Readonly<Record<string, ValueFormat>> = {},
  texts: ScreenTexts = screenTexts(),
): string {
  return interpolate(texts[key], values, formats);
}
