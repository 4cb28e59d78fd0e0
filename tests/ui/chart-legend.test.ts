import { describe, expect, it } from 'vitest';
import { LEGEND_ITEMS, legendEntriesFor } from '../../src/ui/chart/chart-legend';
import type { ChartModel } from '../../src/ui/chart/chart-model';

/** A chart model with every line drawn; tests take lines away. */
function model(overrides: Partial<ChartModel> = {}): ChartModel {
  const line = [
    { q: 0, v: 1 },
    { q: 1, v: 2 },
  ];
  return {
    id: 'nwfLiquidTrnRub',
    title: 'Liquid National Wealth Fund',
    unit: 'trillion rubles',
    quarters: 12,
    quarterLabels: [],
    path: line,
    pending: line,
    statusQuo: line,
    pendingBand: [{ q: 1, lo90: 1, lo50: 1.5, mid: 2, hi50: 2.5, hi90: 3 }],
    statusQuoBand: [],
    bandNote: '500 runs',
    baseline: line,
    modifiedBaseline: line,
    thresholds: [{ value: 1, label: 'Threshold 1.00 trn ₽' }],
    forecasts: [{ fromQuarter: 2, toQuarter: 3, label: 'Report', value: null }],
    format: String,
    ...overrides,
  };
}

describe('the chart legend names only the lines the chart draws', () => {
  it('lists every entry when every line is drawn', () => {
    expect([...legendEntriesFor(model())]).toEqual(LEGEND_ITEMS.map((i) => i.id));
  });

  it('leaves out the projection once the game is over (the debrief draws none)', () => {
    const shown = legendEntriesFor(model({ pending: [], statusQuo: [], pendingBand: [] }));
    expect(shown.has('pending')).toBe(false);
    expect(shown.has('status-quo')).toBe(false);
    expect(shown.has('band')).toBe(false);
    expect(shown.has('path')).toBe(true);
  });

  it('leaves out thresholds, forecasts and the modified baseline when the chart has none', () => {
    const shown = legendEntriesFor(model({ thresholds: [], forecasts: [], modifiedBaseline: [] }));
    expect([...shown]).toEqual(['path', 'pending', 'status-quo', 'band', 'baseline']);
  });
});
