/** Selecting the five percentiles gives exactly what sorting and reading them gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadOf } from '../../src/engine';
import { fivePercentilesInPlace } from '../../src/engine/order-statistics';

const asList = (values: readonly number[]): number[] => {
  const s = spreadOf(values);
  return [s.p5, s.p25, s.p50, s.p75, s.p95];
};

describe('the five percentiles by selection', () => {
  it('equal those of the sorted values, for any values (ties, order and length included)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -3, max: 3 })), {
          minLength: 1,
          maxLength: 300,
        }),
        (values) => {
          expect(fivePercentilesInPlace(Float64Array.from(values))).toEqual(asList(values));
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });

  it('read a case built by hand: 1 to 21 in any order', () => {
    const values = Float64Array.from([
      21, 3, 17, 1, 9, 13, 5, 19, 7, 15, 11, 2, 20, 4, 18, 6, 16, 8, 14, 10, 12,
    ]);
    // Ranks (p/100 × 20): 1, 5, 10, 15, 19 → the values 2, 6, 11, 16, 20.
    expect(fivePercentilesInPlace(values)).toEqual([2, 6, 11, 16, 20]);
  });

  it('interpolate between ranks and give NaN for no values', () => {
    expect(fivePercentilesInPlace(Float64Array.from([0, 10]))).toEqual([0.5, 2.5, 5, 7.5, 9.5]);
    expect(fivePercentilesInPlace(new Float64Array(0)).every(Number.isNaN)).toBe(true);
  });
});
