/**
 * What every device in the room may know of every team: how far it has played, where Putin's
 * posture and the coalition's cohesion stand, how its game ended, and its levers only when the
 * facilitator reveals them. The room server computes it by replay and publishes it read-only, so
 * teams see who has ended the quarter without reading each other's decisions.
 */
import type { OutcomeKind, Policy } from '../../engine';
import { isRecord } from '../saves/save-format';
import type { ComposedTeamGame } from './room-compose';
import type { RoomSettings } from './room-model';

/** One team's standing, as published to the room. */
export interface TeamStatus {
  /** Quarters ended so far. */
  readonly quartersPlayed: number;
  /** Putin's posture level (0 = maximalist). */
  readonly postureLevel: number;
  /** The coalition's cohesion, 0–100. */
  readonly cohesion: number;
  readonly outcome: OutcomeKind | null;
  /** The final score, 0–100, once the game has ended. */
  readonly score: number | null;
  /** The levers of the last quarter ended, only while the facilitator reveals them. */
  readonly levers: Policy | null;
  /** True while the team's ended quarter waits for the Kremlin player's answer. */
  readonly awaitingKremlin: boolean;
}

/** The standing of a composed team game under the room's settings. */
export function teamStatusOf(settings: RoomSettings, game: ComposedTeamGame): TeamStatus {
  const { state, record } = game;
  return {
    quartersPlayed: record.turns.length,
    postureLevel: state.posture.level,
    cohesion: Math.round(state.west.cohesion * 10) / 10,
    outcome: state.outcome?.kind ?? null,
    score: state.outcome ? state.outcome.score : null,
    levers: settings.reveal ? (record.turns.at(-1)?.policy ?? null) : null,
    awaitingKremlin: game.awaitingKremlin !== null,
  };
}

/** True for a published team status (read back from the sync engine). */
export function isTeamStatus(x: unknown): x is TeamStatus {
  if (!isRecord(x)) return false;
  const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
  const levers = x['levers'];
  return (
    num(x['quartersPlayed']) &&
    num(x['postureLevel']) &&
    num(x['cohesion']) &&
    (x['outcome'] === null || typeof x['outcome'] === 'string') &&
    (x['score'] === null || num(x['score'])) &&
    typeof x['awaitingKremlin'] === 'boolean' &&
    (levers === null ||
      (isRecord(levers) && num(levers['aidBnEurPerQuarter']) && num(levers['sanctionsLevel'])))
  );
}

/** True when a team may end the quarter it is deciding now: not paused, and open in locked pace. */
export function quarterOpenFor(settings: RoomSettings, quartersPlayed: number): boolean {
  return !settings.paused && (settings.pace === 'free' || quartersPlayed < settings.openQuarters);
}
