/**
 * The replay record: one Turn per quarter played (the West's policy, the injects fired and the
 * overrides made before it ended, a person's Kremlin choices). The store applies injects and
 * overrides to the game the moment they happen; these helpers keep that live game equal, field for
 * field and event for event, to what replayTurns rebuilds from the record.
 */
import {
  applyFacilitation,
  applyInject,
  applyOverride,
  type GameState,
  type KremlinOption,
  type Override,
  type Policy,
  type ScenarioParams,
  type Turn,
} from '../../engine';

/**
 * The turn a quarter records. Injects and overrides appear only when there were some, so a plain
 * quarter is `{ policy }`; kremlinChoices appears whenever a person played the Kremlin, even when
 * they chose nothing (an empty choice is a decision, absence means the rules decided).
 */
export function recordedTurn(
  policy: Policy,
  injects: readonly string[],
  overrides: readonly Override[],
  kremlinChoices: readonly KremlinOption[] | null,
): Turn {
  return {
    policy,
    ...(injects.length > 0 ? { injects } : {}),
    ...(overrides.length > 0 ? { overrides } : {}),
    ...(kremlinChoices !== null ? { kremlinChoices } : {}),
  };
}

/** The record fields of the store for a list of turns: the turns and the policies derived from them. */
export function recordFields(turns: readonly Turn[]): {
  turns: readonly Turn[];
  policies: readonly Policy[];
} {
  return { turns, policies: turns.map((t) => t.policy) };
}

/**
 * Fires an inject on the live game the way playTurn orders things (every inject of the quarter,
 * then every override): the inject lands, then the quarter's overrides are set again on top. An
 * override sets a field outright and an inject only adds to its own fields, so the result equals
 * the record's order whatever order the facilitator acted in.
 */
export function fireInjectLive(
  game: GameState,
  injectId: string,
  overrides: readonly Override[],
  params: ScenarioParams,
): GameState {
  let next = applyInject(game, injectId, params).state;
  for (const o of overrides) next = applyOverride(next, o);
  return next;
}

/** Applies the current quarter's injects, then its overrides, to the state at the quarter's start. */
export function withPending(
  state: GameState,
  injects: readonly string[],
  overrides: readonly Override[],
  params: ScenarioParams,
): GameState {
  return applyFacilitation(state, { injects, overrides }, params);
}
