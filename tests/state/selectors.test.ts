/**
 * Selectors give the screens every number in the documented shape, without the screens touching
 * the engine; memoised ones hand back the same object while what they read is unchanged. Here:
 * the scenario and quarter, the indicator table, the posture track and the price of the levers.
 */
import { describe, expect, it } from 'vitest';
import {
  INDICATOR_GROUPS,
  selectIndicatorRows,
  selectIsOver,
  selectPolicyCosts,
  selectPostureTrack,
  selectQuarterLabel,
  selectScenario,
} from '../../src/state/selectors/selectors';
import { describeMessage } from '../../src/text';
import { makeStore, patchState, playQuarters, startedStore } from './helpers';

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
    expect(describeMessage(track.sentence)).toContain(' of ');
    expect(describeMessage(track.sentence)).toBe(
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
    expect(describeMessage(track.sentence)).toBe(
      `0 of ${materialIds.length} pressures active; his belief that the West will quit: ` +
        `${params.initial.beliefWestQuits.toFixed(2)}; he is at the top of the track`,
    );
    patchState(store, (d) => {
      if (d.game) d.game.posture.freezeQuartersLeft = 2;
    });
    expect(selectPostureTrack(store.getState()).frozen).toBe(true);
    expect(describeMessage(selectPostureTrack(store.getState()).sentence)).toMatch(
      /holds him for 2 more quarters$/,
    );
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
