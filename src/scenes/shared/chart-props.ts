/** The chart selector's data → the chart widget's model, with labels and formats from the text layer. */
import type { IndicatorName } from '../../engine';
import type { BandRuns, GameStore } from '../../state';
import { selectChart } from '../../state';
import { chartUnit, formatIndicator, indicatorInfo, quarterText, screenText } from '../../text';
import type { Spread } from '../../engine';
import { chartPoints, type BandPoint, type ChartModel, type ChartPoint } from '../../ui/chart/chart-model';

/**
 * A set of runs' spreads as band points, starting from the last point played (where the runs
 * start, so the band opens from the line), or [] without runs.
 */
export function bandPoints(spreads: readonly (Spread | null)[], anchor: ChartPoint | undefined): BandPoint[] {
  const points = spreads.flatMap((sp, q) =>
    sp ? [{ q, lo90: sp.p5, lo50: sp.p25, mid: sp.p50, hi50: sp.p75, hi90: sp.p95 }] : [],
  );
  if (points.length === 0 || !anchor) return points;
  const v = anchor.v;
  return [{ q: anchor.q, lo90: v, lo50: v, mid: v, hi50: v, hi90: v }, ...points];
}

/** What varied between the runs, in words: "shocks varied" or "shocks and disputed figures varied". */
export function variedText(disputed: boolean): string {
  return screenText(disputed ? 'forecast.variedDisputed' : 'forecast.variedShocks');
}

/**
 * The placeholders every sentence about a set of bands fills: how many runs, the last quarter they
 * reach (`endLabel` as the engine writes it, '2026-Q1', worded "Q1 2026"), what varied and the
 * seed of the set.
 */
export function bandWords(
  b: Pick<BandRuns, 'runs' | 'seed' | 'disputed'>,
  endLabel: string,
): { runs: number; end: string; varied: string; seed: string } {
  return {
    runs: b.runs,
    end: endLabel === '' ? '' : quarterText(endLabel),
    varied: variedText(b.disputed),
    seed: String(b.seed),
  };
}

/** The model of one key chart. */
export function chartModel(s: GameStore, indicator: IndicatorName): ChartModel {
  const d = selectChart(s, indicator);
  const info = indicatorInfo(indicator);
  const format = (v: number): string => formatIndicator(indicator, v);
  const path = chartPoints(d.path);
  return {
    id: indicator,
    title: info.label,
    unit: chartUnit(indicator),
    quarters: d.quarters.length,
    quarterLabels: d.quarters.map((q) => quarterText(q)),
    path,
    pending: chartPoints(d.ghost),
    statusQuo: chartPoints(d.statusQuo),
    pendingBand: bandPoints(d.ghostBand, path.at(-1)),
    statusQuoBand: bandPoints(d.statusQuoBand, path.at(-1)),
    bandNote: d.bandRuns
      ? screenText('chart.bandNote', bandWords(d.bandRuns, d.quarters[d.bandRuns.lastQuarter] ?? ''))
      : null,
    bandCaption: d.bandRuns ? screenText('forecast.caption', bandWords(d.bandRuns, '')) : null,
    baseline: d.baseline.map((v, q) => ({ q, v })),
    modifiedBaseline: d.modifiedBaseline.map((v, q) => ({ q, v })),
    thresholds: d.thresholds.map((value) => ({
      value,
      label: screenText('chart.threshold', { value: format(value) }),
    })),
    forecasts: d.forecasts.map((f) => ({
      fromQuarter: f.fromQuarter,
      toQuarter: f.toQuarter,
      label: f.label,
      value: null,
    })),
    format,
  };
}
