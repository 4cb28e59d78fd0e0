/**
 * The words of the Games list (src/text/games-en.json): the default name of a game, its standing
 * in a line, where it came from, and the notices of what happened to the list. Pure; the screen's
 * props (scenes/shared/games-props.ts) give the values.
 */
import games from './games-en.json';
import { textsInActiveLanguage } from './language';
import { interpolate } from './format';

/** The Games list's catalogue; another language is another file with the same keys. */
export type GamesText = typeof games;

/** The English catalogue of the Games list. */
export const GAMES_EN: GamesText = games;

/** The active catalogue of the Games list (English until a locale switch chooses another file). */
export function gamesWords(): GamesText {
  return textsInActiveLanguage('games', GAMES_EN);
}

/** "Baseline, Q3 2026": a game's name until the player gives it one. */
export function defaultGameName(scenario: string, quarter: string): string {
  return interpolate(gamesWords().defaultName, { scenario, quarter });
}

/** A moment in the list's own words: "3 Dec 2026, 12:40" (ms since the epoch). */
export function lastPlayedText(ms: number): string {
  const when = new Intl.DateTimeFormat(gamesWords().locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(ms));
  return interpolate(gamesWords().lastPlayed, { when });
}
