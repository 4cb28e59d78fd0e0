/**
 * A chart's series over the whole horizon: what was played, the ghost line of the pending levers,
 * the status quo from here, the status-quo baseline from the start, the threshold lines and the
 * report's dated forecasts. Arrays are indexed by quarter (0 = the scenario's first quarter).
 */
import {
  quarterLabel,
  type EnsembleResult,
  type IndicatorName,
  type ScenarioParams,
  type Spread,
  type TurnReport,
} from '../../engine';
import { currentBands, type ProjectionBands } from '../bands/bands-slice';
import { reportForecasts } from '../../scenario/report-forecasts';
import type { GameStore, Projection } from '../store/contract';
import { conditionsOn, memoOnIdentity } from './selector-support';

/** The charts of the campaign screen, in display order. */
export const KEY_CHARTS = [
  'nwfLiquidTrnRub',
  'tanksStorageRestorable',
  'fireRatio',
  'casualtiesPerKm2',
  'westernCohesion',
  'beliefWestQuits',
] as const satisfies readonly IndicatorName[];

/** A dated forecast of the report, placed on the chart (quarter indices, inclusive). */
export interface ChartForecast {
  readonly label: string;
  readonly fromQuarter: number;
  readonly toQuarter: number;
  readonly sources: readonly string[];
}

/** What a set of bands rests on, for the words under and beside them. */
export interface BandRuns {
  readonly runs: number;
  readonly seed: number;
  /** True when each run also drew the disputed figures; false when only the shocks varied. */
  readonly disputed: boolean;
  /** Quarters the runs cover (cut at the horizon). */
  readonly quarters: number;
  /** Quarter index of the last quarter run (0 = the scenario's first quarter). */
  readonly lastQuarter: number;
}

/** What the bands rest on, or null without bands. */
export function bandRunsOf(bands: ProjectionBands | null): BandRuns | null {
  if (!bands) return null;
  const p = bands.pending;
  return {
    runs: p.runs,
    seed: p.seed,
    disputed: p.disputed !== null,
    quarters: p.quarters,
    lastQuarter: p.fromQuarter + p.quarters - 1,
  };
}

/** Everything a chart draws; every array has one entry per quarter of the horizon except thresholds and forecasts. */
export interface ChartData {
  readonly indicator: IndicatorName;
  /** Labels such as '2025-Q1'. */
  readonly quarters: readonly string[];
  /** Values of the quarters played; null after. */
  readonly path: readonly (number | null)[];
  /** Projection under the pending levers, joined to the last played point. */
  readonly ghost: readonly (number | null)[];
  /** Projection under the status quo, joined to the last played point. */
  readonly statusQuo: readonly (number | null)[];
  /** The 5th–95th percentiles of many runs under the pending levers, per quarter (null outside the runs). */
  readonly ghostBand: readonly (Spread | null)[];
  /** The same under the status quo. */
  readonly statusQuoBand: readonly (Spread | null)[];
  /** What the bands rest on (how many runs, the seed of their set, what they varied and how far they reach), or null before they arrive. */
  readonly bandRuns: BandRuns | null;
  /** The status-quo path from the start under the scenario's own parameters: the report's baseline (empty before a game). */
  readonly baseline: readonly number[];
  /** The status-quo path under the chosen assumptions; empty when they change no parameter (it would be the baseline). */
  readonly modifiedBaseline: readonly number[];
  /** Start values of the posture thresholds on this indicator. */
  readonly thresholds: readonly number[];
  readonly forecasts: readonly ChartForecast[];
}

/** Values of reports placed at their quarter, the rest null. */
function placed(
  reports: readonly TurnReport[],
  indicator: IndicatorName,
  horizon: number,
  anchor: { index: number; value: number | null } | null,
): (number | null)[] {
  const out = new Array<number | null>(horizon).fill(null);
  if (anchor && anchor.index >= 0 && anchor.index < horizon) out[anchor.index] = anchor.value;
  for (const r of reports) if (r.quarterIndex < horizon) out[r.quarterIndex] = r.indicators[indicator];
  return out;
}

/** A set of runs' spreads of one indicator placed at their quarters, the rest null. */
function placedBand(
  result: EnsembleResult | undefined,
  indicator: IndicatorName,
  horizon: number,
): (Spread | null)[] {
  const out = new Array<Spread | null>(horizon).fill(null);
  if (!result) return out;
  (result.spreads[indicator] ?? []).forEach((spread, k) => {
    const q = result.fromQuarter + k;
    if (q < horizon) out[q] = spread;
  });
  return out;
}

function buildChart(
  indicator: IndicatorName,
  params: ScenarioParams,
  history: readonly TurnReport[],
  projection: Projection | null,
  baselinePath: readonly TurnReport[],
  modifiedBaselinePath: readonly TurnReport[],
  bands: ProjectionBands | null,
): ChartData {
  const horizon = params.horizonQuarters;
  const path = placed(history, indicator, horizon, null);
  const last = history.length - 1;
  const anchor = last >= 0 ? { index: last, value: path[last] ?? null } : null;
  return {
    indicator,
    quarters: Array.from({ length: horizon }, (_, i) =>
      quarterLabel(params.startYear, params.startQuarter, i),
    ),
    path,
    ghost: placed(projection?.pending ?? [], indicator, horizon, projection ? anchor : null),
    statusQuo: placed(projection?.statusQuo ?? [], indicator, horizon, projection ? anchor : null),
    ghostBand: placedBand(projection ? bands?.pending : undefined, indicator, horizon),
    statusQuoBand: placedBand(projection ? bands?.statusQuo : undefined, indicator, horizon),
    bandRuns: projection ? bandRunsOf(bands) : null,
    baseline: baselinePath.slice(0, horizon).map((r) => r.indicators[indicator]),
    modifiedBaseline:
      modifiedBaselinePath === baselinePath
        ? []
        : modifiedBaselinePath.slice(0, horizon).map((r) => r.indicators[indicator]),
    thresholds: conditionsOn(indicator, params).map((c) => c.condition.start),
    forecasts: reportForecasts()
      .filter((f) => f.indicator === indicator)
      .map((f) => ({
        label: f.label,
        fromQuarter: f.fromQuarter,
        toQuarter: f.toQuarter,
        sources: f.sources,
      })),
  };
}

const byIndicator = new Map<IndicatorName, typeof buildChart>();

/** One chart's data; recomputed only when the history, projection, bands, baselines or scenario change. */
export function selectChart(s: GameStore, indicator: IndicatorName): ChartData {
  let memo = byIndicator.get(indicator);
  if (!memo) {
    memo = memoOnIdentity(buildChart);
    byIndicator.set(indicator, memo);
  }
  return memo(
    indicator,
    s.scenario.params,
    s.history,
    s.projection,
    s.baselinePath,
    s.modifiedBaselinePath,
    currentBands(s),
  );
}
