/** A tiny inline-SVG line of an indicator's history (decorative: the row's text carries the values). */
import { svgEl } from '../icons';

/** SVG polyline points for a series in a w × h box, with 2 px of padding; '' for under two values. */
export function sparkPoints(series: readonly number[], w: number, h: number): string {
  const values = series.filter((v) => Number.isFinite(v));
  if (values.length < 2) return '';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const pad = 2;
  return values
    .map((v, i) => {
      const x = pad + (i / (values.length - 1)) * (w - 2 * pad);
      const y = hi === lo ? h / 2 : pad + (1 - (v - lo) / span) * (h - 2 * pad);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** An SVG sparkline of `series`, 64 × 20 px. */
export function sparkline(series: readonly number[]): SVGSVGElement {
  const w = 64;
  const h = 20;
  const svg = svgEl('svg', {
    class: 'spark',
    viewBox: `0 0 ${w} ${h}`,
    width: String(w),
    height: String(h),
    'aria-hidden': 'true',
  });
  const points = sparkPoints(series, w, h);
  if (points)
    svg.append(svgEl('polyline', { points, fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' }));
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
  return svg;
}
