/**
 * A chart drawn on a plain 2D canvas with its words inside the image: title, unit, y ticks, year
 * labels, threshold lines, the report's forecast windows, any number of lines (each with its own
 * dash pattern and point marker, so colour is never the only cue), labels at line ends and a
 * legend. Used for PNG downloads, the team comparison and the projector, where there is no DOM
 * label layer over the game canvas. Geometry comes from the charts' shared scale (chart-scale).
 */
import { chartFrame, extent, type Insets } from '../chart/chart-scale';
import { yearTicks } from '../chart/chart-view';
import type { Box } from '../overlap';
import { drawMarker, drawPlotLabels, drawSample, fitText, font, legendLayout } from './canvas-chart-marks';
import { LIGHT_THEME, type CanvasChartSpec, type CanvasLine, type CanvasTheme } from './canvas-chart-types';
import { spreadLabels } from './label-spread';
import { uiWords } from '../../text';

export {
  DARK_THEME,
  LIGHT_THEME,
  type CanvasChartSpec,
  type CanvasLine,
  type CanvasTheme,
  type Marker,
} from './canvas-chart-types';

/** Draws the chart into a 2D context over a `width` × `height` area (CSS pixels) at (0, 0). */
export function drawCanvasChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  spec: CanvasChartSpec,
  theme: CanvasTheme,
): void {
  const pad = Math.round(theme.fontPx * 0.75);
  const lineH = Math.round(theme.fontPx * 1.35);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.text;
  ctx.font = font(theme.titlePx, 600);
  ctx.fillText(fitText(ctx, spec.title, width - 2 * pad), pad, pad);
  let top = pad + theme.titlePx * 1.3 + 6;
  ctx.font = font(theme.fontPx);
  if (spec.unit !== '') {
    ctx.fillStyle = theme.muted;
    ctx.fillText(fitText(ctx, spec.unit, width - 2 * pad), pad, top - 6);
    top += lineH;
  }

  // The legend names the lines and, when the chart has one, the threshold's red dashes (whose own
  // label may have given way to a line's name).
  const thresholdKey: CanvasLine = {
    label: uiWords().review.chartThresholdKey,
    points: [],
    colour: theme.threshold,
    width: 2,
    dash: [10, 5],
    marker: 'none',
    endLabel: false,
  };
  const keyed = spec.thresholds.length > 0 ? [...spec.lines, thresholdKey] : spec.lines;
  const legend = spec.legend === false ? { rows: 0, items: [] } : legendLayout(ctx, keyed, width - 2 * pad);
  const legendH = legend.rows * lineH;
  const values = [
    ...spec.lines.flatMap((l) => l.points.map((p) => p.v)),
    ...spec.thresholds.map((t) => t.value),
  ];
  const [lo, hi] = extent([values]);
  const probe = chartFrame(
    { x: 0, y: 0, width: 100, height: 100 },
    spec.quarterLabels.length,
    Math.min(lo, 0),
    hi,
  );
  const tickW = Math.max(...probe.ticks.map((t) => ctx.measureText(spec.format(t)).width), 20);
  const endLabels = spec.lines.filter((l) => l.endLabel && l.points.length > 0);
  const endW = Math.max(0, ...endLabels.map((l) => ctx.measureText(l.label).width));
  const insets: Insets = {
    left: Math.ceil(tickW) + pad + 10,
    right: endLabels.length > 0 ? Math.ceil(endW) + 24 : pad + 8,
    top: 8,
    bottom: lineH + 10 + legendH,
  };
  const f = chartFrame(
    { x: 0, y: top, width, height: height - top - pad },
    spec.quarterLabels.length,
    Math.min(lo, 0),
    hi,
    insets,
  );
  const { plot } = f;

  // Forecast windows: a shaded band with dashed edges and the word "Report".
  for (const fc of spec.forecasts) {
    const x1 = f.xOf(fc.fromQuarter - 0.5);
    const x2 = f.xOf(fc.toQuarter + 0.5);
    ctx.globalAlpha = 0.12;
    ctx.fillStyle = theme.forecast;
    ctx.fillRect(x1, plot.y, x2 - x1, plot.height);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = theme.forecast;
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 3]);
    for (const x of [x1, x2]) {
      ctx.beginPath();
      ctx.moveTo(x, plot.y);
      ctx.lineTo(x, plot.y + plot.height);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  }

  // Grid and y ticks.
  ctx.strokeStyle = theme.grid;
  ctx.lineWidth = 1;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const t of f.ticks) {
    const y = Math.round(f.yOf(t)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(plot.x, y);
    ctx.lineTo(plot.x + plot.width, y);
    ctx.stroke();
    ctx.fillStyle = theme.muted;
    ctx.fillText(spec.format(t), plot.x - 8, y);
  }
  ctx.beginPath();
  ctx.moveTo(plot.x + 0.5, plot.y);
  ctx.lineTo(plot.x + 0.5, plot.y + plot.height);
  ctx.stroke();

  // Year labels at each first quarter.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  for (const t of yearTicks(spec.quarterLabels)) {
    const x = f.xOf(t.q - 0.5);
    ctx.strokeStyle = theme.grid;
    ctx.beginPath();
    ctx.moveTo(x, plot.y + plot.height);
    ctx.lineTo(x, plot.y + plot.height + 6);
    ctx.stroke();
    ctx.fillStyle = theme.muted;
    ctx.fillText(t.text, x + 3, plot.y + plot.height + 4);
  }

  // Thresholds: red dashes; their labels come later with the others.
  for (const t of spec.thresholds) {
    const y = f.yOf(t.value);
    ctx.strokeStyle = theme.threshold;
    ctx.lineWidth = 2;
    ctx.setLineDash([10, 5]);
    ctx.beginPath();
    ctx.moveTo(plot.x, y);
    ctx.lineTo(plot.x + plot.width, y);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  // Where the lines' end labels go (drawn after the lines), so plot labels keep out of their way.
  const ends = endLabels.map((l) => {
    const last = l.points[l.points.length - 1]!;
    return { line: l, x: f.xOf(last.q), y: f.yOf(last.v) };
  });
  const placed = spreadLabels(
    ends.map((e) => e.y),
    lineH,
    plot.y + lineH / 2,
    plot.y + plot.height - lineH / 2,
  );
  ctx.font = font(theme.fontPx, 600);
  const endBoxes: Box[] = ends.map((e, i) => {
    const y = placed[i] ?? e.y;
    const left = e.x + 14;
    return {
      left,
      top: y - lineH / 2,
      right: left + ctx.measureText(e.line.label).width,
      bottom: y + lineH / 2,
    };
  });
  ctx.font = font(theme.fontPx);
  drawPlotLabels(ctx, spec, f, theme, endBoxes);

  if (spec.cursor !== null && spec.cursor >= 0) {
    const x = f.xOf(spec.cursor);
    ctx.strokeStyle = theme.cursor;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, plot.y);
    ctx.lineTo(x, plot.y + plot.height);
    ctx.stroke();
  }

  // The lines, then their end labels spread apart so none overlaps another.
  for (const line of spec.lines) {
    if (line.points.length === 0) continue;
    ctx.strokeStyle = line.colour;
    ctx.fillStyle = line.colour;
    ctx.lineWidth = line.width;
    ctx.setLineDash([...line.dash]);
    ctx.beginPath();
    line.points.forEach((p, i) =>
      i === 0 ? ctx.moveTo(f.xOf(p.q), f.yOf(p.v)) : ctx.lineTo(f.xOf(p.q), f.yOf(p.v)),
    );
    ctx.stroke();
    ctx.setLineDash([]);
    for (const p of line.points)
      drawMarker(ctx, line.marker, f.xOf(p.q), f.yOf(p.v), Math.max(3, line.width + 1));
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.font = font(theme.fontPx, 600);
  ends.forEach((e, i) => {
    const y = placed[i] ?? e.y;
    ctx.strokeStyle = e.line.colour;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(e.x + 4, e.y);
    ctx.lineTo(e.x + 12, y);
    ctx.stroke();
    ctx.fillStyle = e.line.colour;
    ctx.fillText(e.line.label, e.x + 14, y);
  });

  // Legend under the x labels.
  ctx.font = font(theme.fontPx);
  const legendTop = plot.y + plot.height + lineH + 10;
  for (const item of legend.items) {
    const x = pad + item.x;
    const y = legendTop + item.row * lineH + lineH / 2;
    drawSample(ctx, item.line, x, y, 28);
    ctx.fillStyle = theme.text;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(item.line.label, x + 36, y);
  }
}

/** A canvas element of `width` × `height` CSS pixels with the chart drawn at the screen's pixel density. */
export function chartCanvas(
  spec: CanvasChartSpec,
  width: number,
  height: number,
  theme: CanvasTheme,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
  density = Math.max(1, Math.min(3, window.devicePixelRatio || 1)),
): HTMLCanvasElement {
  canvas.width = Math.round(width * density);
  canvas.height = Math.round(height * density);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.setTransform(density, 0, 0, density, 0, 0);
    drawCanvasChart(ctx, width, height, spec, theme);
  }
  return canvas;
}

/** The chart as a PNG image (white page, 1200 × 675 at twice the density), for a download. */
export function chartPng(spec: CanvasChartSpec): Promise<Blob> {
  const canvas = chartCanvas(spec, 1200, 675, LIGHT_THEME, document.createElement('canvas'), 2);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be encoded.'))),
      'image/png',
    ),
  );
}
