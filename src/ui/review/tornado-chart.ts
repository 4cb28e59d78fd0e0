/**
 * "Which assumption matters": two tornado charts, the quarter of Putin's first posture shift and
 * the final score, each bar spanning the options of one disputed figure (one varied at a time)
 * across the scenario's values, the largest swing on top; the same numbers in a table beneath.
 * Drawn in the DOM, so every label is text a screen reader reads and the bars are decoration.
 * The runs behind it are made elsewhere: the composition root hands over a source with
 * provideTornado (tornado-source.ts), and the slot asks it only while it is on screen.
 */
import { el, uid } from '../dom';
import { interpolate, joinPhrases, uiWords } from '../../text';
import { tornadoSource } from './tornado-source';

/** Where a tornado is shown: the assumptions panel (the scenario's start) or the review (the game played). */
export type TornadoPlace = 'assumptions' | 'review';

/** One figure's bar: its options' medians, lowest and highest, in the chart's units. */
export interface TornadoBarView {
  /** The assumption's name. */
  readonly name: string;
  readonly low: number;
  readonly high: number;
  /** "Q4 2025 · Partly posturing: 0.7": the value and the option at each end. */
  readonly lowValue: string;
  readonly lowOption: string;
  readonly highValue: string;
  readonly highOption: string;
  /** "4 quarters apart"; '' when the options do not differ. */
  readonly swing: string;
}

/** One chart: its title, its scale and the bars, ranked. */
export interface TornadoChartView {
  readonly title: string;
  /** What the left and right ends of the scale mean ("earlier", "later"). */
  readonly lowSide: string;
  readonly highSide: string;
  readonly min: number;
  readonly max: number;
  readonly minText: string;
  readonly maxText: string;
  /** The reference set's median, and "Scenario's values: Q2 2026". */
  readonly central: number;
  readonly centralText: string;
  readonly bars: readonly TornadoBarView[];
}

/** The numbers as a table: column headings and, per figure, one row per option. */
export interface TornadoTableView {
  readonly columns: readonly string[];
  readonly groups: readonly { readonly name: string; readonly rows: readonly (readonly string[])[] }[];
}

/** What the slot shows: the runs being made, their charts, or why there are none. */
export type TornadoView =
  | { readonly status: 'computing'; readonly text: string }
  | { readonly status: 'failed'; readonly text: string }
  | {
      readonly status: 'ready';
      readonly charts: readonly TornadoChartView[];
      /** "200 runs per option, seed 123, one assumption varied at a time …". */
      readonly caption: string;
      /** Under which levers the runs were played. */
      readonly levers: string;
      readonly table: TornadoTableView;
    };

/** Starts the runs a place needs and sends each view to `show`; returns a function that cancels them. */
export type TornadoSource = (place: TornadoPlace, show: (view: TornadoView) => void) => () => void;

/** Where on a scale from min to max a value sits, in percent of the track (0–100). */
function at(value: number, chart: TornadoChartView): number {
  const span = chart.max - chart.min;
  return span <= 0 ? 50 : Math.max(0, Math.min(100, ((value - chart.min) / span) * 100));
}

function barRow(bar: TornadoBarView, chart: TornadoChartView): HTMLElement {
  const low = at(bar.low, chart);
  const high = at(bar.high, chart);
  const centre = at(chart.central, chart);
  const track = el('div', { className: 'tornado__track', attrs: { 'aria-hidden': 'true' } });
  const mark = (className: string, from: number, to: number): HTMLElement => {
    const seg = el('span', { className });
    seg.style.left = `${from}%`;
    seg.style.width = `${Math.max(0, to - from)}%`;
    return seg;
  };
  // The part below the scenario's values and the part above, in two tones and two patterns.
  if (low < centre) track.append(mark('tornado__bar tornado__bar--low', low, Math.min(high, centre)));
  if (high > centre) track.append(mark('tornado__bar tornado__bar--high', Math.max(low, centre), high));
  const line = el('span', { className: 'tornado__centre' });
  line.style.left = `${centre}%`;
  track.append(line);
  const end = (value: string, option: string, side: 'low' | 'high'): HTMLElement =>
    el('span', { className: `tornado__end tornado__end--${side}` }, [
      el('span', { className: 'num tornado__value', text: value }),
      ` ${option}`,
    ]);
  return el('li', { className: 'tornado__row' }, [
    el('div', { className: 'tornado__head' }, [
      el('span', { className: 'tornado__name', text: bar.name }),
      el('span', { className: 'tornado__swing num', text: bar.swing }),
    ]),
    track,
    el('p', { className: 'tornado__ends' }, [
      end(bar.lowValue, bar.lowOption, 'low'),
      end(bar.highValue, bar.highOption, 'high'),
    ]),
  ]);
}

/** The figures whose options all give the same value, one line per value: "Q2 2026 with each: …". */
function flatLines(bars: readonly TornadoBarView[]): HTMLElement[] {
  const byValue = new Map<string, string[]>();
  for (const b of bars) byValue.set(b.lowValue, [...(byValue.get(b.lowValue) ?? []), b.name]);
  const words = uiWords().tornado;
  return [...byValue].map(([value, names]) =>
    el('p', {
      className: 'tornado__flat',
      text: interpolate(words.flatList, { value, names: joinPhrases(names, words.and) }),
    }),
  );
}

function chartFigure(chart: TornadoChartView): HTMLElement {
  const titleId = uid('tornado-title');
  const moving = chart.bars.filter((b) => b.high !== b.low);
  const flat = chart.bars.filter((b) => b.high === b.low);
  return el('figure', { className: 'tornado__chart', attrs: { 'aria-labelledby': titleId } }, [
    el('figcaption', { className: 'tornado__title', text: chart.title, attrs: { id: titleId } }),
    el('p', { className: 'tornado__key muted' }, [
      el('span', { className: 'tornado__key-line', attrs: { 'aria-hidden': 'true' } }),
      chart.centralText,
    ]),
    moving.length > 0
      ? el(
          'ol',
          { className: 'tornado__rows' },
          moving.map((b) => barRow(b, chart)),
        )
      : null,
    moving.length > 0
      ? el('p', { className: 'tornado__axis muted' }, [
          el('span', {}, [el('span', { className: 'num', text: chart.minText }), ` ${chart.lowSide}`]),
          el('span', {}, [`${chart.highSide} `, el('span', { className: 'num', text: chart.maxText })]),
        ])
      : null,
    ...flatLines(flat),
  ]);
}

function numbersTable(view: Extract<TornadoView, { status: 'ready' }>): HTMLElement {
  const words = uiWords().tornado;
  const columns = view.table.columns;
  return el('details', { className: 'tornado__numbers' }, [
    el('summary', { text: words.numbers }),
    // Focusable, so the keyboard can scroll a table wider than a narrow panel.
    el(
      'div',
      {
        className: 'tornado__table-wrap',
        attrs: { tabindex: '0', role: 'region', 'aria-label': words.numbers },
      },
      [
        el('table', { className: 'tornado__table' }, [
          el('caption', { text: `${view.caption} ${view.levers}` }),
          el('thead', {}, [
            el(
              'tr',
              {},
              columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })),
            ),
          ]),
          ...view.table.groups.map((g) =>
            el('tbody', {}, [
              el('tr', { className: 'tornado__group' }, [
                el('th', { text: g.name, attrs: { scope: 'rowgroup', colspan: String(columns.length) } }),
              ]),
              ...g.rows.map((cells) =>
                el(
                  'tr',
                  {},
                  cells.map((c, j) => el('td', { text: c, className: j === 0 ? '' : 'num' })),
                ),
              ),
            ]),
          ),
        ]),
      ],
    ),
  ]);
}

/** The body for one view: a status line while the runs are made, else the charts and their numbers. */
function body(view: TornadoView): HTMLElement[] {
  if (view.status === 'computing')
    return [
      el('p', { className: 'tornado__status', attrs: { role: 'status' } }, [
        el('span', { className: 'tornado__spinner', attrs: { 'aria-hidden': 'true' } }),
        el('span', { text: view.text }),
      ]),
    ];
  if (view.status === 'failed')
    return [
      el('p', { className: 'tornado__status note note--warn', attrs: { role: 'status' }, text: view.text }),
    ];
  return [
    el('p', { className: 'tornado__caption', text: view.caption }),
    el('p', { className: 'tornado__levers muted', text: view.levers }),
    el('div', { className: 'tornado__charts' }, view.charts.map(chartFigure)),
    numbersTable(view),
  ];
}

/**
 * The "Which assumption matters" section for a place. It asks the source for its runs while it is
 * on screen (shown, not in a hidden tab) and cancels them once it leaves it; with no source (no
 * workers) it stays hidden. `dispose` cancels for good.
 */
export function createTornadoSlot(place: TornadoPlace): { root: HTMLElement; dispose(): void } {
  const words = uiWords().tornado;
  const headingId = uid('tornado-h');
  const content = el('div', { className: 'tornado__body' });
  const root = el('section', { className: 'tornado', attrs: { 'aria-labelledby': headingId } }, [
    el('h3', { className: 'tornado__heading', text: words.heading, attrs: { id: headingId } }),
    el('p', {
      className: 'tornado__intro',
      text: place === 'review' ? words.introReview : words.introAssumptions,
    }),
    content,
  ]);
  const from = tornadoSource();
  root.hidden = from === null;
  let cancel: (() => void) | null = null;
  let shownKey = '';
  const show = (view: TornadoView): void => {
    const key = JSON.stringify(view);
    if (key === shownKey) return;
    shownKey = key;
    const open = content.querySelector('details')?.open ?? false;
    content.replaceChildren(...body(view));
    const details = content.querySelector('details');
    if (details && open) details.open = true;
  };
  const want = (onScreen: boolean): void => {
    if (!from) return;
    if (onScreen && !cancel) cancel = from(place, show);
    else if (!onScreen && cancel) {
      cancel();
      cancel = null;
    }
  };
  // Shown or not: a hidden tab, a closed screen and a removed node all have no box.
  let observer: ResizeObserver | null = null;
  if (from && typeof ResizeObserver === 'function') {
    observer = new ResizeObserver(() => want(root.isConnected && root.getClientRects().length > 0));
    observer.observe(root);
  } else want(true);
  return {
    root,
    dispose: () => {
      observer?.disconnect();
      want(false);
    },
  };
}
