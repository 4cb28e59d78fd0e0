/**
 * What a chart shows, in the UI's own terms: the scene maps the store's chart selector into this,
 * so the widgets never depend on the store. Quarter index −1 is the starting figure.
 */

/** One value at one quarter. */
export interface ChartPoint {
  /** Quarter index (0 = the scenario's first quarter; −1 = the starting figure). */
  readonly q: number;
  readonly v: number;
}

/** A series of one value per quarter (null where there is none) as chart points, gaps left out. */
export function chartPoints(values: readonly (number | null)[]): ChartPoint[] {
  return values.flatMap((v, q) => (v === null || !Number.isFinite(v) ? [] : [{ q, v }]));
}

/** The spread of many runs at one quarter: the 90 % range (5th–95th percentile), the 50 % range and the median. */
export interface BandPoint {
  readonly q: number;
  readonly lo90: number;
  readonly lo50: number;
  readonly mid: number;
  readonly hi50: number;
  readonly hi90: number;
}

/** A labelled horizontal line (a posture threshold). */
export interface ChartThreshold {
  readonly value: number;
  readonly label: string;
}

/** A dated forecast of the report: a shaded window of quarters and its label. */
export interface ChartForecast {
  readonly fromQuarter: number;
  readonly toQuarter: number;
  readonly label: string;
  /** The level the forecast is about, drawn as a marker line inside the window when given. */
  readonly value: number | null;
}

/** Everything one chart draws. */
export interface ChartModel {
  readonly id: string;
  readonly title: string;
  /** Unit words for the caption, e.g. "trillion rubles". */
  readonly unit: string;
  /** Quarters on the x axis (the horizon). */
  readonly quarters: number;
  /** A label per quarter index, e.g. "2025 Q1". */
  readonly quarterLabels: readonly string[];
  /** The path so far (solid), including the start at q = −1. */
  readonly path: readonly ChartPoint[];
  /** The next quarters under the pending policy (dashed amber), starting at the last path point. */
  readonly pending: readonly ChartPoint[];
  /** The next quarters under the status quo (dotted). */
  readonly statusQuo: readonly ChartPoint[];
  /**
   * Many runs of the next quarters under the pending policy: shaded 90 % and 50 % ranges ([] until
   * they arrive), starting from the last point played.
   */
  readonly pendingBand: readonly BandPoint[];
  /** The same under the status quo (outlined). */
  readonly statusQuoBand: readonly BandPoint[];
  /** "500 runs, seed 1234": what the bands rest on, or null without bands. */
  readonly bandNote: string | null;
  /**
   * The legend's words for the bands while they are drawn: how many runs, what varied and the seed
   * ("Bands: 500 runs · shocks varied · seed 123"); absent or null: the legend's own words.
   */
  readonly bandCaption?: string | null;
  /** The status-quo run over the whole horizon from the start (thin grey): the report's baseline. */
  readonly baseline: readonly ChartPoint[];
  /**
   * The status quo under the player's assumptions (thin, long dashes), or [] when the assumptions
   * are the report's and it would be the baseline itself.
   */
  readonly modifiedBaseline: readonly ChartPoint[];
  readonly thresholds: readonly ChartThreshold[];
  readonly forecasts: readonly ChartForecast[];
  /** Formats a value for labels, tables and screen readers. */
  readonly format: (value: number) => string;
}

/** All values a chart needs to fit on its y axis. */
export function chartValues(m: ChartModel): number[] {
  return [
    ...m.path.map((p) => p.v),
    ...m.pending.map((p) => p.v),
    ...m.statusQuo.map((p) => p.v),
    ...[...m.pendingBand, ...m.statusQuoBand].flatMap((b) => [b.lo90, b.hi90]),
    ...m.baseline.map((p) => p.v),
    ...m.modifiedBaseline.map((p) => p.v),
    ...m.thresholds.map((t) => t.value),
    ...m.forecasts.flatMap((f) => (f.value === null ? [] : [f.value])),
  ];
}
