/**
 * Opening figures among the disputed ones (`initial.*`, such as Putin's confidence at the start)
 * count in a set of runs that starts at the opening quarter: each run then opens from the figures
 * it drew. Later in a game the state already holds what happened, and they change nothing.
 */
import { describe, expect, it } from 'vitest';
import { createInitialState, runEnsemble, stepQuarter, type DisputedFigure } from '../../src/engine';
import { params as scenarioParams } from './helpers';

const params = scenarioParams();
const confidence: DisputedFigure = {
  id: 'confidence',
  options: [
    { id: 'low', overrides: { 'initial.beliefWestQuits': 0.6 } },
    { id: 'high', overrides: { 'initial.beliefWestQuits': 0.95 } },
  ],
};
const policy = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };
const spec = { runs: 40, quarters: 2, seed: 5, disputed: [confidence] };

describe('opening figures drawn in a set of runs', () => {
  it('take effect from the opening quarter: each run opens from the confidence it drew', () => {
    const set = runEnsemble(createInitialState(params, 9), policy, params, spec);
    const drew = new Set(set.disputed?.draws.map((d) => d[0]));
    expect(drew).toEqual(new Set([0, 1]));
    const belief = set.spreads.beliefWestQuits[0]!;
    // Runs that drew 0.6 and runs that drew 0.95 end their first quarter far apart.
    expect(belief.p95 - belief.p5).toBeGreaterThan(0.2);
  });

  it('change nothing later in a game, when the state holds what happened', () => {
    const later = stepQuarter(createInitialState(params, 9), policy, params).state;
    const withFigures = runEnsemble(later, policy, params, spec);
    const without = runEnsemble(later, policy, params, { ...spec, disputed: [] });
    expect(withFigures.spreads.beliefWestQuits).toEqual(without.spreads.beliefWestQuits);
  });
});
