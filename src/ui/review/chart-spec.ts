/**
 * A key chart's data (the store's chart selector, in a structural copy) as a canvas chart: the
 * game's path, the status-quo baseline, the posture thresholds and the report's forecast windows,
 * with words from the text layer. Used by the PNG downloads and the projector.
 */
import type { IndicatorName } from '../../engine';
import { chartUnit, formatIndicator, indicatorInfo, quarterText, interpolate, uiWords } from '../../text';
import { chartPoints } from '../chart/chart-model';
import type { CanvasChartSpec, CanvasLine } from './canvas-chart';

/** What the chart selector returns, as far as a canvas chart needs it. */
export interface ChartDataLike {
  readonly indicator: IndicatorName;
  readonly quarters: readonly string[];
  readonly path: readonly (number | null)[];
  readonly baseline: readonly number[];
  readonly thresholds: readonly number[];
  readonly forecasts: readonly {
    readonly label: string;
    readonly fromQuarter: number;
    readonly toQuarter: number;
  }[];
}

/** Colours of the two lines, per page colour. */
export interface ChartInk {
  readonly path: string;
  readonly baseline: string;
}

/** Ink on the game's dark panels. */
export const DARK_INK: ChartInk = { path: '#e8edf3', baseline: '#8fa3bf' };
/** Ink on a white page. */
export const LIGHT_INK: ChartInk = { path: '#111827', baseline: '#6b7280' };

/** The canvas chart of a key chart's data; `cursor` marks a quarter (or null). Pure. */
export function specFromChartData(
  d: ChartDataLike,
  ink: ChartInk,
  cursor: number | null = null,
): CanvasChartSpec {
  const format = (v: number): string => formatIndicator(d.indicator, v);
  const words = uiWords().review;
  const lines: CanvasLine[] = [
    {
      label: words.chartBaseline,
      points: chartPoints(d.baseline),
      colour: ink.baseline,
      width: 2,
      dash: [],
      marker: 'none',
      endLabel: false,
    },
    {
      label: words.chartThisGame,
      points: chartPoints(d.path),
      colour: ink.path,
      width: 3.5,
      dash: [],
      marker: 'circle',
      endLabel: false,
    },
  ];
  return {
    title: indicatorInfo(d.indicator).label,
    unit: chartUnit(d.indicator),
    quarterLabels: d.quarters.map((q) => quarterText(q)),
    lines,
    thresholds: d.thresholds.map((value) => ({
      value,
      label: interpolate(words.chartThreshold, { value: format(value) }),
    })),
    forecasts: d.forecasts.map((f) => ({ ...f, value: null })),
    format,
    cursor,
  };
}
