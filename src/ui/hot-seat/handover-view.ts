/**
 * The hand-over screen of the hot seat: after the West ends its quarter, the device passes to the
 * Kremlin player. A full-screen dialog that hides the West's screen: "I am the Kremlin player"
 * opens the Kremlin's options; "Back to the West's levers" (or Escape) returns to the West's
 * screen with its levers unlocked, for a West that wants to change its mind before handing over.
 */
import { button, el } from '../dom';
import { createModal } from '../modal';
import { interpolate, uiWords } from '../../text';

/** Builds and opens the hand-over screen in `parent`. */
export function openHandover(
  parent: HTMLElement,
  quarter: string,
  onKremlin: () => void,
  onBack: () => void,
): { dialog: HTMLDialogElement; heading: HTMLElement; start: HTMLButtonElement } {
  const words = uiWords().hotSeat;
  const start = button(words.iAmKremlin, onKremlin, 'primary', 'btn--large');
  const back = button(words.backToWest, onBack);
  const modal = createModal({
    title: words.handoverTitle,
    eyebrow: interpolate(words.handoverEyebrow, { quarter }),
    className: 'modal--seat modal--handover',
    body: [
      el('p', {
        className: 'seat__lead',
        text: interpolate(words.handoverLead, { quarter }),
      }),
      el('p', {
        className: 'muted',
        text: words.handoverLookAway,
      }),
    ],
    footer: [back, start],
  });
  modal.dialog.addEventListener('cancel', onBack);
  modal.open(parent);
  start.focus();
  return { dialog: modal.dialog, heading: modal.heading, start };
}
