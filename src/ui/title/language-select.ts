/**
 * The language switch: a labelled select listing each language by its own name (English,
 * Українська), so a player who reads only one of them finds theirs. Choosing one hands it to
 * `onLanguage`, which starts the page again in it; the game in progress is kept by its autosave.
 */
import { el, uid } from '../dom';
import { LANGUAGE_NAMES, LANGUAGES, uiWords, type Language } from '../../text';

/** Builds the switch showing `current`; `compact` puts the label beside the select (the title's header). */
export function createLanguageSelect(
  current: Language,
  onLanguage: (language: Language) => void,
  compact = false,
): HTMLElement {
  const id = uid('language');
  const select = el(
    'select',
    { className: 'input', attrs: { id, lang: current } },
    LANGUAGES.map((language) =>
      el('option', { text: LANGUAGE_NAMES[language], attrs: { value: language, lang: language } }),
    ),
  );
  select.value = current;
  select.addEventListener('change', () => {
    const chosen = LANGUAGES.find((l) => l === select.value);
    if (chosen && chosen !== current) onLanguage(chosen);
  });
  const label = el('label', { text: uiWords().title.language, attrs: { for: id } });
  if (compact) return el('div', { className: 'row language-select' }, [label, select]);
  const hintId = uid('hint');
  select.setAttribute('aria-describedby', hintId);
  return el('div', { className: 'field' }, [
    label,
    select,
    el('p', { className: 'muted field__hint', text: uiWords().title.languageHint, attrs: { id: hintId } }),
  ]);
}
