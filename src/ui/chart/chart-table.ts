/** The text alternative of a chart: a visually hidden table of every series by quarter. */
import { el } from '../dom';
import { MODIFIED_BASELINE_LABEL } from './chart-legend';
import type { ChartModel, ChartPoint } from './chart-model';

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
  const modified = model.modifiedBaseline.length > 0;
  const head = [
    'Quarter',
    'So far',
    'Your policy',
    'Status quo',
    'Status quo since Q1 2025',
    ...(modified ? [MODIFIED_BASELINE_LABEL] : []),
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
    if (values.every((v) => v === undefined)) continue;
    const name = q < 0 ? 'Start' : (model.quarterLabels[q] ?? String(q));
    rows.push(el('tr', {}, [el('th', { text: name, attrs: { scope: 'row' } }), ...values.map(cell)]));
  }
  const thresholds = model.thresholds.map((t) => `${t.label}: ${model.format(t.value)}`).join('; ');
  return el('table', { className: 'visually-hidden' }, [
    el('caption', {
      text: `${model.title}, ${model.unit}, by quarter.${thresholds ? ` Thresholds: ${thresholds}.` : ''}`,
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
