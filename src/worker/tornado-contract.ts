/**
 * The messages between the page and the tornado worker: a job (which disputed figure matters, one
 * at a time, from a game's opening state under a schedule of levers) and its answer. Plain data,
 * so both sides agree on them through structured cloning.
 */
import type { DisputedFigure, Policy, ScenarioParams, TornadoResult } from '../engine';

/** What the page asks the tornado worker to run. */
export interface TornadoRequest {
  /** Numbers the job; an answer carries it back. */
  readonly id: number;
  /** The parameters every option starts from (the game's or the scenario's). */
  readonly params: ScenarioParams;
  /** The game's seed: each set's opening state is built from its own parameters and this seed. */
  readonly gameSeed: number;
  /** The levers per quarter from the start; past its end the last one holds (at least one). */
  readonly policies: readonly Policy[];
  /** The figures to vary, one at a time. */
  readonly figures: readonly DisputedFigure[];
  /** Runs per option. */
  readonly runs: number;
  /** Quarters to run from the start (cut at the horizon). */
  readonly quarters: number;
  /** The seed of every set of runs (the same for every option). */
  readonly seed: number;
}

/** The worker's answer: the tornado, or why it could not be made. */
export type TornadoReply =
  { readonly id: number; readonly result: TornadoResult } | { readonly id: number; readonly error: string };
