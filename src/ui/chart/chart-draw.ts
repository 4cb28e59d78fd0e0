/**
 * Draws a chart's visuals on the canvas inside a slot's rectangle: grid, forecast windows,
 * thresholds, the report's baseline and the one under the player's assumptions, the bands of many
 * runs, the status-quo and pending projections, and the path so far. Line
 * styles differ (solid, dashed, dotted, thin) so colour is never the only cue; the DOM carries
 * every label and a data table.
 */
import type Phaser from 'phaser';
import {
  CHART_INSETS,
  chartFrame,
  dashSegments,
  extent,
  type ChartFrame,
  type Insets,
  type Rect,
} from './chart-scale';
import { chartValues, type BandPoint, type ChartModel, type ChartPoint } from './chart-model';

/** Colours of the chart's marks (the game's palette as numbers for Phaser). */
export const CHART_COLOURS = {
  grid: 0x24385a,
  path: 0xe8edf3,
  pending: 0xe0a526,
  statusQuo: 0x8fb4e3,
  baseline: 0x7d8ea6,
  modifiedBaseline: 0xc7a2e8,
  threshold: 0xe06c5f,
  forecast: 0xe0a526,
} as const;

/** The frame for a model in a rect (used by the DOM labels too). */
export function frameFor(model: ChartModel, rect: Rect, insets: Insets = CHART_INSETS): ChartFrame {
  const [lo, hi] = extent([chartValues(model)]);
  return chartFrame(rect, model.quarters, Math.min(lo, 0), hi, insets);
}

function pts(frame: ChartFrame, series: readonly ChartPoint[]): [number, number][] {
  return series.map((p) => [frame.xOf(p.q), frame.yOf(p.v)]);
}

function stroke(g: Phaser.GameObjects.Graphics, points: readonly [number, number][]): void {
  if (points.length < 2) return;
  g.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? g.moveTo(x, y) : g.lineTo(x, y)));
  g.strokePath();
}

function dashed(
  g: Phaser.GameObjects.Graphics,
  points: readonly [number, number][],
  dash: number,
  gap: number,
): void {
  for (const [x1, y1, x2, y2] of dashSegments(points, dash, gap)) g.lineBetween(x1, y1, x2, y2);
}

/** Fills the area between two edges of a band (its upper edge left to right, then the lower back). */
function fillBetween(
  g: Phaser.GameObjects.Graphics,
  f: ChartFrame,
  band: readonly BandPoint[],
  upper: (b: BandPoint) => number,
  lower: (b: BandPoint) => number,
): void {
  if (band.length < 2) return;
  g.beginPath();
  band.forEach((b, i) =>
    i === 0 ? g.moveTo(f.xOf(b.q), f.yOf(upper(b))) : g.lineTo(f.xOf(b.q), f.yOf(upper(b))),
  );
  for (let i = band.length - 1; i >= 0; i--) {
    const b = band[i] as BandPoint;
    g.lineTo(f.xOf(b.q), f.yOf(lower(b)));
  }
  g.closePath();
  g.fillPath();
}

/**
 * A set of runs as a shaded band: the 90 % range lightly, the 50 % range more strongly, the median
 * as a thin solid line (under the projection's own line for the next quarters, alone beyond them),
 * and for the status quo a thin outline of its 90 % range, so two overlapping bands stay apart
 * without colour.
 */
function drawBand(
  g: Phaser.GameObjects.Graphics,
  f: ChartFrame,
  band: readonly BandPoint[],
  colour: number,
  outlined: boolean,
): void {
  g.fillStyle(colour, 0.12);
  fillBetween(
    g,
    f,
    band,
    (b) => b.hi90,
    (b) => b.lo90,
  );
  g.fillStyle(colour, 0.22);
  fillBetween(
    g,
    f,
    band,
    (b) => b.hi50,
    (b) => b.lo50,
  );
  g.lineStyle(1.5, colour, 0.85);
  stroke(
    g,
    band.map((b) => [f.xOf(b.q), f.yOf(b.mid)] as [number, number]),
  );
  if (!outlined) return;
  g.lineStyle(1, colour, 0.7);
  dashed(
    g,
    band.map((b) => [f.xOf(b.q), f.yOf(b.hi90)] as [number, number]),
    2,
    3,
  );
  dashed(
    g,
    band.map((b) => [f.xOf(b.q), f.yOf(b.lo90)] as [number, number]),
    2,
    3,
  );
}

/** Draws `model` into `g` inside `rect` (page = canvas coordinates), adding to what g holds. */
export function drawChart(
  g: Phaser.GameObjects.Graphics,
  rect: Rect,
  model: ChartModel,
  insets: Insets = CHART_INSETS,
): void {
  const f = frameFor(model, rect, insets);
  const { plot } = f;
  g.lineStyle(1, CHART_COLOURS.grid, 0.8);
  for (const t of f.ticks) g.lineBetween(plot.x, f.yOf(t), plot.x + plot.width, f.yOf(t));
  g.lineBetween(plot.x, plot.y, plot.x, plot.y + plot.height);
  for (const fc of model.forecasts) {
    const x1 = f.xOf(fc.fromQuarter - 0.5);
    const x2 = f.xOf(fc.toQuarter + 0.5);
    g.fillStyle(CHART_COLOURS.forecast, 0.1);
    g.fillRect(x1, plot.y, x2 - x1, plot.height);
    g.lineStyle(1, CHART_COLOURS.forecast, 0.55);
    dashed(
      g,
      [
        [x1, plot.y],
        [x1, plot.y + plot.height],
      ],
      3,
      3,
    );
    dashed(
      g,
      [
        [x2, plot.y],
        [x2, plot.y + plot.height],
      ],
      3,
      3,
    );
    if (fc.value !== null) {
      g.lineStyle(3, CHART_COLOURS.forecast, 0.9);
      g.lineBetween(x1, f.yOf(fc.value), x2, f.yOf(fc.value));
    }
  }
  // The bands lie under every line, thresholds included, so no line changes colour under them.
  drawBand(g, f, model.statusQuoBand, CHART_COLOURS.statusQuo, true);
  drawBand(g, f, model.pendingBand, CHART_COLOURS.pending, false);
  g.lineStyle(2, CHART_COLOURS.threshold, 0.9);
  for (const t of model.thresholds)
    dashed(
      g,
      [
        [plot.x, f.yOf(t.value)],
        [plot.x + plot.width, f.yOf(t.value)],
      ],
      10,
      5,
    );
  g.lineStyle(1.5, CHART_COLOURS.baseline, 0.9);
  stroke(g, pts(f, model.baseline));
  // The status quo under the player's assumptions: long dashes with short gaps, beside the report's.
  g.lineStyle(2, CHART_COLOURS.modifiedBaseline, 0.95);
  dashed(g, pts(f, model.modifiedBaseline), 14, 4);
  g.lineStyle(2, CHART_COLOURS.statusQuo, 1);
  dashed(g, pts(f, model.statusQuo), 2, 4);
  g.lineStyle(3, CHART_COLOURS.pending, 1);
  dashed(g, pts(f, model.pending), 9, 5);
  g.lineStyle(3, CHART_COLOURS.path, 1);
  stroke(g, pts(f, model.path));
  const last = model.path[model.path.length - 1];
  if (last) {
    g.fillStyle(CHART_COLOURS.path, 1);
    g.fillCircle(f.xOf(last.q), f.yOf(last.v), 4);
  }
}
