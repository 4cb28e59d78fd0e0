/**
 * The comparison's charts: every key chart with each team of this scenario overlaid (its own
 * colour, dash and marker, its name at the line's end), drawn on 2D canvases sized to the grid,
 * each with a text alternative listing the teams' last values.
 */
import type { IndicatorName } from '../../engine';
import { formatIndicator, indicatorInfo, quarterText } from '../../text';
import { el } from '../dom';
import { chartCanvas, DARK_THEME, type CanvasChartSpec } from '../review/canvas-chart';
import { teamLine } from './team-styles';
import type { TeamComparisonView } from './teams-model';

/** The spec of one key chart with the teams overlaid; pure. */
export function teamsChartSpec(c: TeamComparisonView, indicator: IndicatorName): CanvasChartSpec {
  const info = indicatorInfo(indicator);
  const overlaid = c.teams.filter((t) => t.series !== null);
  return {
    title: info.label,
    unit: info.ratio ? 'Russian rounds per Ukrainian round' : info.unit || 'index',
    quarterLabels: c.quarters.map((q) => quarterText(q)),
    lines: overlaid.map((t, i) => teamLine(i, t.label, t.series?.[indicator] ?? [])),
    thresholds: [],
    forecasts: [],
    format: (v) => formatIndicator(indicator, v),
    cursor: null,
  };
}

/** What a chart shows, in words, for screen readers. */
function describe(c: TeamComparisonView, indicator: IndicatorName): string {
  const parts = c.teams
    .filter((t) => t.series !== null)
    .map((t) => {
      const values = t.series?.[indicator] ?? [];
      let last = -1;
      values.forEach((v, q) => (v !== null ? (last = q) : undefined));
      const v = values[last];
      return v === undefined || v === null
        ? `${t.label}: no quarters played`
        : `${t.label}: ${formatIndicator(indicator, v)} in ${quarterText(c.quarters[last] ?? '')}`;
    });
  return `${indicatorInfo(indicator).label}. ${parts.join('; ')}.`;
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
        el('figcaption', { className: 'visually-hidden', text: describe(c, id) }),
      ]),
    ),
  );
  grid.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;
  return grid;
}
