/**
 * The comparison's charts: every key chart with each team of this scenario overlaid (its own
 * colour, dash and marker, its name at the line's end), the posture thresholds, and the status quo
 * of the war the teams shared when they played one seed; drawn on 2D canvases sized to the grid,
 * each with a text alternative listing the teams' last values.
 */
import type { IndicatorName } from '../../engine';
import { chartUnit, formatIndicator, indicatorInfo, quarterText, interpolate, uiWords } from '../../text';
import { chartPoints } from '../chart/chart-model';
import { el } from '../dom';
import { chartCanvas, DARK_THEME, type CanvasChartSpec, type CanvasLine } from '../review/canvas-chart';
import { teamLine } from './team-styles';
import type { TeamComparisonView } from './teams-model';

/** The words of the status-quo line: changing nothing, in the war the teams shared. */
export function statusQuoLabel(seed: number): string {
  return interpolate(uiWords().teams.statusQuo, { seed: String(seed) });
}

/** The thin grey line of the status quo, under the teams' lines. */
function statusQuoLine(c: TeamComparisonView, indicator: IndicatorName): CanvasLine[] {
  if (!c.statusQuo) return [];
  const line = {
    label: statusQuoLabel(c.statusQuo.seed),
    points: chartPoints(c.statusQuo.series[indicator] ?? []),
    colour: '#8a9ab0',
    width: 2,
    dash: [],
    marker: 'none',
    endLabel: false,
  } as const;
  return [line];
}

/** The spec of one key chart with the teams overlaid; pure. */
export function teamsChartSpec(c: TeamComparisonView, indicator: IndicatorName): CanvasChartSpec {
  const info = indicatorInfo(indicator);
  const overlaid = c.teams.filter((t) => t.series !== null);
  const format = (v: number): string => formatIndicator(indicator, v);
  return {
    title: info.label,
    unit: chartUnit(indicator),
    quarterLabels: c.quarters.map((q) => quarterText(q)),
    lines: [
      ...statusQuoLine(c, indicator),
      ...overlaid.map((t, i) => teamLine(i, t.label, t.series?.[indicator] ?? [])),
    ],
    thresholds: (c.thresholds[indicator] ?? []).map((value) => ({
      value,
      label: interpolate(uiWords().teams.threshold, { value: format(value) }),
    })),
    forecasts: [],
    format,
    cursor: null,
  };
}

/** "Label: value in Q3 2025" at a series' last played quarter, or "Label: no quarters played". */
function lastValue(
  c: TeamComparisonView,
  indicator: IndicatorName,
  label: string,
  values: readonly (number | null)[],
): string {
  let last = -1;
  values.forEach((v, q) => (v !== null ? (last = q) : undefined));
  const v = values[last];
  return v === undefined || v === null
    ? interpolate(uiWords().teams.noQuarters, { label })
    : interpolate(uiWords().teams.lastValue, {
        label,
        value: formatIndicator(indicator, v),
        quarter: quarterText(c.quarters[last] ?? ''),
      });
}

/** What a chart shows, in words, for screen readers. */
export function describeTeamsChart(c: TeamComparisonView, indicator: IndicatorName): string {
  const parts = c.teams
    .filter((t) => t.series !== null)
    .map((t) => lastValue(c, indicator, t.label, t.series?.[indicator] ?? []));
  if (c.statusQuo)
    parts.push(
      lastValue(c, indicator, statusQuoLabel(c.statusQuo.seed), c.statusQuo.series[indicator] ?? []),
    );
  const thresholds = (c.thresholds[indicator] ?? []).map((v) => formatIndicator(indicator, v));
  const words = uiWords().teams;
  return interpolate(thresholds.length > 0 ? words.chartDescriptionThresholds : words.chartDescription, {
    title: indicatorInfo(indicator).label,
    parts: parts.join('; '),
    thresholds: thresholds.join(', '),
  });
}

/** The grid of charts; `width` is the grid's width in px. */
export function teamsCharts(c: TeamComparisonView, width: number): HTMLElement {
  const columns = width >= 1300 ? 3 : width >= 760 ? 2 : 1;
  // Each figure has a 1-px border on both sides.
  const w = Math.max(300, Math.floor((width - (columns - 1) * 16) / columns) - 2);
  const h = Math.round(Math.min(340, Math.max(260, w * 0.62)));
  const grid = el(
    'div',
    { className: 'teams-charts' },
    c.charts.map((id) =>
      el('figure', { className: 'teams-chart' }, [
        chartCanvas(teamsChartSpec(c, id), w, h, DARK_THEME),
        el('figcaption', { className: 'visually-hidden', text: describeTeamsChart(c, id) }),
      ]),
    ),
  );
  grid.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;
  return grid;
}
