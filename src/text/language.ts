/**
 * The language the game writes in: English or Ukrainian, chosen once when the page starts (from the
 * link, the player's setting or the browser) and read by every text function. Changing it means
 * starting the page again, so no screen ever mixes two languages.
 */

/** The languages the game is written in, in the order the switch lists them. */
export const LANGUAGES = ['en', 'uk'] as const;

/** One of the game's languages, as a BCP 47 tag. */
export type Language = (typeof LANGUAGES)[number];

/** Each language's name written in that language, as the switch shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', uk: 'Українська' };

let active: Language = 'en';

/** The language the text functions write in now (English until the page chooses). */
export function activeLanguage(): Language {
  return active;
}

/** Sets the language the text functions write in; the page calls this once, before any screen. */
export function setActiveLanguage(language: Language): void {
  active = language;
}

/** True for one of the game's language tags. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The game's language for a list of BCP 47 tags in order of preference ('uk-UA', 'en-GB'): the
 * first whose primary subtag the game speaks, else English.
 */
export function languageFromTags(tags: readonly string[]): Language {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The value for the active language from a table with one entry per language. */
export function inActiveLanguage<T>(table: Readonly<Record<Language, T>>): T {
  return table[active];
}

/**
 * `link` (an absolute address or a query string such as '?view=projector') with the active
 * language named in it (`lang=uk`), so whoever opens it reads the game in the language it was
 * shared in; English, the default, adds nothing.
 */
export function linkInActiveLanguage(link: string): string {
  if (active === 'en') return link;
  return `${link}${link.includes('?') ? '&' : '?'}lang=${active}`;
}

const registered = new Map<Language, Readonly<Record<string, unknown>>>();

/**
 * Registers a language's texts (catalogue name → its texts), which the page loads, apart from the
 * first screen's code, only when it starts in that language; English is built in.
 */
export function registerTexts(language: Language, texts: Readonly<Record<string, unknown>>): void {
  registered.set(language, { ...registered.get(language), ...texts });
}

/**
 * The active language's texts registered under `name`, or `english` while English is active or
 * when that language's texts were not registered (nothing is ever left without words).
 */
export function textsInActiveLanguage<T>(name: string, english: T): T {
  if (active === 'en') return english;
  const texts = registered.get(active)?.[name];
  return texts === undefined ? english : (texts as T);
}
