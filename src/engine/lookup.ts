/**
 * Piecewise-linear lookup tables, the shape tunable curves take in scenario data
 * (as in SDEverywhere models): points sorted by x; outside the range the end value holds.
 */

/** A table of [x, y] points with x strictly increasing. */
export type LookupTable = readonly (readonly [number, number])[];

/** Reads y at x from a piecewise-linear table, flat beyond both ends. */
export function lookup(table: LookupTable, x: number): number {
  const n = table.length;
  if (n === 0) return 0;
  const first = table[0]!;
  if (x <= first[0]) return first[1];
  const last = table[n - 1]!;
  if (x >= last[0]) return last[1];
  for (let i = 1; i < n; i++) {
    const hi = table[i]!;
    if (x <= hi[0]) {
      const lo = table[i - 1]!;
      const span = hi[0] - lo[0];
      const t = span === 0 ? 1 : (x - lo[0]) / span;
      return lo[1] + t * (hi[1] - lo[1]);
    }
  }
  return last[1];
}

/** Clamps x into [min, max]. */
export function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}
