/**
 * Assumptions are kept apart from policy: chosen one by one or as a preset, they set the parameters
 * of the next game (the scenario under the assumptions), draw the status-quo path under them
 * (modifiedBaselinePath) beside the report's own baseline (baselinePath), and are fixed while a
 * game is loaded.
 */
import { describe, expect, it } from 'vitest';
import { createInitialState, replay, type Policy } from '../../src/engine';
import { ASSUMPTIONS, applyAssumptions, getBundledScenario } from '../../src/scenario';
import { selectChart } from '../../src/state/selectors/selectors';
import { makeStore } from './helpers';

const shipped = getBundledScenario('baseline-2025');
const first = ASSUMPTIONS[0]!;
const otherOption = first.options.find((o) => o.id !== first.centralOption)!;

/** The status-quo path over the horizon under some parameters. */
function statusQuoPath(params: typeof shipped.params, seed: number) {
  const policy: Policy = {
    aidBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter,
    sanctionsLevel: params.policy.sanctionsStatusQuoLevel,
  };
  return replay(params, seed, new Array<Policy>(params.horizonQuarters).fill(policy)).reports;
}

describe('assumptions', () => {
  it('start as the scenario’s own values', () => {
    const s = makeStore().getState();
    expect(s.assumptions).toEqual({});
    expect(s.assumptionPreset).toBeNull();
    expect(s.scenario).toBe(shipped);
  });

  it('setAssumption changes the parameters of the next game and clears the preset', () => {
    const store = makeStore();
    store.getState().applyAssumptionPreset('resilient');
    store.getState().setAssumption(first.id, otherOption.id);
    const s = store.getState();
    expect(s.assumptions[first.id]).toBe(otherOption.id);
    expect(s.assumptionPreset).toBeNull();
    expect(s.scenario.params).toEqual(applyAssumptions(shipped, s.assumptions).params);
  });

  it('ignores an unknown assumption or option', () => {
    const store = makeStore();
    const before = store.getState();
    store.getState().setAssumption('bogus', 'x');
    store.getState().setAssumption(first.id, 'bogus');
    store.getState().applyAssumptionPreset('bogus');
    expect(store.getState()).toBe(before);
  });

  it('a preset sets its choices and names itself', () => {
    const store = makeStore();
    store.getState().applyAssumptionPreset('fragile');
    expect(store.getState().assumptionPreset).toBe('fragile');
    expect(Object.keys(store.getState().assumptions).length).toBeGreaterThan(0);
  });

  it('a new game is played under them, beside the report’s baseline and the modified one', () => {
    const store = makeStore();
    store.getState().applyAssumptionPreset('fragile');
    store.getState().setSeed(7);
    store.getState().newGame();
    const s = store.getState();
    const params = applyAssumptions(shipped, s.assumptions).params;
    expect(s.game).toEqual(createInitialState(params, 7));
    expect(s.baselinePath).toEqual(statusQuoPath(shipped.params, 7));
    expect(s.modifiedBaselinePath).toEqual(statusQuoPath(params, 7));
    expect(s.modifiedBaselinePath).not.toEqual(s.baselinePath);
  });

  it('without assumptions the modified baseline is the report’s baseline itself', () => {
    const store = makeStore();
    store.getState().newGame();
    expect(store.getState().modifiedBaselinePath).toBe(store.getState().baselinePath);
  });

  it('are fixed while a game is loaded, and free again after it', () => {
    const store = makeStore();
    store.getState().newGame();
    const before = store.getState();
    store.getState().setAssumption(first.id, otherOption.id);
    store.getState().applyAssumptionPreset('fragile');
    expect(store.getState()).toBe(before);
    store.getState().playAgain();
    store.getState().applyAssumptionPreset('fragile');
    expect(store.getState().assumptionPreset).toBe('fragile');
    expect(store.getState().modifiedBaselinePath).toEqual([]);
  });

  it('the charts draw the modified baseline beside the report’s, only when it differs', () => {
    const store = makeStore();
    store.getState().newGame();
    expect(selectChart(store.getState(), 'westernCohesion').modifiedBaseline).toEqual([]);
    store.getState().playAgain();
    store.getState().applyAssumptionPreset('fragile');
    store.getState().newGame();
    const s = store.getState();
    const chart = selectChart(s, 'westernCohesion');
    expect(chart.modifiedBaseline).toEqual(s.modifiedBaselinePath.map((r) => r.indicators.westernCohesion));
    expect(chart.baseline).toEqual(s.baselinePath.map((r) => r.indicators.westernCohesion));
  });

  it('follow the scenario chosen on the title screen', () => {
    const store = makeStore();
    store.getState().applyAssumptionPreset('fragile');
    store.getState().chooseScenario('us-stops-2025');
    const s = store.getState();
    expect(s.scenario.params).toEqual(
      applyAssumptions(getBundledScenario('us-stops-2025'), s.assumptions).params,
    );
  });
});
