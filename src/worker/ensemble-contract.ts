/**
 * The messages between the page and the ensemble worker: a job (many runs of the next quarters
 * from one state, under the pending levers and under the status quo) and its answer. Plain data,
 * so both sides agree on them through structured cloning.
 */
import type { DisputedFigure, EnsembleResult, GameState, Policy, ScenarioParams } from '../engine';

/** What the page asks the worker to run. */
export interface EnsembleRequest {
  /** Numbers the job; an answer carries it back. */
  readonly id: number;
  readonly game: GameState;
  readonly params: ScenarioParams;
  readonly pending: Policy;
  readonly statusQuo: Policy;
  readonly runs: number;
  /** Quarters ahead (the engine cuts them at the horizon). */
  readonly quarters: number;
  readonly seed: number;
  /**
   * The disputed figures each run draws, mapped from scenarios/assumptions.json by the page; [] or
   * absent: only the shocks vary.
   */
  readonly disputed?: readonly DisputedFigure[];
}

/** The worker's answer: both sets of runs, or why it could not run them. */
export type EnsembleReply =
  | { readonly id: number; readonly pending: EnsembleResult; readonly statusQuo: EnsembleResult }
  | { readonly id: number; readonly error: string };
