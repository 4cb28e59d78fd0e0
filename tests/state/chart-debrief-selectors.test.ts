import { horizonScore } from '../../src/engine';
/**
 * Selectors of the charts, the negotiation table and the debrief: arrays over the whole horizon,
 * lines joined to the last quarter played, the report's forecasts, and the story of a finished game.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_FORECASTS } from '../../src/scenario/report-forecasts';
import {
  KEY_CHARTS,
  selectCanSettle,
  selectChart,
  selectDebrief,
  selectNegotiationTerms,
} from '../../src/state/selectors/selectors';
import { describeMessage } from '../../src/text';
import {
  makeStore,
  negotiating,
  playQuarters,
  proposalAnswered,
  settledStore,
  startedStore,
} from './helpers';

const params = makeStore().getState().scenario.params;
const horizon = params.horizonQuarters;

describe('selectChart', () => {
  it('gives every key chart arrays of the horizon’s length', () => {
    const store = startedStore();
    playQuarters(store, 3);
    for (const indicator of KEY_CHARTS) {
      const chart = selectChart(store.getState(), indicator);
      for (const series of [chart.quarters, chart.path, chart.ghost, chart.statusQuo, chart.baseline]) {
        expect(series, indicator).toHaveLength(horizon);
      }
    }
  });

  it('places the path, joins the ghost and status-quo lines to the last played point', () => {
    const store = startedStore();
    playQuarters(store, 3);
    store.getState().setAid(22);
    const s = store.getState();
    const chart = selectChart(s, 'westernCohesion');
    const played = s.history.map((r) => r.indicators.westernCohesion);
    expect(chart.quarters.slice(0, 2)).toEqual(['2025-Q1', '2025-Q2']);
    expect(chart.path.slice(0, 4)).toEqual([...played, null]);
    expect(chart.ghost.slice(2, 7)).toEqual([
      played[2],
      ...(s.projection?.pending.map((r) => r.indicators.westernCohesion) ?? []),
    ]);
    expect(chart.ghost[0]).toBeNull();
    expect(chart.statusQuo[3]).toBe(s.projection?.statusQuo[0]?.indicators.westernCohesion);
    expect(chart.ghost[3]).not.toBe(chart.statusQuo[3]);
    expect(chart.baseline).toEqual(s.baselinePath.map((r) => r.indicators.westernCohesion));
  });

  it('carries the thresholds and the report’s forecasts of its indicator', () => {
    const chart = selectChart(startedStore().getState(), 'nwfLiquidTrnRub');
    const starts = params.posture.thresholds.flatMap((t) =>
      t.conditions.filter((c) => c.metric === 'nwfLiquidTrnRub').map((c) => c.start),
    );
    expect(chart.thresholds).toEqual(starts);
    const forecast = REPORT_FORECASTS.find((f) => f.id === 'nwf-exhausted');
    expect(chart.forecasts).toContainEqual({
      label: forecast?.label,
      fromQuarter: forecast?.fromQuarter,
      toQuarter: forecast?.toQuarter,
      sources: forecast?.sources,
    });
  });

  it('returns the same object until the history or the projection change', () => {
    const store = startedStore();
    const before = selectChart(store.getState(), 'fireRatio');
    store.getState().setMuted(true);
    expect(selectChart(store.getState(), 'fireRatio')).toBe(before);
    store.getState().setAid(3);
    expect(selectChart(store.getState(), 'fireRatio')).not.toBe(before);
  });
});

describe('selectNegotiationTerms and selectCanSettle', () => {
  it('list each term with its options and the one on the table', () => {
    const proposal = proposalAnswered('accept');
    const store = negotiating(proposal);
    const terms = selectNegotiationTerms(store.getState());
    expect(terms.map((t) => t.id)).toEqual(
      store.getState().scenario.params.negotiation.terms.map((t) => t.id),
    );
    for (const t of terms) expect(t.options.filter((o) => o.selected).map((o) => o.id)).toEqual([t.selected]);
    expect(Object.fromEntries(terms.map((t) => [t.id, t.selected]))).toEqual(proposal);
    expect(selectCanSettle(store.getState())).toBe(false);
    store.getState().propose();
    expect(selectCanSettle(store.getState())).toBe(true);
  });
});

describe('selectDebrief', () => {
  it('after a whole campaign at the status quo: horizon, timeline, forecasts and totals', () => {
    const store = startedStore();
    playQuarters(store, horizon);
    const d = selectDebrief(store.getState());
    expect(d.outcome?.kind).toBe('horizon');
    const game = store.getState().game!;
    // At the horizon the score is the leverage built: posture levels reached and cohesion left.
    expect(d.score).toBe(
      horizonScore(game.posture.level, game.west.cohesion, store.getState().scenario.params),
    );
    expect(d.headline).toEqual({ code: 'outcome.horizon', values: { quarter: '2027-Q4' } });
    expect(describeMessage(d.headline)).toContain('Q4 2027');
    expect(d.timeline).toHaveLength(horizon);
    expect(d.timeline[0]).toMatchObject({
      quarter: '2025-Q1',
      aid: params.policy.aidStatusQuoBnEurPerQuarter,
      sanctions: params.policy.sanctionsStatusQuoLevel,
      postureBefore: 0,
    });
    const categories = new Set(d.timeline.flatMap((t) => t.events.map((e) => e.category)));
    for (const c of categories) expect(['kremlin', 'threshold', 'posture', 'outcome']).toContain(c);
    expect(categories.has('outcome')).toBe(true);
    for (let i = 1; i < d.timeline.length; i++) {
      expect(d.timeline[i]?.postureBefore).toBe(d.timeline[i - 1]?.postureAfter);
    }
    expect(d.forecasts.map((f) => f.forecast.id)).toEqual(REPORT_FORECASTS.map((f) => f.id));
    expect(d.totals.quarters).toBe(horizon);
    expect(d.totals.aidSpentBnEur).toBeCloseTo(params.policy.aidStatusQuoBnEurPerQuarter * horizon, 9);
    expect(d.totals.russianCasualties).toBeGreaterThan(0);
    expect(d.totals.occupiedKm2Gained).toBeGreaterThan(0);
  });

  it('after a settlement: its score and quarter in the headline', () => {
    const store = settledStore();
    const d = selectDebrief(store.getState());
    expect(d.outcome?.kind).toBe('settlement');
    expect(d.score).toBe(store.getState().game?.outcome?.score);
    expect(describeMessage(d.headline)).toBe(
      `A settlement was reached in Q3 2025, scoring ${d.score} of 100.`,
    );
  });
});
