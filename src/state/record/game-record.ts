/**
 * A whole game as its record: seed, turns, the current quarter's injects and overrides, and the
 * settlement that ended it. Saves, share codes and imported teams are all checked by replaying
 * their record here; anything the store could never have produced is refused with a phrase.
 */
import {
  concludeSettlement,
  replayTurns,
  type GameState,
  type Override,
  type Proposal,
  type ScenarioParams,
  type Turn,
  type TurnReport,
} from '../../engine';
import { withPending } from './turn-record';

/** Everything needed to rebuild a game exactly. */
export interface GameRecord {
  readonly seed: number;
  readonly turns: readonly Turn[];
  /** Injects fired and overrides made in the quarter being decided (already in the live game). */
  readonly pendingInjects: readonly string[];
  readonly pendingOverrides: readonly Override[];
  /** The terms that ended the game in a settlement, or null. */
  readonly settlement: Proposal | null;
}

/** A replayed record, or what makes it impossible, as a phrase ("it holds … "). */
export type RecordReplay =
  | { readonly ok: true; readonly state: GameState; readonly reports: TurnReport[] }
  | { readonly ok: false; readonly problem: string };

const refuse = (problem: string): RecordReplay => ({ ok: false, problem });

/** True when a report closes the game (collapse or the horizon). */
function endsGame(report: TurnReport): boolean {
  return report.events.some((e) => e.category === 'outcome');
}

/**
 * Replays a record: the turns from the seed (replayTurns), then the current quarter's injects and
 * overrides, then the settlement. Refuses quarters past the horizon or after the game ended, and a
 * settlement of a game already over; never throws.
 */
export function replayRecord(params: ScenarioParams, record: GameRecord): RecordReplay {
  if (record.turns.length > params.horizonQuarters) {
    return refuse(
      `it holds ${record.turns.length} quarters, more than the scenario's ${params.horizonQuarters}`,
    );
  }
  let replayed: { state: GameState; reports: TurnReport[] };
  try {
    replayed = replayTurns(params, record.seed, record.turns);
  } catch {
    return refuse('its decisions cannot be replayed');
  }
  const { reports } = replayed;
  if (reports.slice(0, -1).some(endsGame)) return refuse('it holds quarters played after the game ended');
  const pending = record.pendingInjects.length + record.pendingOverrides.length;
  if (replayed.state.outcome && (pending > 0 || record.settlement)) {
    return refuse('it holds decisions made after the game ended');
  }
  try {
    let state = withPending(replayed.state, record.pendingInjects, record.pendingOverrides, params);
    if (record.settlement) state = concludeSettlement(state, record.settlement, params);
    return { ok: true, state, reports };
  } catch {
    return refuse('its decisions cannot be replayed');
  }
}

/** The record of a live game: what a save or a share code carries to rebuild it. */
export function recordOf(s: {
  readonly game: GameState;
  readonly turns: readonly Turn[];
  readonly pendingInjects: readonly string[];
  readonly pendingOverrides: readonly Override[];
}): GameRecord {
  const outcome = s.game.outcome;
  return {
    seed: s.game.seed,
    turns: s.turns,
    pendingInjects: s.pendingInjects,
    pendingOverrides: s.pendingOverrides,
    settlement: outcome?.kind === 'settlement' && outcome.terms ? outcome.terms : null,
  };
}
