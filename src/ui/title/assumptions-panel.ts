/**
 * The assumptions panel, kept apart from policy: three presets that serve as difficulty, then each
 * disputed figure with its range, its sources and its options. Changing them changes the world the
 * next game plays in, never the levers; the charts then draw a modified baseline beside the
 * report's, so the effect of the assumptions and the effect of the player's policy stay apart.
 */
import { el, uid } from '../dom';
import { sourceChips, type SourceLookup } from '../source-chip';
import { createTornadoSlot } from '../review/tornado-chart';
import { interpolate, uiWords } from '../../text';

/** One preset as a radio card. */
export interface PresetView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly selected: boolean;
}

/** One answer to a disputed question. */
export interface AssumptionOptionView {
  readonly id: string;
  readonly label: string;
  readonly sources: readonly string[];
  readonly selected: boolean;
}

/** One disputed figure. */
export interface AssumptionView {
  readonly id: string;
  readonly name: string;
  readonly question: string;
  /** "15–60 tanks a quarter". */
  readonly rangeText: string;
  readonly sources: readonly string[];
  readonly options: readonly AssumptionOptionView[];
}

/** A figure the chosen assumptions set, with its sources' range (what the next game plays with). */
export interface ChosenFigureView {
  /** 'New tank production: IISS: 60–90 a year (15 a quarter).' */
  readonly text: string;
  /** "Sources range from 15 to 60 tanks a quarter", or ''. */
  readonly rangeText: string;
  readonly sources: readonly string[];
}

/** Everything the panel shows. */
export interface AssumptionsProps {
  readonly presets: readonly PresetView[];
  /** What the current choices set; [] for the report's central values. */
  readonly chosen: readonly ChosenFigureView[];
  /** Each disputed figure with its options, to choose one by one ([] when the store offers none). */
  readonly assumptions: readonly AssumptionView[];
  /** True while a game is loaded: its assumptions are fixed until it is left. */
  readonly locked: boolean;
}

/** Where the panel sends choices. */
export interface AssumptionsCallbacks {
  readonly onPreset: (presetId: string) => void;
  readonly onAssumption: (assumptionId: string, optionId: string) => void;
}

function presetCards(props: AssumptionsProps, onPreset: (id: string) => void): HTMLElement {
  const name = uid('preset');
  return el('fieldset', { className: 'group stack' }, [
    el('legend', { text: uiWords().title.difficulty }),
    ...props.presets.map((p) => {
      const input = el('input', {
        attrs: { type: 'radio', name, value: p.id, 'data-key': `preset/${p.id}` },
      });
      input.checked = p.selected;
      input.disabled = props.locked;
      input.addEventListener('change', () => input.checked && onPreset(p.id));
      return el('label', { className: 'rcard rcard--preset' }, [
        input,
        el('span', { className: 'rcard__name', text: p.name }),
        el('span'),
        el('span', { className: 'rcard__desc', text: p.description }),
      ]);
    }),
  ]);
}

function assumptionGroup(
  a: AssumptionView,
  props: AssumptionsProps,
  cb: AssumptionsCallbacks,
  lookup: SourceLookup,
): HTMLElement {
  const name = uid(`assumption-${a.id}`);
  const questionId = uid('assumption-q');
  return el('fieldset', { className: 'group assumption', attrs: { 'aria-describedby': questionId } }, [
    el('legend', { className: 'assumption__name', text: a.name }),
    el('p', { className: 'muted assumption__question', text: a.question, attrs: { id: questionId } }),
    el('p', { className: 'assumption__range' }, [
      el('span', { text: interpolate(uiWords().title.rangeAcross, { range: a.rangeText }) }),
      ' ',
      sourceChips(a.sources, lookup),
    ]),
    el(
      'div',
      { className: 'assumption__options' },
      a.options.map((o) => {
        const input = el('input', {
          attrs: { type: 'radio', name, value: o.id, 'data-key': `${a.id}/${o.id}` },
        });
        input.checked = o.selected;
        input.disabled = props.locked;
        input.addEventListener('change', () => input.checked && cb.onAssumption(a.id, o.id));
        return el('div', { className: 'assumption__option' }, [
          el('label', { className: 'toggle' }, [input, el('span', { text: o.label })]),
          sourceChips(o.sources, lookup),
        ]);
      }),
    ),
  ]);
}

/** What the chosen assumptions set, each figure with its range and sources. */
function chosenFigures(chosen: readonly ChosenFigureView[], lookup: SourceLookup): HTMLElement[] {
  const heading = el('h3', { className: 'assumptions__heading', text: uiWords().title.assumptionsSet });
  if (chosen.length === 0)
    return [heading, el('p', { className: 'muted', text: uiWords().title.centralValues })];
  return [
    heading,
    el(
      'ul',
      { className: 'assumptions__chosen' },
      chosen.map((c) =>
        el('li', { className: 'assumption__chosen' }, [
          el('span', { text: c.text }),
          c.rangeText ? el('span', { className: 'muted', text: ` ${c.rangeText}.` }) : null,
          ' ',
          sourceChips(c.sources, lookup),
        ]),
      ),
    ),
  ];
}

/** Builds the panel; `update` rebuilds it when the choices change (they change rarely). */
export function createAssumptionsPanel(
  props: AssumptionsProps,
  cb: AssumptionsCallbacks,
  lookup: SourceLookup,
): { root: HTMLElement; update(p: AssumptionsProps): void } {
  const body = el('div', { className: 'stack assumptions__body' });
  const root = el('div', { className: 'assumptions stack' }, [
    el('p', {
      className: 'assumptions__note note',
      text: uiWords().title.assumptionsNote,
    }),
    body,
    // Which assumption matters: outside the body, so rebuilding the choices keeps the charts.
    createTornadoSlot('assumptions').root,
  ]);
  let shown = '';
  const update = (p: AssumptionsProps): void => {
    const key = JSON.stringify(p);
    if (key === shown) return;
    shown = key;
    const active = document.activeElement;
    const focusedKey = active && body.contains(active) ? active.getAttribute('data-key') : null;
    body.replaceChildren(
      ...(p.locked
        ? [
            el('p', {
              className: 'note note--warn',
              text: uiWords().title.assumptionsLocked,
            }),
          ]
        : []),
      presetCards(p, cb.onPreset),
      ...chosenFigures(p.chosen, lookup),
      ...(p.assumptions.length > 0
        ? [
            el('h3', { className: 'assumptions__heading', text: uiWords().title.eachFigure }),
            ...p.assumptions.map((a) => assumptionGroup(a, p, cb, lookup)),
          ]
        : []),
    );
    // Rebuilding must not lose the keyboard's place (arrows move through a radio group).
    if (focusedKey)
      body.querySelector<HTMLInputElement>(`input[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
  };
  update(props);
  return { root, update };
}
