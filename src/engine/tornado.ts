/**
 * Which assumption matters: a one-at-a-time sensitivity ("tornado") of the disputed figures. For
 * each figure, each of its options is played in a set of runs with the other figures left at the
 * parameters given, and the figure's swing on a measure is the spread (max − min) of the options'
 * medians. Two measures: the quarter of Putin's first posture shift and the score (0–100) of the
 * runs' end.
 *
 * Common random numbers: every option of every figure, and the reference set with no option
 * applied, is run with the SAME seed, so run r faces the same shocks under each option. The
 * difference between two options' medians is then the assumption's, not the noise of two different
 * draws of shocks. Pure and deterministic: the same inputs and seed give the same numbers.
 */
import type { DisputedFigure } from './disputed-figures';
import { runOutcomes } from './ensemble';
import { readParamPath, withOverrides } from './param-overrides';
import type { ScenarioParams } from './params';
import type { GameState, Policy } from './types';

/** How each option's set of runs is drawn. */
export interface TornadoSpec {
  /** Runs per option (1 or more); the same count for the reference set. */
  readonly runs: number;
  /** The seed of every set: the same for every option (common random numbers). */
  readonly seed: number;
  /** Quarters to run from the state (cut at the horizon). */
  readonly quarters: number;
}

/** The two measures a tornado ranks the figures on. */
export type TornadoMeasure = 'firstShiftQuarter' | 'score';

/** The medians of one set of runs. */
export interface TornadoMedians {
  /**
   * Median quarter index of the first posture shift; a run with no shift counts as
   * `noShiftQuarter` (the quarter after the last one run).
   */
  readonly firstShiftQuarter: number;
  /** Median score (0–100) of the runs' ends. */
  readonly score: number;
  /** Mean of the same first-shift quarters (finer than the median, which moves in whole quarters). */
  readonly meanFirstShiftQuarter: number;
  /** Mean score (0–100) of the runs' ends. */
  readonly meanScore: number;
  /** Share of the runs (0–1) in which the posture shifted at all within the quarters run. */
  readonly shifted: number;
}

/** One option of a figure and the medians of its runs. */
export interface TornadoOptionResult extends TornadoMedians {
  readonly id: string;
}

/** One figure: its options' medians and its swing on each measure. */
export interface TornadoFigureResult {
  readonly id: string;
  /** In the figure's own order of options. */
  readonly options: readonly TornadoOptionResult[];
  /** Max − min of the options' medians: quarters for the first shift, points for the score. */
  readonly swing: Readonly<Record<TornadoMeasure, number>>;
  /** Max − min of the options' means, in the same units: orders figures whose median swings tie. */
  readonly meanSwing: Readonly<Record<TornadoMeasure, number>>;
}

/** What a tornado says, with what it rests on so a class can reproduce it. */
export interface TornadoResult {
  /** Runs per option (and in the reference set). */
  readonly runs: number;
  /** The seed of every set of runs. */
  readonly seed: number;
  /** Quarters run from the start. */
  readonly quarters: number;
  /** Quarter index of the first quarter run. */
  readonly fromQuarter: number;
  /** The quarter index a run with no posture shift counts as: the quarter after the last one run. */
  readonly noShiftQuarter: number;
  /** What was varied: one figure at a time, the others at the parameters given. */
  readonly varied: 'one-at-a-time';
  /** The reference set: the parameters given, no option applied. */
  readonly central: TornadoMedians;
  /** Every figure, in the order given. */
  readonly figures: readonly TornadoFigureResult[];
  /**
   * Figure ids by swing of the medians, largest first, one ranking per measure; equal swings are
   * ordered by the swing of the means, then keep the order given.
   */
  readonly ranking: Readonly<Record<TornadoMeasure, readonly string[]>>;
}

/**
 * The median of some values: the lower of the two middle values when their count is even, so a
 * median quarter is always a quarter some run reached (a modelling choice). NaN for no values.
 */
export function lowerMedian(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** The medians of one set of runs. */
function mediansOf(
  state: GameState | ((params: ScenarioParams) => GameState),
  policy: Policy | ((quarterAhead: number) => Policy),
  params: ScenarioParams,
  spec: TornadoSpec,
): { medians: TornadoMedians; quarters: number; fromQuarter: number } {
  const from = typeof state === 'function' ? state(params) : state;
  const result = runOutcomes(from, policy, params, spec);
  const noShift = result.fromQuarter + result.quarters;
  const quarters = result.firstShiftQuarters.map((q) => (q < 0 ? noShift : q));
  return {
    medians: {
      firstShiftQuarter: lowerMedian(quarters),
      score: lowerMedian(result.scores),
      meanFirstShiftQuarter: mean(quarters),
      meanScore: mean(result.scores),
      shifted: result.postureShift,
    },
    quarters: result.quarters,
    fromQuarter: result.fromQuarter,
  };
}

/** True when every override already holds in `params` (the option is the scenario's own value). */
function changesNothing(
  params: ScenarioParams,
  overrides: DisputedFigure['options'][number]['overrides'],
): boolean {
  return Object.entries(overrides).every(
    ([path, value]) => JSON.stringify(readParamPath(params, path)) === JSON.stringify(value),
  );
}

const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;

const swingOf = (values: readonly number[]): number =>
  values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);

/** Figure ids by swing on one measure, largest first; then by the means' swing, then the figures' order. */
function rank(figures: readonly TornadoFigureResult[], measure: TornadoMeasure): string[] {
  return figures
    .map((f, i) => ({ id: f.id, swing: f.swing[measure], meanSwing: f.meanSwing[measure], i }))
    .sort((a, b) => b.swing - a.swing || b.meanSwing - a.meanSwing || a.i - b.i)
    .map((f) => f.id);
}

/**
 * Ranks the disputed figures by how much each moves the quarter of the first posture shift and the
 * final score: from `state` under `policy` (one for every quarter, or one per quarter ahead), each
 * option of each figure in `spec.runs` runs with `withOverrides(params, option.overrides)` and the
 * same seed (common random numbers), plus one reference set with `params` as given. `state` may
 * be a function of a set's parameters that gives its start (e.g. the opening state built from
 * them), so that an option setting an opening figure (`initial.*`) takes effect; a state given as
 * a value is the same for every option. Costs (1 + options in all) × runs × quarters quarter steps.
 */
export function assumptionTornado(
  state: GameState | ((params: ScenarioParams) => GameState),
  policy: Policy | ((quarterAhead: number) => Policy),
  params: ScenarioParams,
  figures: readonly DisputedFigure[],
  spec: TornadoSpec,
): TornadoResult {
  const run = { runs: Math.max(1, Math.floor(spec.runs)), seed: spec.seed, quarters: spec.quarters };
  const reference = mediansOf(state, policy, params, run);
  const results: TornadoFigureResult[] = figures.map((figure) => {
    const options = figure.options.map((option): TornadoOptionResult => {
      // An option that changes nothing plays the reference set's runs exactly: reuse them.
      const medians = changesNothing(params, option.overrides)
        ? reference.medians
        : mediansOf(state, policy, withOverrides(params, option.overrides), run).medians;
      return { id: option.id, ...medians };
    });
    return {
      id: figure.id,
      options,
      swing: {
        firstShiftQuarter: swingOf(options.map((o) => o.firstShiftQuarter)),
        score: swingOf(options.map((o) => o.score)),
      },
      meanSwing: {
        firstShiftQuarter: swingOf(options.map((o) => o.meanFirstShiftQuarter)),
        score: swingOf(options.map((o) => o.meanScore)),
      },
    };
  });
  return {
    runs: run.runs,
    seed: spec.seed,
    quarters: reference.quarters,
    fromQuarter: reference.fromQuarter,
    noShiftQuarter: reference.fromQuarter + reference.quarters,
    varied: 'one-at-a-time',
    central: reference.medians,
    figures: results,
    ranking: { firstShiftQuarter: rank(results, 'firstShiftQuarter'), score: rank(results, 'score') },
  };
}
