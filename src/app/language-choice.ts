/**
 * Which language the page starts in, and switching it. The link's `?lang=` wins (a share link or a
 * room's projector link carries the language it was made in), then the player's choice remembered
 * in storage, then the browser's languages, then English. Switching stores the choice and starts
 * the page again, so every screen, chart and scenario text is written in one language.
 */
// Straight from the two modules it needs, so the first screen loads no other text.
import { isLanguage, languageFromTags, setActiveLanguage, type Language } from '../text/language';
import { uiWords } from '../text/ui-words';

/** Storage key of the player's chosen language, apart from the save so a broken save never costs it. */
export const LANGUAGE_KEY = 'leverage.language.v1';

/** What the language is chosen from. */
export interface LanguageSources {
  /** The page's query string ('?lang=uk&game=…'). */
  readonly search: string;
  /** The remembered choice, or null. */
  readonly stored: string | null;
  /** The browser's languages in order of preference (navigator.languages). */
  readonly browser: readonly string[];
}

/** The language to start in; pure. Unknown values anywhere are passed over, never an error. */
export function chooseLanguage(sources: LanguageSources): Language {
  const fromLink = new URLSearchParams(sources.search).get('lang');
  if (isLanguage(fromLink)) return fromLink;
  if (isLanguage(sources.stored)) return sources.stored;
  return languageFromTags(sources.browser);
}

/** The stored choice, or null where storage cannot be read (private modes can throw). */
function storedChoice(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** Chooses the page's language, sets it for the text layer and tells the document (its lang). */
export function startInLanguage(): Language {
  const language = chooseLanguage({
    search: window.location.search,
    stored: storedChoice(),
    browser: navigator.languages ?? [navigator.language],
  });
  setActiveLanguage(language);
  document.documentElement.lang = language;
  return language;
}

/** Names the page (its title) in the active language, once that language's texts are loaded. */
export function nameThePage(): void {
  document.title = uiWords().common.pageTitle;
}

/** Remembers `language` and starts the page again in it (without a `?lang=` that would overrule it). */
export function switchLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered; the link below still opens the page in the language chosen.
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', language);
  window.location.assign(url.toString());
}
