/** The text alternative of a chart: a visually hidden table of every series by quarter. */
import { el } from '../dom';
import type { BandPoint, ChartModel, ChartPoint } from './chart-model';
import { interpolate, uiWords } from '../../text';

function at(series: readonly ChartPoint[], q: number): number | undefined {
  return series.find((p) => p.q === q)?.v;
}

/**
 * Builds the table (caption, one row per quarter with a value in any series). The status quo under
 * the player's assumptions gets a column of its own only while it differs from the report's.
 */
export function chartTable(model: ChartModel): HTMLTableElement {
  const cell = (v: number | undefined): HTMLTableCellElement =>
    el('td', { text: v === undefined ? '—' : model.format(v) });
  const words = uiWords().chart;
  const modified = model.modifiedBaseline.length > 0;
  const bands = model.pendingBand.length > 0;
  /** A band's ranges at a quarter, in words, or a dash. */
  const range = (band: readonly BandPoint[], q: number): HTMLTableCellElement => {
    // The band's first point is the quarter played, where every run starts: no range there.
    const b = band.find((x, i) => x.q === q && i > 0);
    const f = model.format;
    return el('td', {
      text: b
        ? interpolate(words.tableRange, {
            mid: f(b.mid),
            lo50: f(b.lo50),
            hi50: f(b.hi50),
            lo90: f(b.lo90),
            hi90: f(b.hi90),
          })
        : '—',
    });
  };
  const head = [
    words.tableQuarter,
    words.tableSoFar,
    words.tablePolicy,
    words.tableStatusQuo,
    words.tableBaseline,
    ...(modified ? [words.legendModifiedBaseline] : []),
    ...(bands ? [words.tablePolicyRange, words.tableStatusQuoRange] : []),
  ];
  const series = [
    model.path,
    model.pending,
    model.statusQuo,
    model.baseline,
    ...(modified ? [model.modifiedBaseline] : []),
  ];
  const rows: HTMLTableRowElement[] = [];
  for (let q = -1; q < model.quarters; q += 1) {
    const values = series.map((s) => at(s, q));
    // A quarter only the runs reach (forecasting to the end of the game) still gets its row.
    const ranged = bands && model.pendingBand.some((b, i) => b.q === q && i > 0);
    if (values.every((v) => v === undefined) && !ranged) continue;
    const name = q < 0 ? words.tableStart : (model.quarterLabels[q] ?? String(q));
    const ranges = bands ? [range(model.pendingBand, q), range(model.statusQuoBand, q)] : [];
    rows.push(
      el('tr', {}, [el('th', { text: name, attrs: { scope: 'row' } }), ...values.map(cell), ...ranges]),
    );
  }
  // A label that already gives the value ("Threshold 1.00 trn ₽") is not followed by it again.
  const thresholds = model.thresholds
    .map((t) => {
      const value = model.format(t.value);
      return t.label.includes(value) ? t.label : interpolate(words.tableThreshold, { label: t.label, value });
    })
    .join('; ');
  return el('table', { className: 'visually-hidden' }, [
    el('caption', {
      text: [
        interpolate(thresholds ? words.tableCaptionThresholds : words.tableCaption, {
          title: model.title,
          unit: model.unit,
          thresholds,
        }),
        model.bandNote,
      ]
        .filter(Boolean)
        .join(' '),
    }),
    el('thead', {}, [
      el(
        'tr',
        {},
        head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
      ),
    ]),
    el('tbody', {}, rows),
  ]);
}
