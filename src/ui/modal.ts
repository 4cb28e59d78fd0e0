/**
 * A modal dialog on the native <dialog> element: showModal() gives the focus trap and makes the
 * page behind it inert; Escape closes it unless the dialog must be closed by its own button.
 */
import { followKeyboardScroll } from './scroll-cue';
import { button, el, uid } from './dom';
import { uiWords } from '../text';

/** Options of a modal. */
export interface ModalOptions {
  readonly title: string;
  /** Small text above the title (e.g. the quarter). */
  readonly eyebrow?: string;
  /**
   * Name the dialog by its eyebrow instead of its title, for a dialog whose title a live region
   * announces already (the quarter report): screen readers read a dialog's name as focus enters
   * it, so naming it by the title too would say the headline twice.
   */
  readonly namedByEyebrow?: boolean;
  readonly body: readonly Node[];
  readonly footer: readonly Node[];
  /** When set, Escape and the × button call it; when absent, Escape does nothing. */
  readonly onClose?: () => void;
  readonly className?: string;
}

/** The modal's parts. */
export interface Modal {
  readonly dialog: HTMLDialogElement;
  readonly heading: HTMLHeadingElement;
  readonly body: HTMLElement;
  readonly footer: HTMLElement;
  /** Adds the dialog to `parent` and opens it modally. */
  open(parent: HTMLElement): void;
}

/** Builds a modal dialog (closed until open()). */
export function createModal(o: ModalOptions): Modal {
  const headingId = uid('dlg-title');
  const eyebrowId = uid('dlg-eyebrow');
  const byEyebrow = o.namedByEyebrow === true && Boolean(o.eyebrow);
  const heading = el('h2', {
    className: 'modal__title',
    text: o.title,
    attrs: { id: headingId, tabindex: '-1' },
  });
  const body = el('div', { className: 'modal__body' }, [...o.body]);
  const footer = el('div', { className: 'modal__foot' }, [...o.footer]);
  const head = el('div', { className: 'modal__head' }, [
    el('div', {}, [
      o.eyebrow ? el('p', { className: 'eyebrow', text: o.eyebrow, attrs: { id: eyebrowId } }) : null,
      heading,
    ]),
    o.onClose ? button(uiWords().common.close, o.onClose, 'ghost', 'btn--small') : null,
  ]);
  const dialog = el(
    'dialog',
    {
      className: `modal ${o.className ?? ''}`.trim(),
      attrs: { 'aria-labelledby': byEyebrow ? eyebrowId : headingId },
    },
    [head, body, footer],
  );
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    o.onClose?.();
  });
  return {
    dialog,
    heading,
    body,
    footer,
    open(parent) {
      parent.append(dialog);
      if (!dialog.open) dialog.showModal();
      // A body that scrolls is a tab stop, so the keyboard can scroll it too.
      const stop = followKeyboardScroll(body);
      dialog.addEventListener('close', stop, { once: true });
    },
  };
}
