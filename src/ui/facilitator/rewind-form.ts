/**
 * "Rewind to": back to the start of a quarter already played, chosen in a list and confirmed first
 * (the quarters after it are undone; the log keeps what happened).
 */
import { button, el, uid } from '../dom';
import { askInPlace } from './confirm-step';
import { interpolate, uiWords } from '../../text';

/** A quarter one can rewind to. */
export interface RewindTarget {
  readonly index: number;
  /** "Start of Q2 2025". */
  readonly label: string;
}

/** Builds the form; `update` refreshes the quarters on offer. */
export function createRewindForm(onRewind: (index: number) => void): {
  root: HTMLElement;
  update(targets: readonly RewindTarget[], enabled: boolean): void;
} {
  const words = uiWords().facilitator;
  const id = uid('rewind');
  const select = el('select', { className: 'input', attrs: { id } });
  const none = el('p', { className: 'muted', text: words.rewindNone });
  const go = button(
    words.rewind,
    () => {
      const index = Number(select.value);
      const label = select.selectedOptions[0]?.textContent ?? '';
      askInPlace(go, {
        question: interpolate(words.rewindQuestion, { quarter: label.toLowerCase() }),
        yes: words.rewindYes,
        onYes: () => onRewind(index),
      });
    },
    'default',
    'btn--small',
  );
  const controls = el('div', { className: 'row rewind__row' }, [select, go]);
  const root = el('div', { className: 'field rewind' }, [
    el('label', { text: words.rewindLabel, attrs: { for: id } }),
    controls,
    none,
  ]);
  let shown = '';
  return {
    root,
    update(targets, enabled) {
      const key = targets.map((t) => t.label).join('|');
      if (key !== shown) {
        shown = key;
        const keep = select.value;
        select.replaceChildren(
          ...targets.map((t) => el('option', { text: t.label, attrs: { value: String(t.index) } })),
        );
        // The latest quarter first: the usual rewind undoes the last quarter.
        select.value = targets.some((t) => String(t.index) === keep)
          ? keep
          : String(targets.at(-1)?.index ?? '');
      }
      controls.hidden = targets.length === 0;
      none.hidden = targets.length > 0;
      select.disabled = !enabled;
      go.disabled = !enabled;
    },
  };
}
