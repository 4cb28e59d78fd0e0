/**
 * What the selectors share: identity memoisation (so a screen that compares a selector's result
 * before and after a set sees the same object when nothing it reads changed), the state to read
 * before a game exists, indicator-like values of a state, and the threshold conditions on a metric.
 */
import {
  createInitialState,
  quarterLabel,
  type GameState,
  type ScenarioParams,
  type ThresholdConditionParams,
} from '../../engine';
import type { GameStore } from '../store/contract';

/**
 * Wraps a function so that it recomputes only when one of its arguments is a different object
 * (or value) from the last call; one entry, which is what a store with one state needs.
 */
export function memoOnIdentity<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R | undefined;
  return (...args: A): R => {
    const previous = lastArgs;
    if (previous && previous.length === args.length && args.every((a, i) => Object.is(a, previous[i]))) {
      return lastResult as R;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

const openingState = memoOnIdentity((params: ScenarioParams, seed: number): GameState =>
  createInitialState(params, seed),
);

/** The state the screens read: the game, or before one starts the scenario's opening state. */
export function currentState(s: GameStore): GameState {
  return s.game ?? openingState(s.scenario.params, s.seed);
}

/** The opening state of the loaded game's scenario and seed (the point before Q1). */
export function startState(s: GameStore): GameState {
  return openingState(s.scenario.params, s.game?.seed ?? s.seed);
}

/** Label of the quarter being decided, e.g. '2025-Q3' (the last quarter once the horizon is reached). */
export function selectQuarterLabel(s: GameStore): string {
  const p = s.scenario.params;
  return selectQuarterLabelAt(s, Math.min(s.game?.quarterIndex ?? 0, p.horizonQuarters - 1));
}

/** Label of the quarter with this index (0 = the scenario's first quarter), e.g. '2025-Q2'. */
export function selectQuarterLabelAt(s: GameStore, quarterIndex: number): string {
  const p = s.scenario.params;
  return quarterLabel(p.startYear, p.startQuarter, quarterIndex);
}

/**
 * Indicator-like values of a state for the stocks that exist before any quarter is played
 * (flows such as casualties have no value until a quarter has run). Units as in Indicators. The
 * engine's one state-to-indicator map (src/engine/state-indicators.ts) builds them.
 */
export { stateIndicatorValues } from '../../engine';

/** A threshold condition with its threshold's id and its index in the state's condition arrays. */
export interface MetricCondition {
  readonly thresholdId: string;
  readonly index: number;
  readonly condition: ThresholdConditionParams;
}

/** Every threshold condition on a metric, in scenario order. */
export function conditionsOn(metric: string, params: ScenarioParams): MetricCondition[] {
  const found: MetricCondition[] = [];
  let index = 0;
  for (const threshold of params.posture.thresholds) {
    for (const condition of threshold.conditions) {
      if (condition.metric === metric) found.push({ thresholdId: threshold.id, index, condition });
      index++;
    }
  }
  return found;
}
