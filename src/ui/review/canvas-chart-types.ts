/**
 * What a canvas chart (canvas-chart.ts) draws and in which colours: its lines with their dash and
 * marker (so colour is never the only cue), thresholds, forecast windows, and the two themes, the
 * game's dark screens and a white page for downloads and print.
 */
import type { ChartForecast, ChartPoint, ChartThreshold } from '../chart/chart-model';

/** A point marker shape. */
export type Marker = 'none' | 'circle' | 'square' | 'triangle' | 'diamond';

/** One line of the chart. */
export interface CanvasLine {
  readonly label: string;
  readonly points: readonly ChartPoint[];
  readonly colour: string;
  /** Stroke width, px. */
  readonly width: number;
  /** Dash pattern, px ([] = solid). */
  readonly dash: readonly number[];
  readonly marker: Marker;
  /** Writes the label beside the line's last point. */
  readonly endLabel: boolean;
}

/** Everything one canvas chart shows. */
export interface CanvasChartSpec {
  readonly title: string;
  /** Unit words under the title, e.g. "trillion rubles". */
  readonly unit: string;
  readonly quarterLabels: readonly string[];
  readonly lines: readonly CanvasLine[];
  readonly thresholds: readonly ChartThreshold[];
  readonly forecasts: readonly ChartForecast[];
  readonly format: (value: number) => string;
  /** A quarter to mark with a vertical line (the review's selected quarter), or null. */
  readonly cursor: number | null;
  /** Draws the legend under the chart (false where the page shows one legend for several charts). */
  readonly legend?: boolean;
}

/** Colours and type sizes of a canvas chart. */
export interface CanvasTheme {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly threshold: string;
  readonly forecast: string;
  readonly cursor: string;
  /** Size of tick, label and legend text, px. */
  readonly fontPx: number;
  readonly titlePx: number;
}

/** The game's dark palette (screens and the projector). */
export const DARK_THEME: CanvasTheme = {
  background: '#16243a',
  text: '#e8edf3',
  muted: '#a9b8cc',
  grid: '#2c4266',
  threshold: '#e06c5f',
  forecast: '#e0a526',
  cursor: '#e0a526',
  fontPx: 16,
  titlePx: 18,
};

/** A white page for downloaded images and print. */
export const LIGHT_THEME: CanvasTheme = {
  background: '#ffffff',
  text: '#111827',
  muted: '#4b5563',
  grid: '#d1d5db',
  threshold: '#b42318',
  forecast: '#b7791f',
  cursor: '#b7791f',
  fontPx: 16,
  titlePx: 20,
};
