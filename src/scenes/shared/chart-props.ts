/** The chart selector's data → the chart widget's model, with labels and formats from the text layer. */
import type { IndicatorName } from '../../engine';
import type { GameStore } from '../../state';
import { selectChart } from '../../state';
import { chartUnit, formatIndicator, indicatorInfo, quarterText, screenText } from '../../text';
import { chartPoints, type ChartModel } from '../../ui/chart/chart-model';

/** The model of one key chart. */
export function chartModel(s: GameStore, indicator: IndicatorName): ChartModel {
  const d = selectChart(s, indicator);
  const info = indicatorInfo(indicator);
  const format = (v: number): string => formatIndicator(indicator, v);
  return {
    id: indicator,
    title: info.label,
    unit: chartUnit(indicator),
    quarters: d.quarters.length,
    quarterLabels: d.quarters.map((q) => quarterText(q)),
    path: chartPoints(d.path),
    pending: chartPoints(d.ghost),
    statusQuo: chartPoints(d.statusQuo),
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
