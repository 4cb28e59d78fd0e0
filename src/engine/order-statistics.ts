/**
 * The five percentiles of a set of runs without sorting it: a set's spreads need 5 order
 * statistics per indicator and quarter, and selecting them (Hoare's quickselect, each search
 * starting where the previous one ended) takes a fraction of a full sort's time. Gives exactly the
 * numbers of percentile() on the sorted values (tests/engine/order-statistics.test.ts).
 */

/** The percentiles a spread holds, in ascending order. */
const LEVELS = [5, 25, 50, 75, 95] as const;

/**
 * Rearranges values[from..] so that values[k] is the value a sort would put there, everything
 * before it no larger and everything after it no smaller (values[from..k) ≤ values[k] ≤ values(k..]).
 */
function select(values: Float64Array, from: number, k: number): void {
  let low = from;
  let high = values.length - 1;
  while (high > low) {
    // Median of three as the pivot, so runs that are already ordered do not go quadratic.
    const mid = (low + high) >>> 1;
    const a = values[low]!;
    const b = values[mid]!;
    const c = values[high]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return;
  }
}

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of `values` (type 7, interpolating between the
 * two nearest ranks, as percentile() does). Reorders `values` in place. NaN for no values.
 */
export function fivePercentilesInPlace(values: Float64Array): [number, number, number, number, number] {
  const n = values.length;
  const out: [number, number, number, number, number] = [NaN, NaN, NaN, NaN, NaN];
  if (n === 0) return out;
  let done = 0;
  LEVELS.forEach((p, i) => {
    const rank = (p / 100) * (n - 1);
    const lowRank = Math.floor(rank);
    const highRank = Math.min(n - 1, lowRank + 1);
    if (lowRank >= done) select(values, done, lowRank);
    // The next rank up is the smallest value after lowRank.
    let next = values[highRank]!;
    if (highRank > lowRank) {
      for (let r = lowRank + 1; r < n; r++) if (values[r]! < next) next = values[r]!;
    }
    const lowValue = values[lowRank]!;
    out[i] = lowValue + (next - lowValue) * (rank - lowRank);
    done = lowRank;
  });
  return out;
}
