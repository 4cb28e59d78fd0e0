/** A tiny inline-SVG line of an indicator's history (decorative: the row's text carries the values). */
import { svgEl } from '../icons';

/** Positions of a series' finite values in a w × h box, with 2 px of padding; [] for under two values. */
export function sparkCoords(series: readonly number[], w: number, h: number): [number, number][] {
  const values = series.filter((v) => Number.isFinite(v));
  if (values.length < 2) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const pad = 2;
  return values.map((v, i) => [
    pad + (i / (values.length - 1)) * (w - 2 * pad),
    hi === lo ? h / 2 : pad + (1 - (v - lo) / span) * (h - 2 * pad),
  ]);
}

/** SVG polyline points for a series in a w × h box, with 2 px of padding; '' for under two values. */
export function sparkPoints(series: readonly number[], w: number, h: number): string {
  return pointsText(sparkCoords(series, w, h));
}

/** Coordinates as an SVG points attribute. */
function pointsText(coords: readonly [number, number][]): string {
  return coords.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

/** Size of a sparkline, px. */
export interface SparkSize {
  readonly width: number;
  readonly height: number;
}

/**
 * An SVG sparkline of `series` (64 × 20 px unless sized); `mark` puts a dot on the value at that
 * index (the review's selected quarter), so the reader sees where in the arc it falls.
 */
export function sparkline(
  series: readonly number[],
  mark: number | null = null,
  { width: w, height: h }: SparkSize = { width: 64, height: 20 },
): SVGSVGElement {
  const svg = svgEl('svg', {
    class: 'spark',
    viewBox: `0 0 ${w} ${h}`,
    width: String(w),
    height: String(h),
    'aria-hidden': 'true',
  });
  const coords = sparkCoords(series, w, h);
  if (coords.length > 0)
    svg.append(
      svgEl('polyline', {
        points: pointsText(coords),
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '1.5',
      }),
    );
  else
    svg.append(
      svgEl('line', {
        x1: '2',
        y1: String(h / 2),
        x2: String(w - 2),
        y2: String(h / 2),
        stroke: 'currentColor',
        'stroke-dasharray': '2 3',
      }),
    );
  const at = mark === null ? undefined : coords[mark];
  if (at)
    svg.append(
      svgEl('circle', { class: 'spark__mark', cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: '3.5' }),
    );
  return svg;
}
