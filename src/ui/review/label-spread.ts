/** Vertical placement of labels at line ends: each as near its line as it can be without overlapping. */

/**
 * Positions (centres, px) for labels wanted at `wanted`, at least `gap` apart, inside [min, max]
 * when they fit; keeps their order. Pure.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => Math.min(max, Math.max(min, o.y)));
  // Push down past the one above, then pull back up from the bottom edge.
  for (let k = 1; k < ys.length; k += 1) ys[k] = Math.max(ys[k]!, ys[k - 1]! + gap);
  const overflow = (ys[ys.length - 1] ?? min) - max;
  if (overflow > 0) {
    ys[ys.length - 1] = max;
    for (let k = ys.length - 2; k >= 0; k -= 1) ys[k] = Math.min(ys[k]!, ys[k + 1]! - gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}
