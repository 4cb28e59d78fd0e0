/**
 * The title screen's play modes: the tutorial, facilitator mode and the Kremlin played by a person,
 * each a labelled checkbox with one line saying what it does.
 */
import { el, uid } from '../dom';
import { uiWords } from '../../text';

/** Which modes are on. */
export interface PlayModesProps {
  readonly tutorial: boolean;
  readonly facilitator: boolean;
  readonly hotSeat: boolean;
}

/** Where the toggles send changes. */
export interface PlayModesCallbacks {
  readonly onTutorial: (on: boolean) => void;
  readonly onFacilitator: (on: boolean) => void;
  readonly onHotSeat: (on: boolean) => void;
}

function mode(
  label: string,
  explanation: string,
  onChange: (on: boolean) => void,
): {
  root: HTMLElement;
  input: HTMLInputElement;
} {
  const hintId = uid('mode-hint');
  const input = el('input', { attrs: { type: 'checkbox', 'aria-describedby': hintId } });
  input.addEventListener('change', () => onChange(input.checked));
  const root = el('div', { className: 'mode' }, [
    el('label', { className: 'toggle mode__toggle' }, [input, el('span', { text: label })]),
    el('p', { className: 'muted mode__hint', text: explanation, attrs: { id: hintId } }),
  ]);
  return { root, input };
}

/** Builds the toggles; `update` syncs them with the store. */
export function createPlayModes(
  props: PlayModesProps,
  cb: PlayModesCallbacks,
): { root: HTMLElement; update(p: PlayModesProps): void } {
  const tutorial = mode(uiWords().title.tutorial, uiWords().title.tutorialHint, cb.onTutorial);
  const facilitator = mode(uiWords().title.facilitator, uiWords().title.facilitatorHint, cb.onFacilitator);
  const hotSeat = mode(uiWords().title.hotSeat, uiWords().title.hotSeatHint, cb.onHotSeat);
  const root = el('fieldset', { className: 'group stack modes' }, [
    el('legend', { text: uiWords().title.playModes }),
    tutorial.root,
    facilitator.root,
    hotSeat.root,
  ]);
  const update = (p: PlayModesProps): void => {
    tutorial.input.checked = p.tutorial;
    facilitator.input.checked = p.facilitator;
    hotSeat.input.checked = p.hotSeat;
  };
  update(props);
  return { root, update };
}
