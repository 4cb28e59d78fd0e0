/**
 * Invariants over the whole matrix: every scenario × extreme and random policies × 40 quarters:
 * every value finite, stocks non-negative, every indicator within its documented range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  indicatorViolations,
  stateViolations,
  stepQuarter,
  type Policy,
  type ScenarioParams,
} from '../../src/engine';
import { BUNDLED_SCENARIO_IDS } from '../../src/scenario';
import { hold, params } from './helpers';

const QUARTERS = 40;

/** Steps through a schedule and returns every violation found, tagged with its quarter. */
function violations(p: ScenarioParams, seed: number, schedule: readonly Policy[]): string[] {
  let state = createInitialState(p, seed);
  const found: string[] = [];
  for (const policy of schedule) {
    const step = stepQuarter(state, policy, p);
    state = step.state;
    for (const v of [...indicatorViolations(step.report.indicators), ...stateViolations(state)]) {
      found.push(`${step.report.quarter}: ${v}`);
    }
  }
  return found;
}

const EXTREMES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, 4],
  [25, 0],
  [25, 4],
  [10.4, 1],
  [5.5, 1],
];

describe.each(BUNDLED_SCENARIO_IDS)('scenario %s', (id) => {
  const p = params(id);

  it.each(EXTREMES)(
    'stays finite, non-negative and in range for 40 quarters at aid %d, sanctions %d',
    (aid, sanctions) => {
      expect(violations(p, 3, hold(aid, sanctions, QUARTERS))).toEqual([]);
    },
  );

  it('stays in range under any random schedule of aid and sanctions (property)', () => {
    const policy = fc.record({
      aidBnEurPerQuarter: fc.double({ min: 0, max: 25, noNaN: true }),
      sanctionsLevel: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(policy, { minLength: QUARTERS, maxLength: QUARTERS }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (schedule, seed) => {
          expect(violations(p, seed, schedule)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('policy input is clamped, never trusted', () => {
  const p = params();
  it.each([
    [{ aidBnEurPerQuarter: -5, sanctionsLevel: 1 }, 0, 1],
    [{ aidBnEurPerQuarter: 1e9, sanctionsLevel: 1 }, 25, 1],
    [{ aidBnEurPerQuarter: Number.NaN, sanctionsLevel: 9 }, 0, 4],
    [{ aidBnEurPerQuarter: 10.4, sanctionsLevel: -3 }, 10.4, 0],
    [{ aidBnEurPerQuarter: 10.4, sanctionsLevel: 2.6 }, 10.4, 3],
  ])('%j is played as aid %d, sanctions %d', (policy, aid, sanctions) => {
    const { report } = stepQuarter(createInitialState(p, 1), policy, p);
    expect(report.policy).toEqual({ aidBnEurPerQuarter: aid, sanctionsLevel: sanctions });
  });
});
