/**
 * The one-page memo of a game, for print and "Save as PDF": the scenario, the outcome and its
 * score explained, the decisions quarter by quarter, the key figures beside the status quo, the
 * sources cited (footnote keys with titles, no links) and the caveats. Shown on screen as a paper
 * preview in the Exports tab and, the same builder, alone on the print page.
 */
import { el } from '../dom';
import { textTable } from './table-parts';
import { uiWords } from '../../text';

/** One quarter's decisions in the memo. */
export interface MemoDecision {
  readonly quarter: string;
  readonly aid: string;
  readonly sanctions: string;
  readonly posture: string;
  readonly headline: string;
}

/** Everything the memo prints. */
export interface MemoProps {
  readonly scenarioName: string;
  /** "Figures as of 19 February 2025". */
  readonly vintage: string;
  /** "Seed 7 · 12 quarters played". */
  readonly meta: string;
  readonly outcomeTitle: string;
  readonly score: number;
  readonly headline: string;
  readonly explanation: readonly string[];
  /** The settlement's terms in one line, or '' when there is no settlement. */
  readonly terms: string;
  readonly decisions: readonly MemoDecision[];
  readonly figures: readonly { readonly label: string; readonly game: string; readonly statusQuo: string }[];
  readonly totals: string;
  readonly sources: readonly { readonly key: string; readonly title: string }[];
  readonly caveats: readonly string[];
}

function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  className: string,
): HTMLTableElement {
  return textTable(el('caption', { text: caption }), head, rows, `memo__table ${className}`);
}

/** Builds the memo (an <article class="memo">). */
export function buildMemo(p: MemoProps): HTMLElement {
  const words = uiWords().review;
  return el('article', { className: 'memo', attrs: { 'aria-label': words.memoLabel } }, [
    el('header', { className: 'memo__head' }, [
      el('p', { className: 'memo__kicker', text: words.memoKicker }),
      el('h1', { className: 'memo__title', text: p.scenarioName }),
      el('p', { className: 'memo__meta', text: `${p.vintage} · ${p.meta}` }),
    ]),
    el('section', { className: 'memo__outcome' }, [
      el('p', { className: 'memo__score' }, [
        el('strong', { text: p.outcomeTitle }),
        el('span', { className: 'memo__score-num', text: ` · ${p.score} / 100` }),
      ]),
      el('p', { className: 'memo__headline', text: p.headline }),
      p.terms
        ? el('p', { className: 'memo__small' }, [el('strong', { text: words.memoTerms }), p.terms])
        : null,
      ...p.explanation.map((t) => el('p', { className: 'memo__small', text: t })),
    ]),
    table(
      words.memoDecisions,
      [words.memoQuarter, words.memoAid, words.memoSanctions, words.memoPosture, words.memoHeadline],
      p.decisions.map((d) => [d.quarter, d.aid, d.sanctions, d.posture, d.headline]),
      'memo__decisions',
    ),
    el('div', { className: 'memo__cols' }, [
      el('div', {}, [
        table(
          words.memoFigures,
          [words.memoFigure, words.memoThisGame, words.memoStatusQuo],
          p.figures.map((f) => [f.label, f.game, f.statusQuo]),
          'memo__figures',
        ),
        el('p', { className: 'memo__small', text: p.totals }),
      ]),
      el('section', { className: 'memo__caveats' }, [
        el('h2', { className: 'memo__h', text: words.memoCaveats }),
        el(
          'ul',
          {},
          p.caveats.map((c) => el('li', { text: c })),
        ),
      ]),
    ]),
    el('section', { className: 'memo__sources' }, [
      el('h2', { className: 'memo__h', text: words.memoSources }),
      el('p', {
        className: 'memo__small',
        text: words.memoSourcesNote,
      }),
      el(
        'ol',
        {},
        p.sources.map((s) => el('li', {}, [el('strong', { text: s.key }), ` ${s.title}`])),
      ),
    ]),
  ]);
}
