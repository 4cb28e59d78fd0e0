/**
 * The scenario's injects on the facilitator's console: each with its title, what it does to the
 * model (its description states the effect), its sources, when it fires (a scheduled quarter or on
 * demand), whether it has fired, and a Fire button that asks for confirmation first.
 */
import { button, el } from '../dom';
import { icon } from '../icons';
import { sourceChips, type SourceLookup } from '../source-chip';
import { askInPlace } from './confirm-step';
import { interpolate, uiWords } from '../../text';

/** One inject as listed. */
export interface InjectRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly sources: readonly string[];
  /** "Scheduled for Q2 2025" or "On demand". */
  readonly when: string;
  readonly fired: boolean;
}

function row(
  r: InjectRow,
  canFire: boolean,
  lookup: SourceLookup,
  onFire: (id: string) => void,
): HTMLLIElement {
  const words = uiWords().facilitator;
  const fire = button(
    words.fire,
    () =>
      askInPlace(fire, {
        question: interpolate(words.fireQuestion, { title: r.title }),
        yes: words.fireYes,
        onYes: () => onFire(r.id),
      }),
    'default',
    'btn--small',
  );
  fire.setAttribute('aria-label', interpolate(words.fireLabel, { title: r.title }));
  fire.disabled = !canFire || r.fired;
  return el('li', { className: `inject${r.fired ? ' inject--fired' : ''}`, attrs: { 'data-key': r.id } }, [
    el('div', { className: 'inject__head' }, [
      el('h4', { className: 'inject__title', text: r.title, attrs: { tabindex: '-1' } }),
      el('span', { className: 'inject__state' }, [
        icon(r.fired ? 'check' : 'circle'),
        r.fired ? words.fired : words.notFired,
      ]),
    ]),
    el('p', { className: 'inject__when muted', text: r.when }),
    el('p', { className: 'inject__desc' }, [r.description, ' ', sourceChips(r.sources, lookup)]),
    el('div', { className: 'inject__actions' }, [fire]),
  ]);
}

/** Builds the list; `update` rebuilds it when the injects or their state change. */
export function createInjectList(
  lookup: SourceLookup,
  onFire: (id: string) => void,
): { root: HTMLElement; update(rows: readonly InjectRow[], canFire: boolean): void } {
  const list = el('ul', { className: 'injects' });
  let shown = '';
  return {
    root: list,
    update(rows, canFire) {
      const key = JSON.stringify([rows, canFire]);
      if (key === shown) return;
      shown = key;
      const focused = document.activeElement?.closest('[data-key]')?.getAttribute('data-key');
      list.replaceChildren(...rows.map((r) => row(r, canFire, lookup, onFire)));
      // Keep the keyboard's place: the row's button, or its title once the inject has fired.
      const again = focused ? list.querySelector(`[data-key="${CSS.escape(focused)}"]`) : null;
      (
        again?.querySelector<HTMLElement>('button:not(:disabled)') ?? again?.querySelector<HTMLElement>('h4')
      )?.focus();
    },
  };
}
