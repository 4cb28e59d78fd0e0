/**
 * "Open a shared game": a text field for a share code or a `?game=` link and an Open button (Enter
 * opens too). The store checks the code; a bad one sets a message the title shows.
 */
import { button, el, uid } from '../dom';
import { uiWords } from '../../text';

/** Builds the form; `onOpen` receives the code taken from what was pasted. */
export function createOpenShared(onOpen: (code: string) => void): HTMLElement {
  const id = uid('share-code');
  const hintId = uid('share-hint');
  const input = el('input', {
    className: 'input open-shared__input',
    attrs: {
      id,
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: uiWords().title.pasteCode,
      'aria-describedby': hintId,
    },
  });
  const open = (): void => {
    // The store reads the code out of a link; here only an empty field is refused.
    if (input.value.trim() !== '') onOpen(input.value.trim());
  };
  const form = el('form', { className: 'open-shared' }, [
    el('label', { className: 'open-shared__label', text: uiWords().title.openShared, attrs: { for: id } }),
    el('div', { className: 'row open-shared__row' }, [
      input,
      button(uiWords().title.open, () => undefined, 'default', 'open-shared__go'),
    ]),
    el('p', {
      className: 'muted open-shared__hint',
      text: uiWords().title.openSharedHint,
      attrs: { id: hintId },
    }),
  ]);
  const go = form.querySelector<HTMLButtonElement>('.open-shared__go');
  if (go) go.type = 'submit';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    open();
  });
  return form;
}
