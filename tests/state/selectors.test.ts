/**
 * Selectors give the screens every number in the documented shape, without the screens touching
 * the engine; memoised ones hand back the same object while what they read is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_FORECASTS } from '../../src/scenario/report-forecasts';
import {
  INDICATOR_GROUPS,
  KEY_CHARTS,
  selectCanSettle,
  selectChart,
  selectDebrief,
  selectIndicatorRows,
  selectIsOver,
  selectNegotiationTerms,
  selectPolicyCosts,
  selectPostureTrack,
  selectQuarterLabel,
  selectScenario,
} from '../../src/state/selectors';
import { makeStore, negotiating, patchState, playQuarters, proposalAnswered, startedStore } from './helpers';

const params = makeStore().getState().scenario.params;
const horizon = params.horizonQuarters;
const materialIds = params.posture.thresholds.filter((t) => t.kind === 'material').map((t) => t.id);

describe('scenario, quarter and ending', () => {
  it('name the scenario and the quarter being decided', () => {
    const store = startedStore();
    expect(selectScenario(store.getState()).id).toBe('baseline-2025');
    expect(selectQuarterLabel(store.getState())).toBe('2025-Q1');
    playQuarters(store, 2);
    expect(selectQuarterLabel(store.getState())).toBe('2025-Q3');
    expect(selectIsOver(store.getState())).toBe(false);
    playQuarters(store, horizon);
    expect(selectQuarterLabel(store.getState())).toBe('2027-Q4');
    expect(selectIsOver(store.getState())).toBe(true);
  });
});

describe('selectIndicatorRows', () => {
  it('lists the fixed indicators by group; before Q1 stocks come from the opening state', () => {
    const s = startedStore().getState();
    const rows = selectIndicatorRows(s);
    expect(rows.map((r) => r.name)).toEqual(Object.values(INDICATOR_GROUPS).flat());
    expect([...new Set(rows.map((r) => r.group))]).toEqual([
      'Equipment',
      'Ammunition',
      'Manpower',
      'Economy',
      'Battlefield',
      'The West',
    ]);
    const tanks = rows.find((r) => r.name === 'tanksStorageRestorable');
    expect(tanks).toMatchObject({
      value: s.game?.equipment.tanksStorageRestorable,
      previous: null,
      delta: null,
    });
    expect(tanks?.series).toEqual([]);
    expect(rows.find((r) => r.name === 'casualties')?.value).toBeNull();
  });

  it('after quarters: latest value, the one before, the change and the series', () => {
    const store = startedStore();
    playQuarters(store, 2);
    const s = store.getState();
    const row = selectIndicatorRows(s).find((r) => r.name === 'nwfLiquidTrnRub');
    const [q1, q2] = s.history.map((r) => r.indicators.nwfLiquidTrnRub);
    expect(row?.value).toBe(q2);
    expect(row?.previous).toBe(q1);
    expect(row?.delta).toBeCloseTo((q2 ?? 0) - (q1 ?? 0), 12);
    expect(row?.series).toEqual([q1, q2]);
    const t1 = params.posture.thresholds.find((t) =>
      t.conditions.some((c) => c.metric === 'nwfLiquidTrnRub'),
    );
    const condition = t1?.conditions.find((c) => c.metric === 'nwfLiquidTrnRub');
    expect(row?.threshold).toMatchObject({
      id: t1?.id,
      value: condition?.start,
      direction: condition?.direction,
    });
  });

  it('shows every threshold metric of the scenario with its threshold', () => {
    const s = startedStore().getState();
    const rows = selectIndicatorRows(s);
    for (const t of s.scenario.params.posture.thresholds) {
      for (const c of t.conditions) {
        expect(rows.find((r) => r.name === c.metric)?.threshold, c.metric).not.toBeNull();
      }
    }
  });

  it('returns the same object until the game moves', () => {
    const store = startedStore();
    const before = selectIndicatorRows(store.getState());
    store.getState().setVolume(0.1);
    store.getState().setAid(12);
    expect(selectIndicatorRows(store.getState())).toBe(before);
    store.getState().endQuarter();
    expect(selectIndicatorRows(store.getState())).not.toBe(before);
  });
});

describe('selectPostureTrack', () => {
  it('shows the levels, the next one and a sentence on the way there', () => {
    const track = selectPostureTrack(startedStore().getState());
    const next = params.posture.levels[1];
    expect(track.levels.map((l) => l.current)).toEqual(params.posture.levels.map((l) => l.level === 0));
    expect(track.next).toEqual({ level: 1, name: next?.name });
    expect(track.pressures.map((p) => p.id)).toEqual(materialIds);
    expect(track.sentence).toContain(' of ');
    expect(track.sentence).toBe(
      `0 of ${next?.pressuresRequired} pressures active; his belief that the West will quit: ` +
        `${params.initial.beliefWestQuits.toFixed(2)}, shifts below ${next?.beliefBelow.toFixed(2)}`,
    );
    expect(track.frozen).toBe(false);
  });

  it('says so at the top of the track, and when a mobilisation holds the posture', () => {
    const store = startedStore();
    const top = params.posture.levels.length - 1;
    patchState(store, (d) => {
      if (d.game) d.game.posture.level = top;
    });
    const track = selectPostureTrack(store.getState());
    expect(track.current).toBe(top);
    expect(track.next).toBeNull();
    expect(track.sentence).toBe(
      `0 of ${materialIds.length} pressures active; his belief that the West will quit: ` +
        `${params.initial.beliefWestQuits.toFixed(2)}; he is at the top of the track`,
    );
    patchState(store, (d) => {
      if (d.game) d.game.posture.freezeQuartersLeft = 2;
    });
    expect(selectPostureTrack(store.getState()).frozen).toBe(true);
    expect(selectPostureTrack(store.getState()).sentence).toMatch(/holds him for 2 more quarters$/);
  });
});

describe('selectPolicyCosts', () => {
  it('prices the levers in cohesion a quarter, fatigue included', () => {
    const store = startedStore();
    const cohesion = params.initial.westernCohesion;
    const fatigue = params.west.cohesionFatiguePerQuarter;
    expect(selectPolicyCosts(store.getState())).toEqual({
      aidCohesionPerQuarter: 0,
      sanctionsCohesionPerQuarter: 0,
      totalPerQuarter: -fatigue,
      cohesion,
      quartersToCollapseAtThisRate: Math.ceil(cohesion / fatigue),
    });
    store.getState().setAid(20);
    store.getState().setSanctions(3);
    const costly = selectPolicyCosts(store.getState());
    const sq = params.policy.aidStatusQuoBnEurPerQuarter;
    expect(costly.aidCohesionPerQuarter).toBeCloseTo(
      -params.west.cohesionCostPerBnEurAboveStatusQuo * (20 - sq),
      9,
    );
    expect(costly.sanctionsCohesionPerQuarter).toBe(
      -(params.policy.sanctionsLevels[3]?.cohesionCostPerQuarter ?? 0),
    );
    expect(costly.totalPerQuarter).toBeCloseTo(
      costly.aidCohesionPerQuarter + costly.sanctionsCohesionPerQuarter - fatigue,
      12,
    );
    expect(costly.quartersToCollapseAtThisRate).toBe(Math.ceil(cohesion / -costly.totalPerQuarter));
  });

  it('has no collapse date when the levers do not drain cohesion', () => {
    const store = startedStore();
    patchState(store, (d) => {
      d.scenario.params.west.cohesionFatiguePerQuarter = 0;
    });
    store.getState().setAid(0);
    store.getState().setSanctions(0);
    expect(selectPolicyCosts(store.getState()).totalPerQuarter).toBeGreaterThanOrEqual(0);
    expect(selectPolicyCosts(store.getState()).quartersToCollapseAtThisRate).toBeNull();
  });
});

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
    expect(d.score).toBe(0);
    expect(d.headline).toContain('2027-Q4');
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
    const store = startedStore();
    playQuarters(store, 2);
    store.getState().openNegotiation();
    for (const [term, option] of Object.entries(proposalAnswered('accept')))
      store.getState().setTerm(term, option);
    store.getState().propose();
    store.getState().settle();
    const d = selectDebrief(store.getState());
    expect(d.outcome?.kind).toBe('settlement');
    expect(d.score).toBe(store.getState().game?.outcome?.score);
    expect(d.headline).toBe(`A settlement was reached in 2025-Q3, scoring ${d.score} of 100.`);
  });
});
