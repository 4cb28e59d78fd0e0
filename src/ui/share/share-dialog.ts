/**
 * The Share dialog: the game's share code and its link, each in a read-only field with a Copy
 * button, and the seed, so a class can give every team the same shocks. Opening the link (or
 * pasting the code on the title screen) rebuilds this exact game by replay.
 */
import { button, el, uid } from '../dom';
import { createModal } from '../modal';
import { copyFieldText, copyMessage } from './copy-text';
import { interpolate, uiWords } from '../../text';

/** What the dialog shows. */
export interface ShareProps {
  /** Null when the game cannot be shared (none started, or too long a record). */
  readonly code: string | null;
  readonly link: string | null;
  readonly seed: number;
  /** "Q3 2025 · quarter 3 of 12", the point the code reaches. */
  readonly quarter: string;
}

function copyRow(
  label: string,
  copyLabel: string,
  value: string,
  multiline: boolean,
  status: HTMLElement,
): { root: HTMLElement; field: HTMLInputElement | HTMLTextAreaElement } {
  const id = uid('share-field');
  const field = multiline
    ? el('textarea', {
        className: 'input share__field share__field--code',
        attrs: { id, rows: '3', readonly: '' },
      })
    : el('input', { className: 'input share__field', attrs: { id, type: 'text', readonly: '' } });
  field.value = value;
  field.spellcheck = false;
  field.addEventListener('focus', () => field.select());
  const copy = button(copyLabel, () => {
    void copyFieldText(field).then((r) => (status.textContent = copyMessage(label, r)));
  });
  return {
    root: el('div', { className: 'share__row' }, [
      el('label', { className: 'share__label', text: label, attrs: { for: id } }),
      el('div', { className: 'row share__controls' }, [field, copy]),
    ]),
    field,
  };
}

/** Opens the dialog in `parent`; it removes itself when closed and gives focus back. */
export function openShareDialog(parent: HTMLElement, p: ShareProps, returnFocus: HTMLElement | null): void {
  const words = uiWords().share;
  const status = el('p', { className: 'share__status muted', attrs: { role: 'status' } });
  const close = (): void => {
    modal.dialog.close();
    modal.dialog.remove();
    returnFocus?.focus();
  };
  const body: Node[] =
    p.code === null || p.link === null
      ? [el('p', { text: words.notYet })]
      : [
          el('p', {
            text: words.explanation,
          }),
          copyRow(words.code, words.copyCode, p.code, true, status).root,
          copyRow(words.link, words.copyLink, p.link, false, status).root,
          el('p', { className: 'share__seed' }, [
            el('strong', { text: interpolate(words.seed, { seed: String(p.seed) }) }),
            words.seedHint,
          ]),
          status,
        ];
  const modal = createModal({
    title: words.title,
    eyebrow: p.quarter,
    className: 'modal--share',
    body,
    footer: [button(uiWords().common.close, close, 'primary')],
    onClose: close,
  });
  modal.open(parent);
  modal.heading.focus();
}
