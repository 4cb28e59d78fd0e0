/**
 * The title screen's play modes: the tutorial, facilitator mode and the Kremlin played by a person,
 * each a labelled checkbox with one line saying what it does.
 */
import { el, uid } from '../dom';

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
  const tutorial = mode(
    'Tutorial',
    'One lever and one indicator explained in each of the first three quarters; skip it at any time.',
    cb.onTutorial,
  );
  const facilitator = mode(
    'Facilitator mode',
    'A console for whoever runs the session: pause, fire injects, override outcomes, rewind, projector.',
    cb.onFacilitator,
  );
  const hotSeat = mode(
    'Kremlin played by a person',
    'After the West ends each quarter, pass the device to the Kremlin player, who picks Russia’s moves.',
    cb.onHotSeat,
  );
  const root = el('fieldset', { className: 'group stack modes' }, [
    el('legend', { text: 'Play modes' }),
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
