/**
 * The workshop room as plain data: its settings (written by the facilitator), each team's log of
 * decisions (written by that team), the facilitator's actions on teams, and who may write what.
 * The sync engine carries these values; this file says which values are valid, so the room server
 * and every client refuse the same things. Nothing here knows the network or the sync engine.
 */
import type { KremlinOption, Proposal } from '../../engine';
import { isValidSeed } from '../campaign/campaign-logic';
import { isId, isKremlinChoiceList, isOverrideTarget, overrideReason } from '../record/record-checks';
import { isRecord } from '../saves/save-format';
import { isAssumptionChoices } from '../saves/save-workshop';

/**
 * Who holds a token: the facilitator, one team, the projector (read only), or the person who plays
 * the Kremlin against every team (in a room created with a Kremlin player).
 */
export type RoomRole = 'facilitator' | 'team' | 'projector' | 'kremlin';

/** Most teams in one room. */
export const MAX_ROOM_TEAMS = 30;
/** Longest team name, in characters. */
export const MAX_ROOM_TEAM_NAME_CHARS = 40;
/** Most entries a team's log may hold (turns and settlement proposals, far beyond any horizon). */
export const MAX_TEAM_LOG_ENTRIES = 120;
/** Most facilitator actions a room may hold, over all teams. */
export const MAX_ROOM_ACTIONS = 3000;
/** A room code: six characters without look-alikes (no 0/O, 1/I/L). */
export const ROOM_CODE_PATTERN = /^[A-HJKMNP-Z2-9]{6}$/;

/** One team of the room. */
export interface RoomTeam {
  /** 't1', 't2' … in the order the facilitator listed them. */
  readonly id: string;
  readonly name: string;
}

/** What the projector shows: every team overlaid, one team, the posture tracks, or how to join. */
export type ProjectorView = 'all' | 'team' | 'posture' | 'join';

/** The room's settings: the one game every team plays, and how the facilitator runs it. */
export interface RoomSettings {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** Assumption id → option id, as on the assumptions screen. */
  readonly assumptions: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly teams: readonly RoomTeam[];
  /** Free: each team at its own pace. Locked: nobody ends a quarter the facilitator has not opened. */
  readonly pace: 'free' | 'locked';
  /** Locked pace: how many quarters a team may have ended (quarter indices below this are open). */
  readonly openQuarters: number;
  /** When the countdown for the open quarter ends, milliseconds since the epoch, or null. */
  readonly deadlineMs: number | null;
  /** While paused, no team ends a quarter. */
  readonly paused: boolean;
  /** Whether teams see each other's levers. */
  readonly reveal: boolean;
  readonly projector: { readonly view: ProjectorView; readonly teamId: string | null };
  /**
   * True when a person plays the Kremlin: a team's quarter then ends only once the Kremlin
   * player has answered it (fixed when the room is created).
   */
  readonly kremlin: boolean;
}

/**
 * The Kremlin player's answer to one quarter a team ended: the options taken (the engine takes
 * those open in that quarter and ignores the others). `entry` is the index of the team's log entry
 * answered, so an answer never carries over to a quarter played again after a rewind.
 */
export interface KremlinAnswer {
  readonly entry: number;
  readonly choices: readonly KremlinOption[];
}

/** An entry of a team's log: a quarter ended with these levers, or a settlement proposed. */
export type TeamLogEntry =
  | {
      readonly kind: 'turn';
      /** Index of the quarter this ends (0 = the first quarter). */
      readonly quarter: number;
      readonly aidBnEurPerQuarter: number;
      readonly sanctionsLevel: number;
    }
  | { readonly kind: 'settle'; readonly quarter: number; readonly terms: Proposal };

/**
 * A facilitator's action on one team. `at` is how many entries of that team's log the facilitator
 * had seen when acting, so the action lands in the quarter the facilitator saw, whatever arrives
 * first over the network.
 */
export type FacilitatorAction =
  | { readonly kind: 'inject'; readonly team: string; readonly at: number; readonly injectId: string }
  | {
      readonly kind: 'override';
      readonly team: string;
      readonly at: number;
      readonly target: string;
      readonly value: number;
      readonly reason: string;
    }
  | { readonly kind: 'rewind'; readonly team: string; readonly at: number; readonly toQuarter: number };

/** A facilitator's action as asked for on the console, before the store notes where it lands (`at`). */
export type FacilitatorRequest = {
  [K in FacilitatorAction['kind']]: Omit<Extract<FacilitatorAction, { kind: K }>, 'at'>;
}[FacilitatorAction['kind']];

const isCount = (x: unknown, max: number): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 && x <= max;

const isShortText = (x: unknown, max: number): x is string =>
  typeof x === 'string' && x.trim().length > 0 && x.length <= max;

/** True when a record has exactly these keys (the room holds no field it does not use). */
const hasExactly = (x: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(x).length === keys.length && keys.every((k) => Object.hasOwn(x, k));

const TEAM_KEYS = ['id', 'name'] as const;
const PROJECTOR_KEYS = ['view', 'teamId'] as const;
const SETTINGS_KEYS = [
  'scenarioId',
  'scenarioVersion',
  'assumptions',
  'seed',
  'teams',
  'pace',
  'openQuarters',
  'deadlineMs',
  'paused',
  'reveal',
  'projector',
  'kremlin',
] as const satisfies readonly (keyof RoomSettings)[];

/** True for a valid room code. */
export function isRoomCode(x: unknown): x is string {
  return typeof x === 'string' && ROOM_CODE_PATTERN.test(x);
}

/** True for a team list: 1 to MAX_ROOM_TEAMS teams, ids t1…tN in order, names short and distinct. */
export function isRoomTeamList(x: unknown): x is readonly RoomTeam[] {
  if (!Array.isArray(x) || x.length === 0 || x.length > MAX_ROOM_TEAMS) return false;
  const names = new Set<string>();
  return x.every((t: unknown, i) => {
    if (
      !isRecord(t) ||
      !hasExactly(t, TEAM_KEYS) ||
      t['id'] !== `t${i + 1}` ||
      !isShortText(t['name'], MAX_ROOM_TEAM_NAME_CHARS)
    )
      return false;
    names.add(t['name']);
    return names.size === i + 1;
  });
}

/** True for room settings as the facilitator may write them. */
export function isRoomSettings(x: unknown): x is RoomSettings {
  if (!isRecord(x) || !hasExactly(x, SETTINGS_KEYS)) return false;
  const { scenarioId, scenarioVersion, assumptions, seed, teams, pace, openQuarters, deadlineMs } = x;
  const projector = x['projector'];
  return (
    isId(scenarioId) &&
    isShortText(scenarioVersion, 40) &&
    isAssumptionChoices(assumptions) &&
    typeof seed === 'number' &&
    isValidSeed(seed) &&
    isRoomTeamList(teams) &&
    (pace === 'free' || pace === 'locked') &&
    isCount(openQuarters, MAX_TEAM_LOG_ENTRIES) &&
    (deadlineMs === null || isCount(deadlineMs, Number.MAX_SAFE_INTEGER)) &&
    typeof x['paused'] === 'boolean' &&
    typeof x['reveal'] === 'boolean' &&
    isRecord(projector) &&
    hasExactly(projector, PROJECTOR_KEYS) &&
    ['all', 'team', 'posture', 'join'].includes(projector['view'] as string) &&
    (projector['teamId'] === null || teams.some((t) => t.id === projector['teamId'])) &&
    typeof x['kremlin'] === 'boolean'
  );
}

/** True for a Kremlin answer as the Kremlin player may write it. */
export function isKremlinAnswer(x: unknown): x is KremlinAnswer {
  return (
    isRecord(x) &&
    Object.keys(x).length === 2 &&
    isCount(x['entry'], MAX_TEAM_LOG_ENTRIES) &&
    isKremlinChoiceList(x['choices'])
  );
}

/** True for settlement terms in the share record's shape: term id → option id, at most 20. */
export function isTerms(x: unknown): x is Proposal {
  return (
    isRecord(x) && Object.keys(x).length <= 20 && Object.entries(x).every(([k, v]) => isId(k) && isId(v))
  );
}

/** True for an entry of a team's log (its levers are checked against the scenario on replay). */
export function isTeamLogEntry(x: unknown): x is TeamLogEntry {
  if (!isRecord(x) || !isCount(x['quarter'], MAX_TEAM_LOG_ENTRIES)) return false;
  if (x['kind'] === 'settle') return Object.keys(x).length === 3 && isTerms(x['terms']);
  return (
    x['kind'] === 'turn' &&
    Object.keys(x).length === 4 &&
    typeof x['aidBnEurPerQuarter'] === 'number' &&
    Number.isFinite(x['aidBnEurPerQuarter']) &&
    isCount(x['sanctionsLevel'], 20)
  );
}

/** True for a facilitator action on a team of this team list. */
export function isFacilitatorAction(x: unknown, teams: readonly RoomTeam[]): x is FacilitatorAction {
  if (!isRecord(x) || !teams.some((t) => t.id === x['team']) || !isCount(x['at'], MAX_TEAM_LOG_ENTRIES)) {
    return false;
  }
  switch (x['kind']) {
    case 'inject':
      return isId(x['injectId']);
    case 'override':
      return (
        isOverrideTarget(x['target']) &&
        typeof x['value'] === 'number' &&
        Number.isFinite(x['value']) &&
        overrideReason(x['reason']) === x['reason']
      );
    case 'rewind':
      return isCount(x['toQuarter'], MAX_TEAM_LOG_ENTRIES);
    default:
      return false;
  }
}
