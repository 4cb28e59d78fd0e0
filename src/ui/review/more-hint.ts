/** The "More below" hint placed after a scroll box; scroll-cue.css shows it while the box has more below. */
import { el } from '../dom';
import { icon } from '../icons';
import { uiWords } from '../../text';

/** A hint element to put right after a box that has a scroll cue attached. */
export function moreHint(): HTMLElement {
  return el('p', { className: 'more-hint', attrs: { 'aria-hidden': 'true' } }, [
    icon('down'),
    uiWords().review.moreBelow,
  ]);
}
