/**
 * The small parts of a canvas chart: its font, point markers, legend samples and layout, text cut
 * to fit, and the labels placed inside the plot (thresholds, the report's forecast windows) so
 * that none overlaps another or a line's name.
 */
import type { chartFrame } from '../chart/chart-scale';
import { boxesOverlap, keepNonOverlapping, type Box } from '../overlap';
import type { CanvasChartSpec, CanvasLine, CanvasTheme, Marker } from './canvas-chart-types';
import { uiWords } from '../../text';

/** The game's type face, with fallbacks, for text drawn on a canvas. */
const FONT = "'IBM Plex Sans', system-ui, sans-serif";

/** A canvas font string: the game's type face at `px` and `weight`. */
export function font(px: number, weight = 400): string {
  return `${weight} ${px}px ${FONT}`;
}

/** A point marker: a filled circle, square, triangle or diamond of radius about `r` px at (x, y). */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  marker: Marker,
  x: number,
  y: number,
  r: number,
): void {
  if (marker === 'none') return;
  ctx.beginPath();
  if (marker === 'circle') ctx.arc(x, y, r, 0, Math.PI * 2);
  else if (marker === 'square') ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else if (marker === 'triangle') {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.1, y + r * 0.9);
    ctx.lineTo(x - r * 1.1, y + r * 0.9);
    ctx.closePath();
  } else {
    ctx.moveTo(x, y - r * 1.3);
    ctx.lineTo(x + r * 1.1, y);
    ctx.lineTo(x, y + r * 1.3);
    ctx.lineTo(x - r * 1.1, y);
    ctx.closePath();
  }
  ctx.fill();
}

/** A legend sample: a short stretch of the line's stroke with its marker in the middle. */
export function drawSample(
  ctx: CanvasRenderingContext2D,
  line: CanvasLine,
  x: number,
  y: number,
  w: number,
): void {
  ctx.strokeStyle = line.colour;
  ctx.fillStyle = line.colour;
  ctx.lineWidth = line.width;
  ctx.setLineDash([...line.dash]);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + w, y);
  ctx.stroke();
  ctx.setLineDash([]);
  drawMarker(ctx, line.marker, x + w / 2, y, 4);
}

/** Where each legend entry goes: its x offset and row. */
export interface LegendLayout {
  readonly rows: number;
  readonly items: readonly { x: number; row: number; line: CanvasLine }[];
}

/** Lays the legend entries out left to right, wrapping to a new row at `width` px. */
export function legendLayout(
  ctx: CanvasRenderingContext2D,
  lines: readonly CanvasLine[],
  width: number,
): LegendLayout {
  const items: { x: number; row: number; line: CanvasLine }[] = [];
  let x = 0;
  let row = 0;
  for (const line of lines) {
    const w = 36 + ctx.measureText(line.label).width + 20;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    items.push({ x, row, line });
    x += w;
  }
  return { rows: lines.length === 0 ? 0 : row + 1, items };
}

/** `text`, shortened with an ellipsis to fit `width` px in the context's current font. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * The threshold labels (right end, above their line) and the forecast windows' "Report" (top of
 * the window), on a backing of the page colour; a label that would overlap one already placed, a
 * line's end label (`reserved`: the lines' names come first), or leave the plot, is left out (the
 * legend and the unit line still say what the marks are).
 */
export function drawPlotLabels(
  ctx: CanvasRenderingContext2D,
  spec: CanvasChartSpec,
  f: ReturnType<typeof chartFrame>,
  theme: CanvasTheme,
  reserved: readonly Box[],
): void {
  const { plot } = f;
  const h = theme.fontPx * 1.2;
  const labels = [
    ...spec.thresholds.map((t) => {
      const w = ctx.measureText(t.label).width + 8;
      const right = plot.x + plot.width - 2;
      const bottom = f.yOf(t.value) - 3;
      return {
        text: t.label,
        colour: theme.threshold,
        box: { left: right - w, top: bottom - h, right, bottom },
      };
    }),
    ...spec.forecasts.map((fc) => {
      const left = f.xOf(fc.fromQuarter - 0.5) + 2;
      const text = uiWords().review.chartForecastLabel;
      const w = ctx.measureText(text).width + 8;
      return {
        text,
        colour: theme.forecast,
        box: { left, top: plot.y + 2, right: left + w, bottom: plot.y + 2 + h },
      };
    }),
  ];
  const bounds: Box = { left: plot.x, top: plot.y, right: plot.x + plot.width, bottom: plot.y + plot.height };
  const free = labels.filter((l) => reserved.every((r) => !boxesOverlap(l.box, r, 1)));
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const i of keepNonOverlapping(
    free.map((l) => l.box),
    bounds,
  )) {
    const l = free[i]!;
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = theme.background;
    ctx.fillRect(l.box.left, l.box.top, l.box.right - l.box.left, l.box.bottom - l.box.top);
    ctx.globalAlpha = 1;
    ctx.fillStyle = l.colour;
    ctx.fillText(l.text, l.box.left + 4, (l.box.top + l.box.bottom) / 2);
  }
}
