/**
 * What the room server accepts into a room's documents. A change (a Yjs update) is tried on a
 * copy of the document first, and the copy is checked as the room model reads it: only the
 * member's own document, only the names the room uses, the settings that fix the game left as
 * they were, logs and actions only ever appended to, and every new entry one the engine can play
 * now. The functions here are pure and never throw: anything unexpected is a refusal with a reason.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { ScenarioParams } from '../engine';
import { roomAccess, type RoomMember } from '../room/room-access';
import {
  readActions,
  readAnswers,
  readLog,
  readSettings,
  ROOM_DOC_ROOTS,
  rootsOf,
  type RoomDocAddress,
} from '../room/room-docs';
import { applyAssumptions, getBundledScenario } from '../scenario';
import {
  composeTeamGame,
  isFacilitatorAction,
  isKremlinAnswer,
  isRoomSettings,
  isTeamLogEntry,
  MAX_ROOM_ACTIONS,
  MAX_TEAM_LOG_ENTRIES,
  quarterOpenFor,
  teamStatusOf,
  type RoomSettings,
  type TeamStatus,
} from '../state';

/** The server's answer to a change: taken, or refused with a reason in plain words. */
export type RoomVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * What a team's log and the Kremlin's answers to it are checked against: the room's settings
 * document, and the team's log and answers as the server holds them (all as read, unchecked).
 */
export interface RoomContext {
  readonly settings: unknown;
  readonly actions: readonly unknown[];
  /** The team's log (for a change of the Kremlin's answers to it). */
  readonly log: readonly unknown[];
  /** The Kremlin's answers to the team (for a change of its log). */
  readonly answers: readonly unknown[];
}

/** A change a member sends to one document of a room. */
export interface RoomChange {
  /** The document as the server holds it now (left untouched). */
  readonly doc: Y.Doc;
  readonly address: RoomDocAddress;
  readonly member: RoomMember;
  /** The Yjs update the member sent. */
  readonly update: Uint8Array;
  /** The room's settings and actions and the team's data; needed for a team's documents, ignored for the others. */
  readonly room: RoomContext | null;
}

const ACCEPT: RoomVerdict = { ok: true };
const refuse = (reason: string): RoomVerdict => ({ ok: false, reason });

/** The fields of the settings the room's creation fixed. */
const FIXED_SETTINGS = ['scenarioId', 'scenarioVersion', 'assumptions', 'seed', 'teams', 'kremlin'] as const;

/** The one key of the settings map. */
const SETTINGS_KEYS = ['settings'];

/** Roots that hold arrays; the others hold maps. */
const ARRAY_ROOTS = new Set(['log', 'actions', 'answers']);

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** True when two plain values are the same JSON. */
const sameJson = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** The index of the first old item that the new list changed or dropped, or -1 for an append. */
function firstRewrite(before: readonly unknown[], after: readonly unknown[]): number {
  for (let i = 0; i < before.length; i++) {
    if (i >= after.length || !sameJson(before[i], after[i])) return i;
  }
  return -1;
}

const paramsCache = new Map<string, ScenarioParams>();

/**
 * The room's scenario under the room's assumptions, as every team plays it (cached by scenario
 * and assumptions). Throws for a scenario the server does not bundle.
 */
export function roomParams(settings: RoomSettings): ScenarioParams {
  const key = `${settings.scenarioId}\u0000${canonical(settings.assumptions)}`;
  const cached = paramsCache.get(key);
  if (cached) return cached;
  const params = applyAssumptions(getBundledScenario(settings.scenarioId), settings.assumptions).params;
  paramsCache.set(key, params);
  return params;
}

/**
 * The room's settings and actions as its settings document holds them, with a team's log and the
 * Kremlin's answers to it (all unchecked; missing documents read as empty).
 */
export function roomContextOf(
  settingsDoc: Y.Doc | null,
  logDoc: Y.Doc | null = null,
  answersDoc: Y.Doc | null = null,
): RoomContext {
  return {
    settings: settingsDoc ? readSettings(settingsDoc) : undefined,
    actions: settingsDoc ? readActions(settingsDoc) : [],
    log: logDoc ? readLog(logDoc) : [],
    answers: answersDoc ? readAnswers(answersDoc) : [],
  };
}

/** A copy of a document with the update applied, or the reason it cannot be applied. */
function tryOnCopy(doc: Y.Doc, update: Uint8Array): Y.Doc | string {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(copy, update);
  } catch {
    copy.destroy();
    return 'the change is not a readable Yjs update';
  }
  if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) {
    copy.destroy();
    return 'the change builds on data the server does not have';
  }
  return copy;
}

/** The reason a document's top-level names break the room's shape, or null. */
function shapeProblem(copy: Y.Doc, address: RoomDocAddress): string | null {
  const allowed = ROOM_DOC_ROOTS[address.kind];
  const stray = rootsOf(copy).find((root) => !allowed.includes(root));
  if (stray !== undefined) return `a ${address.kind} document holds no "${stray}"`;
  for (const [name, type] of copy.share) {
    if (ARRAY_ROOTS.has(name) ? type._map.size > 0 : type._start !== null) {
      return `"${name}" holds the wrong kind of value`;
    }
  }
  if (address.kind === 'settings') {
    const stranger = [...copy.getMap('room').keys()].find((key) => !SETTINGS_KEYS.includes(key));
    if (stranger !== undefined) return `the settings hold no "${stranger}"`;
  }
  return null;
}

/** The reason a change of the settings document is refused, or null. */
function settingsProblem(before: Y.Doc, after: Y.Doc): string | null {
  const old = readSettings(before);
  const next = readSettings(after);
  if (!isRoomSettings(old)) return 'the room has no valid settings to change';
  if (!isRoomSettings(next)) return 'the new settings are not valid room settings';
  const fixed = FIXED_SETTINGS.find((key) => !sameJson(old[key], next[key]));
  if (fixed !== undefined) return `the room's ${fixed} cannot change after the room was created`;
  const oldActions = readActions(before);
  const newActions = readActions(after);
  if (newActions.length > MAX_ROOM_ACTIONS) return `a room holds at most ${MAX_ROOM_ACTIONS} actions`;
  const rewritten = firstRewrite(oldActions, newActions);
  if (rewritten >= 0) return `action ${rewritten + 1} was changed or removed (actions are only appended)`;
  const bad = newActions.findIndex((a, i) => i >= oldActions.length && !isFacilitatorAction(a, next.teams));
  if (bad >= 0) return `action ${bad + 1} is not a valid action on a team of this room`;
  return null;
}

/** The room's settings when they are valid and hold this team, else the reason in words. */
function settingsForTeam(room: RoomContext | null, teamId: string): RoomSettings | string {
  const settings = room?.settings;
  if (!isRoomSettings(settings)) return 'the room has no valid settings';
  if (!settings.teams.some((t) => t.id === teamId)) return `the room has no team ${teamId}`;
  return settings;
}

/** The reason a change of a team's log is refused, or null. */
function teamLogProblem(
  before: Y.Doc,
  after: Y.Doc,
  teamId: string,
  room: RoomContext | null,
): string | null {
  const settings = settingsForTeam(room, teamId);
  if (typeof settings === 'string') return settings;
  const oldLog = readLog(before);
  const newLog = readLog(after);
  if (newLog.length > MAX_TEAM_LOG_ENTRIES)
    return `a team's log holds at most ${MAX_TEAM_LOG_ENTRIES} entries`;
  const rewritten = firstRewrite(oldLog, newLog);
  if (rewritten >= 0) return `entry ${rewritten + 1} was changed or removed (the log is only appended)`;
  for (let i = oldLog.length; i < newLog.length; i++) {
    const entry = newLog[i];
    if (!isTeamLogEntry(entry)) return `entry ${i + 1} is not a valid log entry`;
    if (entry.kind === 'turn' && !quarterOpenFor(settings, entry.quarter)) {
      return settings.paused
        ? 'the room is paused: no quarter can end now'
        : `quarter ${entry.quarter + 1} is not open yet (${settings.openQuarters} open)`;
    }
  }
  const params = roomParams(settings);
  const actions = room?.actions ?? [];
  const answers = room?.answers ?? [];
  const newGame = composeTeamGame(settings, params, teamId, newLog, actions, answers);
  const refused = newGame.refusedEntries.find((i) => i >= oldLog.length);
  if (refused !== undefined) return `entry ${refused + 1} cannot be played in this game`;
  // Only a log that already leaves entries out needs the old replay to compare with.
  if (newGame.refusedEntries.length === 0) return null;
  const oldGame = composeTeamGame(settings, params, teamId, oldLog, actions, answers);
  return newGame.refusedEntries.length > oldGame.refusedEntries.length
    ? 'the change makes earlier entries unplayable'
    : null;
}

/**
 * The reason a change of the Kremlin's answers to a team is refused, or null: answers are only
 * appended, and each new one answers the quarter the team's game waits on, once.
 */
function answersProblem(
  before: Y.Doc,
  after: Y.Doc,
  teamId: string,
  room: RoomContext | null,
): string | null {
  const settings = settingsForTeam(room, teamId);
  if (typeof settings === 'string') return settings;
  if (!settings.kremlin) return 'nobody plays the Kremlin in this room: the rules do';
  const oldAnswers = readAnswers(before);
  const newAnswers = readAnswers(after);
  const rewritten = firstRewrite(oldAnswers, newAnswers);
  if (rewritten >= 0) return `answer ${rewritten + 1} was changed or removed (answers are only appended)`;
  let answers = oldAnswers;
  for (let i = oldAnswers.length; i < newAnswers.length; i++) {
    const answer = newAnswers[i];
    if (!isKremlinAnswer(answer)) return `answer ${i + 1} is not a valid Kremlin answer`;
    const game = composeTeamGame(
      settings,
      roomParams(settings),
      teamId,
      room?.log ?? [],
      room?.actions ?? [],
      answers,
    );
    if (game.awaitingKremlin?.entry !== answer.entry) {
      return `answer ${i + 1} answers entry ${answer.entry + 1}, which is not the quarter the team waits on`;
    }
    answers = [...answers, answer];
  }
  return null;
}

/**
 * Decides whether the server takes a member's change to a room document. The change is applied
 * to a copy, never to `doc`. A change that adds nothing (the handshake of a read-only device) is
 * taken from anyone; anything else needs write access and must leave the document valid.
 */
export function checkRoomChange(change: RoomChange): RoomVerdict {
  let copy: Y.Doc | null = null;
  try {
    const tried = tryOnCopy(change.doc, change.update);
    if (typeof tried === 'string') return refuse(tried);
    copy = tried;
    if (Y.equalSnapshots(Y.snapshot(change.doc), Y.snapshot(copy))) return ACCEPT;
    const { address, member } = change;
    if (roomAccess(member, address) !== 'write') {
      return refuse(`a ${member.role} token may not write the ${address.kind} document`);
    }
    const shape = shapeProblem(copy, address);
    if (shape !== null) return refuse(shape);
    const problem =
      address.kind === 'settings'
        ? settingsProblem(change.doc, copy)
        : address.kind === 'team' && address.teamId !== null
          ? teamLogProblem(change.doc, copy, address.teamId, change.room)
          : address.kind === 'kremlin' && address.teamId !== null
            ? answersProblem(change.doc, copy, address.teamId, change.room)
            : `nobody writes the ${address.kind} document but the server`;
    return problem === null ? ACCEPT : refuse(problem);
  } catch (error) {
    return refuse(`the change could not be checked (${error instanceof Error ? error.message : 'error'})`);
  } finally {
    copy?.destroy();
  }
}

/** A message of the sync protocol, as far as the server needs to read it. */
export type RoomMessage =
  /** A sync step 2 or an update: the Yjs update it carries. */
  | { readonly kind: 'change'; readonly documentName: string; readonly update: Uint8Array }
  /** A handshake, awareness, authentication or close message: nothing to check. */
  | { readonly kind: 'pass'; readonly documentName: string }
  | { readonly kind: 'refuse'; readonly reason: string };

/** Message types of the sync engine's protocol. */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_SYNC_REPLY = 4;
const MESSAGE_BROADCAST_STATELESS = 6;
/** Sync message types: step 1 asks for changes, step 2 and update carry them. */
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** The largest awareness message relayed, in bytes (the game shares none). */
const MAX_AWARENESS_BYTES = 16_384;

/**
 * Reads an incoming message: its document name, its type, and for a sync step 2 or an update the
 * Yjs update inside (lib0's var-uint and var-string encodings). Never throws.
 */
export function readRoomMessage(data: Uint8Array): RoomMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const documentName = decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC || type === MESSAGE_SYNC_REPLY) {
      const syncType = decoding.readVarUint(decoder);
      if (syncType === SYNC_STEP_1) return { kind: 'pass', documentName };
      if (syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE) {
        return { kind: 'change', documentName, update: decoding.readVarUint8Array(decoder) };
      }
      return { kind: 'refuse', reason: `unknown sync message type ${syncType}` };
    }
    if (type === MESSAGE_BROADCAST_STATELESS) {
      return { kind: 'refuse', reason: 'the room relays no broadcast messages' };
    }
    if (type === MESSAGE_AWARENESS && data.byteLength > MAX_AWARENESS_BYTES) {
      return { kind: 'refuse', reason: 'the awareness message is too large' };
    }
    return { kind: 'pass', documentName };
  } catch {
    return { kind: 'refuse', reason: 'the message cannot be read' };
  }
}

/**
 * Every team's published standing, rebuilt by replay from the room's settings document, each
 * team's log and the Kremlin's answers to it (`logOf` and `answersOf` give them as stored, []
 * when there are none). `only` limits the teams
 * computed. Empty when the settings are missing or invalid. Never throws.
 */
export function roomTeamStatuses(
  settingsDoc: Y.Doc | null,
  logOf: (teamId: string) => readonly unknown[],
  only: readonly string[] | null = null,
  answersOf: (teamId: string) => readonly unknown[] = () => [],
): Record<string, TeamStatus> {
  const statuses: Record<string, TeamStatus> = {};
  try {
    const { settings, actions } = roomContextOf(settingsDoc);
    if (!isRoomSettings(settings)) return statuses;
    const params = roomParams(settings);
    for (const team of settings.teams) {
      if (only !== null && !only.includes(team.id)) continue;
      const game = composeTeamGame(settings, params, team.id, logOf(team.id), actions, answersOf(team.id));
      statuses[team.id] = teamStatusOf(settings, game);
    }
  } catch {
    // A room whose scenario is not bundled has no standings to publish.
  }
  return statuses;
}
