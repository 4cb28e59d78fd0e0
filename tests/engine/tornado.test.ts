/**
 * Which assumption matters: a figure whose options all set the same value does not swing; a figure
 * that moves the war a lot ranks above one that does not; the same seed gives the same result and
 * the result records its runs, seed and what was varied.
 */
import { describe, expect, it } from 'vitest';
import {
  assumptionTornado,
  createInitialState,
  lowerMedian,
  type DisputedFigure,
  type Policy,
} from '../../src/engine';
import { getBundledScenario } from '../../src/scenario';

const params = getBundledScenario('baseline-2025').params;
/** The opening state of each set's own parameters, so that `initial.*` options take effect. */
const start = (p: typeof params) => createInitialState(p, 7);
const statusQuo: Policy = {
  aidBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter,
  sanctionsLevel: params.policy.sanctionsStatusQuoLevel,
};
const spec = { runs: 24, seed: 11, quarters: params.horizonQuarters };

/**
 * Options that all set the casualty rate to one value, not the scenario's: their runs differ from
 * the reference set's but not from each other, since every option plays the same shocks.
 */
const flat: DisputedFigure = {
  id: 'flat',
  options: ['a', 'b', 'c'].map((id) => ({
    id,
    overrides: { 'battlefield.casualtiesBasePerQuarter': 150_000 },
  })),
};

/**
 * Putin's opening belief that the West will quit, from wavering to certain: his posture cannot
 * rise while the belief is high, so the first shift must follow (an opening figure, `initial.*`).
 */
const belief: DisputedFigure = {
  id: 'belief',
  options: [
    { id: 'wavering', overrides: { 'initial.beliefWestQuits': 0.45 } },
    { id: 'certain', overrides: { 'initial.beliefWestQuits': 0.99 } },
  ],
};

describe('lowerMedian', () => {
  it('is the middle value, the lower of the two middle ones for an even count', () => {
    expect(lowerMedian([3, 1, 2])).toBe(2);
    expect(lowerMedian([4, 1, 3, 2])).toBe(2);
    expect(lowerMedian([])).toBeNaN();
  });
});

describe('assumptionTornado', () => {
  const result = assumptionTornado(start, statusQuo, params, [flat, belief], spec);
  const byId = new Map(result.figures.map((f) => [f.id, f]));

  it('gives no swing to a figure whose options set the same value', () => {
    expect(byId.get('flat')?.swing).toEqual({ firstShiftQuarter: 0, score: 0 });
    expect(byId.get('flat')?.meanSwing).toEqual({ firstShiftQuarter: 0, score: 0 });
  });

  it('ranks a figure that moves the war above one that does not, on both measures', () => {
    const swing = byId.get('belief')?.swing;
    expect(swing?.firstShiftQuarter).toBeGreaterThan(0);
    expect(swing?.score).toBeGreaterThan(0);
    expect(result.ranking).toEqual({
      firstShiftQuarter: ['belief', 'flat'],
      score: ['belief', 'flat'],
    });
  });

  it("gives an option that keeps the scenario's value the reference set's medians", () => {
    const own = { 'battlefield.casualtiesBasePerQuarter': params.battlefield.casualtiesBasePerQuarter };
    const kept = assumptionTornado(
      start,
      statusQuo,
      params,
      [{ id: 'own', options: [{ id: 'o', overrides: own }] }],
      spec,
    );
    expect(kept.figures[0]?.options[0]).toEqual({ id: 'o', ...kept.central });
  });

  it('counts a run with no shift as the quarter after the last one run', () => {
    expect(result.noShiftQuarter).toBe(result.fromQuarter + result.quarters);
    for (const figure of result.figures)
      for (const option of figure.options)
        expect(option.firstShiftQuarter).toBeLessThanOrEqual(result.noShiftQuarter);
  });

  it('records the runs per option, the seed and what was varied', () => {
    expect(result).toMatchObject({
      runs: 24,
      seed: 11,
      quarters: params.horizonQuarters,
      fromQuarter: 0,
      noShiftQuarter: params.horizonQuarters,
      varied: 'one-at-a-time',
    });
  });

  it('gives the same result for the same seed, and may differ for another', () => {
    expect(assumptionTornado(start, statusQuo, params, [flat, belief], spec)).toEqual(result);
    const other = assumptionTornado(start, statusQuo, params, [flat, belief], { ...spec, seed: 12 });
    expect(other.seed).toBe(12);
    expect(other.runs).toBe(24);
  });

  it('ignores an opening figure when it is handed one start state for every option', () => {
    const fixed = assumptionTornado(createInitialState(params, 7), statusQuo, params, [belief], spec);
    expect(fixed.figures[0]?.swing).toEqual({ firstShiftQuarter: 0, score: 0 });
  });

  it('takes one policy per quarter ahead', () => {
    const schedule = assumptionTornado(start, () => statusQuo, params, [belief], spec);
    expect(schedule.figures[0]).toEqual(byId.get('belief'));
  });
});
