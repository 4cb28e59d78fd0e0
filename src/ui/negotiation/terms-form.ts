/**
 * The terms of a proposed settlement: one radio group per term (a fieldset with its legend), each
 * option with what it costs Russia in concession points and how acceptable it is to the US,
 * Ukraine and Europe.
 */
import { el, uid } from '../dom';
import { countOf, nouns, interpolate, uiWords } from '../../text';

/** One option as shown. */
export interface TermOptionProps {
  readonly id: string;
  readonly label: string;
  readonly kremlinCost: number;
  readonly acceptability: { readonly us: number; readonly ukraine: number; readonly europe: number };
  readonly selected: boolean;
}

/** One term as shown. */
export interface TermProps {
  readonly id: string;
  readonly name: string;
  readonly options: readonly TermOptionProps[];
}

const pct = (v: number): string => `${Math.round(v * 100)}%`;

/** "Costs Russia 2 points · US 70% · Ukraine 45% · Europe 60%"; pure. */
export function optionMeta(o: Pick<TermOptionProps, 'kremlinCost' | 'acceptability'>): string {
  const words = uiWords().negotiation;
  const cost =
    o.kremlinCost === 0
      ? words.noConcession
      : interpolate(words.concedes, { points: countOf(o.kremlinCost, nouns().pt) });
  return interpolate(words.optionMeta, {
    cost,
    us: pct(o.acceptability.us),
    ukraine: pct(o.acceptability.ukraine),
    europe: pct(o.acceptability.europe),
  });
}

/** Builds the form; `update` moves the checked options. */
export function createTermsForm(
  terms: readonly TermProps[],
  onTerm: (termId: string, optionId: string) => void,
): { root: HTMLElement; update(terms: readonly TermProps[]): void } {
  const inputs = new Map<string, HTMLInputElement>();
  const root = el(
    'div',
    { className: 'terms' },
    terms.map((t) => {
      const name = uid(`term-${t.id}`);
      return el('fieldset', { className: 'group term' }, [
        el('legend', { text: t.name }),
        ...t.options.map((o) => {
          const input = el('input', { attrs: { type: 'radio', name, value: o.id } });
          input.addEventListener('change', () => input.checked && onTerm(t.id, o.id));
          inputs.set(`${t.id}/${o.id}`, input);
          return el('label', { className: 'rcard rcard--term' }, [
            input,
            el('span', { className: 'rcard__name', text: o.label }),
            el('span'),
            el('span', { className: 'rcard__desc', text: optionMeta(o) }),
          ]);
        }),
      ]);
    }),
  );
  const update = (ts: readonly TermProps[]): void => {
    for (const t of ts)
      for (const o of t.options) {
        const input = inputs.get(`${t.id}/${o.id}`);
        if (input) input.checked = o.selected;
      }
  };
  update(terms);
  return { root, update };
}
