/**
 * Many seeded runs: percentiles computed as R's and NumPy's default on a case built by hand; a
 * set of runs reproduced exactly from its seed; runs that differ in their shocks only; and the
 * shares of the key events bounded by the runs.
 */
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  drawDisputed,
  ensembleEnds,
  paramsWithDraw,
  percentile,
  runEnsemble,
  runGeneratorState,
  spreadOf,
} from '../../src/engine';
import { disputedFiguresFor, getBundledScenario } from '../../src/scenario';

const params = getBundledScenario('baseline-2025').params;
const statusQuo = { aidBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter, sanctionsLevel: 1 };

describe('percentiles', () => {
  it('interpolate between the nearest ranks, as R type 7 and NumPy do', () => {
    const values = [1, 2, 3, 4, 10];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 100)).toBe(10);
    // rank 0.25 × 4 = 1 → 2; rank 0.75 × 4 = 3 → 4; rank 0.95 × 4 = 3.8 → 4 + 0.8 × 6 = 8.8
    expect(percentile(values, 25)).toBe(2);
    expect(percentile(values, 75)).toBe(4);
    expect(percentile(values, 95)).toBeCloseTo(8.8, 12);
    expect(percentile([7], 5)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('are taken on the values sorted, whatever their order', () => {
    const spread = spreadOf([10, 4, 1, 3, 2]);
    const expected = { p5: 1.2, p25: 2, p50: 3, p75: 4, p95: 8.8 };
    for (const [key, value] of Object.entries(expected))
      expect(spread[key as keyof typeof spread]).toBeCloseTo(value, 12);
  });
});

describe('a set of runs', () => {
  const start = createInitialState(params, 7);

  it('is the same for the same seed and differs for another', () => {
    const spec = { runs: 50, quarters: 4, seed: 99 };
    const a = runEnsemble(start, statusQuo, params, spec);
    expect(runEnsemble(start, statusQuo, params, spec)).toEqual(a);
    const b = runEnsemble(start, statusQuo, params, { ...spec, seed: 100 });
    expect(b.spreads.casualties).not.toEqual(a.spreads.casualties);
  });

  it('gives each run a stream of its own', () => {
    const states = new Set(Array.from({ length: 1000 }, (_, r) => runGeneratorState(5, r)));
    expect(states.size).toBe(1000);
  });

  it('orders its percentiles, spreads the outcomes by their shocks and bounds its shares', () => {
    const result = runEnsemble(start, statusQuo, params, { runs: 200, quarters: 12, seed: 3 });
    expect(result.quarters).toBe(12);
    for (const spreads of Object.values(result.spreads)) {
      for (const s of spreads) {
        expect(s.p5).toBeLessThanOrEqual(s.p25);
        expect(s.p25).toBeLessThanOrEqual(s.p50);
        expect(s.p50).toBeLessThanOrEqual(s.p75);
        expect(s.p75).toBeLessThanOrEqual(s.p95);
      }
    }
    // Shocks spread the outcomes: casualties differ between the 5th and the 95th percentile.
    const q4 = result.spreads.casualties[3];
    expect(q4 && q4.p95 - q4.p5).toBeGreaterThan(0);
    for (const share of [result.postureShift, result.reservesOut, result.coalitionHolds]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    // The report's baseline: under the status quo the liquid reserves run out in 2025 in most runs.
    expect(result.reservesOut).toBeGreaterThan(0.5);
  });

  it('stops at the horizon and runs nothing once the game is over', () => {
    const late = { ...start, quarterIndex: params.horizonQuarters - 2 };
    expect(runEnsemble(late, statusQuo, params, { runs: 5, quarters: 4, seed: 1 }).quarters).toBe(2);
    const over = {
      ...start,
      outcome: { kind: 'horizon' as const, quarterIndex: 11, score: 40, terms: null },
    };
    expect(runEnsemble(over, statusQuo, params, { runs: 5, quarters: 4, seed: 1 }).quarters).toBe(0);
  });
});

describe('the war played among the runs of its levers', () => {
  it('gives one end per run, the same for the same seed', () => {
    const start = createInitialState(params, 7);
    const ends = ensembleEnds(start, () => statusQuo, params, { runs: 30, quarters: 4, seed: 2 });
    expect(ends).toHaveLength(30);
    expect(ensembleEnds(start, () => statusQuo, params, { runs: 30, quarters: 4, seed: 2 })).toEqual(ends);
    expect(new Set(ends.map((e) => e.occupiedKm2)).size).toBeGreaterThan(1);
  });
});

describe('a set of runs with the disputed figures', () => {
  const start = createInitialState(params, 7);
  const disputed = disputedFiguresFor(params);
  const spec = { runs: 40, quarters: 4, seed: 21, disputed };

  it('draws the same options for the same seed, records them and differs for another seed', () => {
    const a = runEnsemble(start, statusQuo, params, spec);
    expect(runEnsemble(start, statusQuo, params, spec)).toEqual(a);
    expect(a.disputed?.figures.map((f) => f.id)).toEqual(disputed.map((f) => f.id));
    expect(a.disputed?.draws).toHaveLength(40);
    expect(a.disputed?.draws.map((_, r) => drawDisputed(disputed, 21, r))).toEqual(a.disputed?.draws);
    // Over 40 runs every figure plays more than one of its options.
    for (let i = 0; i < disputed.length; i++)
      expect(new Set(a.disputed?.draws.map((d) => d[i])).size, disputed[i]?.id).toBeGreaterThan(1);
    const b = runEnsemble(start, statusQuo, params, { ...spec, seed: 22 });
    expect(b.disputed?.draws).not.toEqual(a.disputed?.draws);
    expect(runEnsemble(start, statusQuo, params, { ...spec, disputed: [] }).disputed).toBeNull();
  });

  it('keeps each run’s shocks: run r plays its drawn figures with the shocks it has without them', () => {
    const ends = ensembleEnds(start, () => statusQuo, params, spec);
    for (const r of [0, 7, 39]) {
      const draw = drawDisputed(disputed, 21, r);
      const fixed = paramsWithDraw(params, disputed, draw);
      // The same set seed without disputed figures, from the opening those figures give and under
      // them: run r is the same run.
      const opening = createInitialState(fixed, 7);
      const plain = ensembleEnds(opening, () => statusQuo, fixed, { runs: r + 1, quarters: 4, seed: 21 });
      expect(plain[r], `run ${r}`).toEqual(ends[r]);
    }
  });

  it('changes nothing but the record when no option changes a figure', () => {
    const inert = disputed.map((f) => ({
      id: f.id,
      options: f.options.map((o) => ({ id: o.id, overrides: {} })),
    }));
    const plain = runEnsemble(start, statusQuo, params, { runs: 30, quarters: 4, seed: 5 });
    const withInert = runEnsemble(start, statusQuo, params, {
      runs: 30,
      quarters: 4,
      seed: 5,
      disputed: inert,
    });
    expect({ ...withInert, disputed: null }).toEqual(plain);
    expect(withInert.disputed?.draws).toHaveLength(30);
  });
});
