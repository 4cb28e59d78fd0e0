/**
 * The hand-over screen of the hot seat: after the West ends its quarter, the device passes to the
 * Kremlin player. A full-screen dialog that hides the West's screen: "I am the Kremlin player"
 * opens the Kremlin's options; "Back to the West's levers" (or Escape) returns to the West's
 * screen with its levers unlocked, for a West that wants to change its mind before handing over.
 */
import { button, el } from '../dom';
import { createModal } from '../modal';

/** Builds and opens the hand-over screen in `parent`. */
export function openHandover(
  parent: HTMLElement,
  quarter: string,
  onKremlin: () => void,
  onBack: () => void,
): { dialog: HTMLDialogElement; heading: HTMLElement; start: HTMLButtonElement } {
  const start = button('I am the Kremlin player', onKremlin, 'primary', 'btn--large');
  const back = button('Back to the West’s levers', onBack);
  const modal = createModal({
    title: 'Pass the device to the Kremlin player',
    eyebrow: `Hot seat · ${quarter}`,
    className: 'modal--seat modal--handover',
    body: [
      el('p', {
        className: 'seat__lead',
        text: `The West has set its aid and sanctions for ${quarter}. Now the Kremlin player chooses Russia’s moves for the quarter.`,
      }),
      el('p', {
        className: 'muted',
        text: 'West players, look away: you will see the Kremlin’s choices only in the quarter report. Everything else still follows the rules.',
      }),
    ],
    footer: [back, start],
  });
  modal.dialog.addEventListener('cancel', onBack);
  modal.open(parent);
  start.focus();
  return { dialog: modal.dialog, heading: modal.heading, start };
}
