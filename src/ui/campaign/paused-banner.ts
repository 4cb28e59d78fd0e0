/**
 * The banner the campaign shows while the facilitator has paused the game: in words and with an
 * icon (never colour alone), announced to screen readers, saying that the levers and End quarter
 * wait for the facilitator. The live region stays in the page; only its content comes and goes.
 */
import { el } from '../dom';
import { icon } from '../icons';
import { uiWords } from '../../text';

/** Builds the banner's live region (empty until `update(true)`). */
export function createPausedBanner(): { root: HTMLElement; update(paused: boolean): void } {
  const root = el('div', { className: 'paused-live', attrs: { role: 'status' } });
  let shown = false;
  const update = (paused: boolean): void => {
    if (paused === shown) return;
    shown = paused;
    root.replaceChildren(
      ...(paused
        ? [
            el('p', { className: 'paused-banner' }, [
              icon('warning'),
              el('span', {}, [
                el('strong', { text: uiWords().campaign.pausedTitle }),
                uiWords().campaign.pausedBody,
              ]),
            ]),
          ]
        : []),
    );
  };
  return { root, update };
}
