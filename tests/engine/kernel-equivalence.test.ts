/**
 * The numeric kernel is the same model as stepQuarter: for the same state, policies, parameters
 * and draws, every indicator of every quarter and every stock of the final state agree exactly
 * (the same floating-point operations in the same order), for every bundled scenario and a
 * property-based sample of policy schedules over 12 quarters, including runs that end early.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnIndex,
  createInitialState,
  createScratch,
  readLane,
  runEnsemble,
  runLanes,
  spreadOf,
  runGeneratorState,
  stepQuarter,
  type GameState,
  type IndicatorName,
  type Indicators,
  type Policy,
  type ScenarioParams,
} from '../../src/engine';
import { listBundledScenarios } from '../../src/scenario';

const QUARTERS = 12;

/** What stepQuarter gives one run: its indicators per quarter (the last kept once it ended) and its end. */
function reference(
  start: GameState,
  policies: readonly Policy[],
  params: ScenarioParams,
): { perQuarter: Indicators[]; end: GameState } {
  let s = start;
  let last: Indicators | null = null;
  const perQuarter: Indicators[] = [];
  for (const policy of policies) {
    if (!s.outcome) {
      const step = stepQuarter(s, policy, params);
      s = step.state;
      last = step.report.indicators;
    }
    perQuarter.push(last!);
  }
  return { perQuarter, end: s };
}

/** The parts of a state the kernel keeps (it does not keep `last`, and an ended run keeps no quarter). */
function kept(state: GameState): Partial<GameState> {
  const copy: { -readonly [K in keyof GameState]?: GameState[K] } = structuredClone(state);
  delete copy.last;
  delete copy.quarterIndex;
  return copy;
}

const policy = (maxAid: number, maxLevel: number): fc.Arbitrary<Policy> =>
  fc.record({
    aidBnEurPerQuarter: fc.double({ min: 0, max: maxAid, noNaN: true }),
    sanctionsLevel: fc.integer({ min: 0, max: maxLevel }),
  });

describe('the numeric kernel', () => {
  for (const scenario of listBundledScenarios()) {
    const params = scenario.params;
    const maxAid = params.policy.aidMaxBnEurPerQuarter;
    const maxLevel = params.policy.sanctionsLevels.length - 1;

    it(`gives stepQuarter's numbers in ${scenario.id} for every indicator, quarter and stock`, () => {
      fc.assert(
        fc.property(
          fc.array(policy(maxAid, maxLevel), { minLength: QUARTERS, maxLength: QUARTERS }),
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.integer({ min: 1, max: 4 }),
          (policies, seed, runs) => {
            const start = createInitialState(params, seed);
            const rngStates = Array.from({ length: runs }, (_, r) => runGeneratorState(seed, r));
            const quarters = Math.min(QUARTERS, params.horizonQuarters);
            const kernel = runLanes(start, (q) => policies[q]!, params, { runs, quarters, rngStates });
            const scratch = createScratch(kernel.lanes);
            for (let r = 0; r < runs; r++) {
              const ref = reference(
                { ...start, rngState: rngStates[r]! },
                policies.slice(0, quarters),
                params,
              );
              for (let q = 0; q < quarters; q++) {
                kernel.names.forEach((name: IndicatorName, i) => {
                  const value = kernel.columns[columnIndex(kernel, i, q, r)];
                  if (!Object.is(value, ref.perQuarter[q]![name]))
                    throw new Error(
                      `run ${r}, quarter ${q}, ${name}: kernel ${value}, stepQuarter ${ref.perQuarter[q]![name]}`,
                    );
                });
              }
              expect(kept(readLane(kernel.lanes, r, scratch))).toEqual(kept(ref.end));
            }
          },
        ),
        { numRuns: 40, seed: 2025 },
      );
    });
  }

  it('covers every indicator of the report', () => {
    const params = listBundledScenarios()[0]!.params;
    const start = createInitialState(params, 1);
    const kernel = runLanes(start, () => ({ aidBnEurPerQuarter: 10, sanctionsLevel: 1 }), params, {
      runs: 1,
      quarters: 1,
      rngStates: [start.rngState],
    });
    const step = stepQuarter(start, { aidBnEurPerQuarter: 10, sanctionsLevel: 1 }, params);
    expect([...kernel.names].sort()).toEqual(Object.keys(step.report.indicators).sort());
  });

  it('makes the bands of a set of runs: its percentiles are those of stepQuarter runs with the same streams', () => {
    const params = listBundledScenarios()[0]!.params;
    const start = createInitialState(params, 3);
    const policy = { aidBnEurPerQuarter: 14, sanctionsLevel: 2 };
    const spec = { runs: 7, quarters: 4, seed: 99 };
    const set = runEnsemble(start, policy, params, spec);
    const runs = Array.from({ length: spec.runs }, (_, r) =>
      reference(
        { ...start, rngState: runGeneratorState(spec.seed, r) },
        [policy, policy, policy, policy],
        params,
      ),
    );
    for (const name of ['nwfLiquidTrnRub', 'tanksStorageRestorable', 'westernCohesion'] as const)
      for (let q = 0; q < spec.quarters; q++)
        expect(set.spreads[name][q]).toEqual(spreadOf(runs.map((run) => run.perQuarter[q]![name])));
  });
});
