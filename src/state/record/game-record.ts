/**
 * A whole game as its record: seed, turns, the current quarter's injects and overrides, and the
 * settlement that ended it. Saves, share codes and imported teams are all checked by replaying
 * their record here; anything the store could never have produced is refused with a problem code.
 */
import {
  concludeSettlement,
  kremlinSettlesOn,
  quarterLabel,
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

/**
 * What makes a record impossible to replay: a settlement the Kremlin would not sign in that state
 * (value quarter, the engine's label), more quarters than the horizon (values turns and
 * horizon), decisions the engine refuses, quarters or decisions after the game ended.
 */
export type RecordProblem =
  'tooManyQuarters' | 'notReplayable' | 'afterEnd' | 'decisionsAfterEnd' | 'settlementRefused';

/** A replayed record, or what makes it impossible, with the values its message needs. */
export type RecordReplay =
  | { readonly ok: true; readonly state: GameState; readonly reports: TurnReport[] }
  | {
      readonly ok: false;
      readonly problem: RecordProblem;
      readonly values: Readonly<Record<string, number | string>>;
    };

const refuse = (
  problem: RecordProblem,
  values: Readonly<Record<string, number | string>> = {},
): RecordReplay => ({
  ok: false,
  problem,
  values,
});

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
    return refuse('tooManyQuarters', { turns: record.turns.length, horizon: params.horizonQuarters });
  }
  let replayed: { state: GameState; reports: TurnReport[] };
  try {
    replayed = replayTurns(params, record.seed, record.turns);
  } catch {
    return refuse('notReplayable');
  }
  const { reports } = replayed;
  if (reports.slice(0, -1).some(endsGame)) return refuse('afterEnd');
  const pending = record.pendingInjects.length + record.pendingOverrides.length;
  if (replayed.state.outcome && (pending > 0 || record.settlement)) {
    return refuse('decisionsAfterEnd');
  }
  try {
    let state = withPending(replayed.state, record.pendingInjects, record.pendingOverrides, params);
    if (record.settlement) {
      // A record's word is not enough: the Kremlin must settle on these terms in this state.
      if (!kremlinSettlesOn(state, record.settlement, params)) {
        return refuse('settlementRefused', {
          quarter: quarterLabel(params.startYear, params.startQuarter, state.quarterIndex),
        });
      }
      state = concludeSettlement(state, record.settlement, params);
    }
    return { ok: true, state, reports };
  } catch {
    return refuse('notReplayable');
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
