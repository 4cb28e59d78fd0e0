/**
 * Chart geometry, shared by the canvas lines and the DOM labels so both land on the same pixels:
 * "nice" y ticks, the plot area inside a slot, and value → pixel maps. Pure; units are CSS pixels.
 */

/** A rectangle in CSS pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Space kept around the plot for the DOM axis labels, px. */
export interface Insets {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The default insets: room for y labels at the left and quarter labels below (16-px text). */
export const CHART_INSETS: Insets = { left: 64, right: 16, top: 12, bottom: 28 };

/** A rounded step (1, 2, 2.5 or 5 × 10^n) close to `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * power;
}

/** Tick values covering [min, max] with about `count` intervals; the domain is widened to whole ticks. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  let lo = Math.min(min, max);
  let hi = Math.max(min, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi - lo < 1e-9) {
    const pad = Math.abs(hi) > 1e-9 ? Math.abs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / Math.max(1, count));
  const start = Math.floor(lo / step + 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 1e-6 || ticks.length < 2; v += step) {
    ticks.push(Number(v.toFixed(10)));
    if (ticks.length > 50) break;
  }
  if ((ticks[ticks.length - 1] ?? hi) < hi - step * 1e-6)
    ticks.push(Number((start + ticks.length * step).toFixed(10)));
  return ticks;
}

/** A chart frame: the plot area and the maps from (quarter index, value) to pixels. */
export interface ChartFrame {
  readonly plot: Rect;
  readonly ticks: readonly number[];
  readonly quarters: number;
  xOf(quarterIndex: number): number;
  yOf(value: number): number;
}

/**
 * The frame for a chart of `quarters` quarters (x = 0 … quarters−1, plus the start point at −1
 * when `withStart`) whose values span [min, max], inside `rect`.
 */
export function chartFrame(
  rect: Rect,
  quarters: number,
  min: number,
  max: number,
  insets: Insets = CHART_INSETS,
): ChartFrame {
  const plot: Rect = {
    x: rect.x + insets.left,
    y: rect.y + insets.top,
    width: Math.max(1, rect.width - insets.left - insets.right),
    height: Math.max(1, rect.height - insets.top - insets.bottom),
  };
  const ticks = niceTicks(min, max);
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const span = Math.max(1, quarters);
  return {
    plot,
    ticks,
    quarters,
    // x = −1 is the starting point (the scenario's initial value), x = quarters − 1 the last quarter.
    xOf: (q) => plot.x + ((q + 1) / span) * plot.width,
    yOf: (v) => plot.y + plot.height - ((v - lo) / (hi - lo || 1)) * plot.height,
  };
}

/** Min and max over several series, ignoring non-finite values; [0, 1] when all are empty. */
export function extent(series: readonly (readonly number[])[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (const v of s) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}

/**
 * Splits a polyline into dashes of `dash` px separated by `gap` px (Phaser's Graphics has no dash
 * style). Returns segments [x1, y1, x2, y2].
 */
export function dashSegments(
  points: readonly (readonly [number, number])[],
  dash: number,
  gap: number,
): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let on = true;
  let left = dash;
  for (let i = 1; i < points.length; i += 1) {
    let [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    let len = Math.hypot(x2 - x1, y2 - y1);
    while (len > 1e-9) {
      const step = Math.min(left, len);
      const t = step / len;
      const nx = x1 + (x2 - x1) * t;
      const ny = y1 + (y2 - y1) * t;
      if (on) out.push([x1, y1, nx, ny]);
      x1 = nx;
      y1 = ny;
      len -= step;
      left -= step;
      if (left <= 1e-9) {
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
  return out;
}
