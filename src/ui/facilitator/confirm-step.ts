/**
 * An inline confirmation: a question with "Yes" and "Cancel" that takes the place of the button
 * that asked, keyboard first (focus moves to "Yes"; Escape or Cancel restores the button and its
 * focus). Used for actions that change the game at once (fire an inject, rewind).
 */
import { button, el } from '../dom';
import { uiWords } from '../../text';

/** What the confirmation says and does. */
export interface ConfirmOptions {
  readonly question: string;
  readonly yes: string;
  readonly onYes: () => void;
}

/**
 * Replaces `trigger` in its parent by the question until it is answered. Returns the question's
 * element (for tests of the wording).
 */
export function askInPlace(trigger: HTMLElement, o: ConfirmOptions): HTMLElement {
  const restore = (): void => {
    box.replaceWith(trigger);
    trigger.focus();
  };
  const yes = button(
    o.yes,
    () => {
      box.replaceWith(trigger);
      o.onYes();
      if (trigger.isConnected) trigger.focus();
    },
    'primary',
    'btn--small',
  );
  const box = el('div', { className: 'confirm', attrs: { role: 'group', 'aria-label': o.question } }, [
    el('p', { className: 'confirm__question', text: o.question }),
    el('div', { className: 'row' }, [
      yes,
      button(uiWords().facilitator.cancel, restore, 'ghost', 'btn--small'),
    ]),
  ]);
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    // Escape answers the question, not the drawer around it.
    e.preventDefault();
    e.stopPropagation();
    restore();
  });
  trigger.replaceWith(box);
  yes.focus();
  return box;
}
