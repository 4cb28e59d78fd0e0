/**
 * Many seeded runs of the engine from one state: the same model as the game, played by the
 * numeric kernel (kernel/run-lanes.ts, proved equal to stepQuarter by its tests), each run with
 * shocks of its own, summarised as percentiles per indicator and quarter and as the
 * share of runs in which the key events happen. Pure and deterministic: the same state, policy,
 * parameters and set seed give the same numbers on every machine, so a class can reproduce them.
 */
import { drawDisputed, paramsWithDraw, type DisputedFigure } from './disputed-figures';
import { columnIndex, runLanes, type LaneRun } from './kernel/run-lanes';
import { COLLAPSE, type Lanes } from './kernel/lanes';
import { createInitialState } from './initial-state';
import { horizonScore } from './negotiation';
import { fivePercentilesInPlace } from './order-statistics';
import type { ScenarioParams } from './params';
import { seedToState } from './rng';
import type { GameState, IndicatorName, Indicators, Policy } from './types';

/** How a set of runs is drawn. */
export interface EnsembleSpec {
  /** How many runs (1 or more). */
  readonly runs: number;
  /** Quarters ahead to run (cut at the horizon). */
  readonly quarters: number;
  /** The seed of the set: run r draws its shocks from the generator seeded with (seed, r). */
  readonly seed: number;
  /**
   * The disputed figures to vary: each run draws one option of each (drawDisputed) and plays with
   * it. Absent or empty: every run plays the scenario's own values.
   */
  readonly disputed?: readonly DisputedFigure[];
}

/** What a set varied besides the shocks: the disputed figures and each run's draw, so it can be listed. */
export interface DisputedDraws {
  /** Each figure's id and its options' ids, in the order of the draws. */
  readonly figures: readonly { readonly id: string; readonly optionIds: readonly string[] }[];
  /** One per run: the option index drawn for each figure. */
  readonly draws: readonly (readonly number[])[];
}

/** The 5th, 25th, 50th, 75th and 95th percentiles of one indicator at one quarter. */
export interface Spread {
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** What a set of runs says about its events and ends. Shares are fractions of the runs, 0–1. */
export interface RunOutcomes {
  readonly runs: number;
  readonly seed: number;
  /** Quarters run (the spec's, cut at the horizon). */
  readonly quarters: number;
  /** Quarter index of the first quarter run (the one being decided). */
  readonly fromQuarter: number;
  /** Share of runs in which Putin's posture moves above its level now within the quarters run. */
  readonly postureShift: number;
  /** Share of runs in which the liquid National Wealth Fund is spent within the quarters run. */
  readonly reservesOut: number;
  /** Share of runs in which Western cohesion does not collapse within the quarters run. */
  readonly coalitionHolds: number;
  /** One per run: the quarter index of the first quarter ending with the posture above its level now, or -1. */
  readonly firstShiftQuarters: readonly number[];
  /**
   * One per run: the score (0–100) its last quarter run gives: the outcome's when the run ended,
   * else what the horizon would score with the posture and cohesion reached.
   */
  readonly scores: readonly number[];
  /** The disputed figures varied and each run's draw; null when only the shocks varied. */
  readonly disputed: DisputedDraws | null;
}

/** What a set of runs says: its outcomes and the spread of every indicator at every quarter. */
export interface EnsembleResult extends RunOutcomes {
  /** Indicator → one spread per quarter run. A run that ended (a collapse) keeps its last values. */
  readonly spreads: Readonly<Record<IndicatorName, readonly Spread[]>>;
}

/**
 * The liquid reserves count as spent below 0.01 trillion rubles (10 billion): the model floors
 * them at zero, and a residue that small cannot cover a quarter's deficit (display choice).
 */
export const RESERVES_SPENT_TRN_RUB = 0.01;

/** The generator state of run `run` of a set seeded with `seed` (distinct runs, distinct streams). */
export function runGeneratorState(seed: number, run: number): number {
  return seedToState(Math.imul(seedToState(seed), 0x9e3779b1) ^ seedToState(run + 1));
}

/**
 * The p-th percentile (0–100) of ascending values, interpolating linearly between the two nearest
 * ranks (the "type 7" rule of R and NumPy's default). NaN for no values.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(sorted.length - 1, low + 1);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

/** The five percentiles of some values (sorted here). */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p5: percentile(sorted, 5),
    p25: percentile(sorted, 25),
    p50: percentile(sorted, 50),
    p75: percentile(sorted, 75),
    p95: percentile(sorted, 95),
  };
}

/** The quarters a set of runs covers from a state: the spec's, cut at the horizon; none once the game is over. */
function quartersFrom(state: GameState, params: ScenarioParams, spec: EnsembleSpec): number {
  return state.outcome
    ? 0
    : Math.max(0, Math.min(Math.floor(spec.quarters), params.horizonQuarters - state.quarterIndex));
}

/** A set of runs played by the kernel, with what each run varied. */
interface PlayedSet {
  readonly run: LaneRun;
  /** One per run: the option index drawn for each disputed figure (empty lists when none were varied). */
  readonly draws: readonly (readonly number[])[];
  /** One per run: the parameters it played. */
  readonly paramsOfRun: readonly ScenarioParams[];
}

/**
 * True when `state` is the opening state `params` give for its seed, before any quarter: a set
 * from there lets each run's drawn opening figures (`initial.*`, e.g. Putin's confidence at the
 * start) take effect by opening from them. Later in a game the state already holds what happened,
 * so only the other figures are drawn.
 */
function isOpeningState(state: GameState, params: ScenarioParams): boolean {
  return (
    state.quarterIndex === 0 &&
    state.last === null &&
    JSON.stringify(state) === JSON.stringify(createInitialState(params, state.seed))
  );
}

/** Plays every run of a set in the numeric kernel (the same model as stepQuarter). */
function playSet(
  state: GameState,
  policy: Policy | ((quarterAhead: number) => Policy),
  params: ScenarioParams,
  spec: EnsembleSpec,
): PlayedSet {
  const runs = Math.max(1, Math.floor(spec.runs));
  const disputed = spec.disputed ?? [];
  const draws = Array.from({ length: runs }, (_, r) =>
    disputed.length > 0 ? drawDisputed(disputed, spec.seed, r) : [],
  );
  const paramsOfRun = draws.map((draw) =>
    draw.length > 0 ? paramsWithDraw(params, disputed, draw) : params,
  );
  const rngStates = Uint32Array.from({ length: runs }, (_, r) => runGeneratorState(spec.seed, r));
  const opening = disputed.length > 0 && isOpeningState(state, params);
  const run = runLanes(state, typeof policy === 'function' ? policy : () => policy, params, {
    runs,
    quarters: quartersFrom(state, params, spec),
    rngStates,
    ...(disputed.length > 0 ? { paramsOfRun } : {}),
    ...(opening
      ? { starts: paramsOfRun.map((p) => (p === params ? state : createInitialState(p, state.seed))) }
      : {}),
  });
  return { run, draws, paramsOfRun };
}

/** The score a run's end gives: its outcome's, else the horizon's for the posture and cohesion reached. */
function runScore(lanes: Lanes, lane: number, params: ScenarioParams): number {
  const s = lanes.scalars;
  return s.outcomeKind[lane] !== 0
    ? s.outcomeScore[lane]!
    : horizonScore(s.postureLevel[lane]!, s.cohesion[lane]!, params);
}

/** The five percentiles of indicator `i` at quarter `q` across the runs, from the kernel's columns. */
function columnSpread(run: LaneRun, i: number, q: number, buffer: Float64Array): Spread {
  for (let l = 0; l < run.runs; l++) buffer[l] = run.columns[columnIndex(run, i, q, l)]!;
  const [p5, p25, p50, p75, p95] = fivePercentilesInPlace(buffer);
  return { p5, p25, p50, p75, p95 };
}

/** The outcomes of a set played: its events' shares and each run's first shift and score. */
function outcomesOf(
  { run, draws, paramsOfRun }: PlayedSet,
  state: GameState,
  params: ScenarioParams,
  spec: EnsembleSpec,
): RunOutcomes {
  const { runs, quarters, names } = run;
  const posture = names.indexOf('posture');
  const nwf = names.indexOf('nwfLiquidTrnRub');
  const level = state.posture.level;
  const firstShiftQuarters: number[] = [];
  const scores: number[] = [];
  let spent = 0;
  let held = 0;
  for (let l = 0; l < runs; l++) {
    let shiftAt = -1;
    let out = false;
    for (let q = 0; q < quarters; q++) {
      if (shiftAt < 0 && run.columns[columnIndex(run, posture, q, l)]! > level) shiftAt = q;
      if (run.columns[columnIndex(run, nwf, q, l)]! < RESERVES_SPENT_TRN_RUB) out = true;
    }
    firstShiftQuarters.push(shiftAt < 0 ? -1 : state.quarterIndex + shiftAt);
    scores.push(runScore(run.lanes, l, paramsOfRun[l] ?? params));
    if (out) spent++;
    if (run.lanes.scalars.outcomeKind[l] !== COLLAPSE) held++;
  }
  return {
    runs,
    seed: spec.seed,
    quarters,
    fromQuarter: state.quarterIndex,
    postureShift: firstShiftQuarters.filter((q) => q >= 0).length / runs,
    reservesOut: spent / runs,
    coalitionHolds: held / runs,
    firstShiftQuarters,
    scores,
    disputed: spec.disputed?.length
      ? {
          figures: spec.disputed.map((f) => ({ id: f.id, optionIds: f.options.map((o) => o.id) })),
          draws,
        }
      : null,
  };
}

/**
 * The outcomes alone of `spec.runs` runs (as runEnsemble's), without the spreads of every
 * indicator: for callers that need only the events and each run's first shift and score.
 */
export function runOutcomes(
  state: GameState,
  policy: Policy | ((quarterAhead: number) => Policy),
  params: ScenarioParams,
  spec: EnsembleSpec,
): RunOutcomes {
  return outcomesOf(playSet(state, policy, params, spec), state, params, spec);
}

/**
 * Runs the engine `spec.runs` times from `state` for `spec.quarters` quarters under `policy` (one
 * policy for every quarter, or one per quarter ahead), each run with its own shocks.
 */
export function runEnsemble(
  state: GameState,
  policy: Policy | ((quarterAhead: number) => Policy),
  params: ScenarioParams,
  spec: EnsembleSpec,
): EnsembleResult {
  const played = playSet(state, policy, params, spec);
  const { run } = played;
  const buffer = new Float64Array(run.runs);
  const spreads = {} as Record<IndicatorName, Spread[]>;
  run.names.forEach((name, i) => {
    spreads[name] = Array.from({ length: run.quarters }, (_, q) => columnSpread(run, i, q, buffer));
  });
  return { ...outcomesOf(played, state, params, spec), spreads };
}

/**
 * The indicators each run of a set ends with (the last quarter run), one per run in order: to
 * place a game that was played among the games its levers could have given.
 */
export function ensembleEnds(
  state: GameState,
  policy: Policy | ((quarterAhead: number) => Policy),
  params: ScenarioParams,
  spec: EnsembleSpec,
): Indicators[] {
  const { run } = playSet(state, policy, params, spec);
  if (run.quarters === 0) return [];
  return Array.from({ length: run.runs }, (_, l) => {
    const ends = {} as Record<IndicatorName, number>;
    run.names.forEach((name, i) => {
      ends[name] = run.columns[columnIndex(run, i, run.quarters - 1, l)]!;
    });
    return ends;
  });
}
