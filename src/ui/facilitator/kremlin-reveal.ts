/**
 * The Kremlin's hidden state for the facilitator: a toggle that reveals it (and logs that it did),
 * then Putin's belief, the tempo, what the Kremlin has set in motion, which of its options are
 * open now, and how long each posture condition has held.
 */
import { el, uid } from '../dom';
import { icon } from '../icons';
import { interpolate, uiWords } from '../../text';

/** The hidden state in words. */
export interface KremlinReveal {
  /** Label and value of each fact. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly options: readonly { readonly name: string; readonly open: boolean; readonly note: string }[];
  /** "T1 Fiscal exhaustion: National Wealth Fund below 1: 1 of 2 quarters (active)". */
  readonly streaks: readonly string[];
}

/** Builds the section; `update` shows or hides the state. */
export function createKremlinReveal(onReveal: (reveal: boolean) => void): {
  root: HTMLElement;
  update(reveal: boolean, state: KremlinReveal | null, enabled: boolean): void;
} {
  const id = uid('reveal');
  const toggle = el('input', { attrs: { id, type: 'checkbox' } });
  toggle.addEventListener('change', () => onReveal(toggle.checked));
  const body = el('div', { className: 'reveal__body' });
  const root = el('div', { className: 'reveal stack' }, [
    el('label', { className: 'toggle', attrs: { for: id } }, [
      toggle,
      el('span', { text: uiWords().facilitator.revealToggle }),
    ]),
    el('p', {
      className: 'muted',
      text: uiWords().facilitator.revealNote,
    }),
    body,
  ]);
  let shown = '';
  return {
    root,
    update(reveal, state, enabled) {
      toggle.checked = reveal;
      toggle.disabled = !enabled;
      const key = JSON.stringify(reveal ? state : null);
      if (key === shown) return;
      shown = key;
      body.replaceChildren(
        ...(reveal && state
          ? [
              el(
                'dl',
                { className: 'facts' },
                state.facts.flatMap((f) => [
                  el('dt', { text: f.label }),
                  el('dd', { className: 'num', text: f.value }),
                ]),
              ),
              el('h4', { text: uiWords().facilitator.kremlinOptions }),
              el(
                'ul',
                { className: 'reveal__options' },
                state.options.map((o) =>
                  el('li', { className: o.open ? 'is-open' : 'is-closed' }, [
                    icon(o.open ? 'check' : 'circle'),
                    el('span', {
                      text: o.open
                        ? interpolate(uiWords().facilitator.kremlinOptionOpen, { name: o.name })
                        : interpolate(uiWords().facilitator.kremlinOptionClosed, {
                            name: o.name,
                            note: o.note,
                          }),
                    }),
                  ]),
                ),
              ),
              el('h4', { text: uiWords().facilitator.postureStreaks }),
              el(
                'ul',
                { className: 'reveal__streaks' },
                state.streaks.map((t) => el('li', { text: t })),
              ),
            ]
          : []),
      );
    },
  };
}
