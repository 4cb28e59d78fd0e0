/**
 * The room as documents of the sync engine (Yjs). A room is several documents so that the server
 * can give each token write access to exactly its own: the settings (and the facilitator's
 * actions) written by the facilitator, one log per team written by that team, and the status of
 * every team written by the server alone. Values inside are plain JSON; what they may hold is
 * checked by the state layer's room model, here they are only read and written.
 */
import * as Y from 'yjs';
import type { FacilitatorAction, KremlinAnswer, RoomSettings, TeamLogEntry, TeamStatus } from '../state';

/** The kinds of document a room is made of (`kremlin`: the Kremlin player's answers to one team). */
export type RoomDocKind = 'settings' | 'status' | 'team' | 'kremlin';

/** A document's place in a room. */
export interface RoomDocAddress {
  readonly code: string;
  readonly kind: RoomDocKind;
  /** The team of a team log or of the Kremlin's answers to it, else null. */
  readonly teamId: string | null;
}

/**
 * The document name of a room's part: `room/CODE/settings`, `room/CODE/status`,
 * `room/CODE/team/t1`, `room/CODE/kremlin/t1`.
 */
export function roomDocName(code: string, kind: RoomDocKind, teamId: string | null = null): string {
  return kind === 'team' || kind === 'kremlin'
    ? `room/${code}/${kind}/${teamId ?? ''}`
    : `room/${code}/${kind}`;
}

/** The room part a document name addresses, or null for any other name. */
export function parseRoomDocName(name: string): RoomDocAddress | null {
  const match = /^room\/([A-Z0-9]{6})\/(?:(settings|status)|(team|kremlin)\/(t[1-9][0-9]?))$/.exec(name);
  if (!match) return null;
  const [, code = '', plain, perTeam, teamId] = match;
  return plain
    ? { code, kind: plain as RoomDocKind, teamId: null }
    : { code, kind: perTeam as RoomDocKind, teamId: teamId ?? null };
}

const SETTINGS_MAP = 'room';
const SETTINGS_KEY = 'settings';
const ACTIONS_ARRAY = 'actions';
const LOG_ARRAY = 'log';
const STATUS_MAP = 'teams';
const ANSWERS_ARRAY = 'answers';

/** The top-level names each kind of document may hold (anything else is refused by the server). */
export const ROOM_DOC_ROOTS: Readonly<Record<RoomDocKind, readonly string[]>> = {
  settings: [SETTINGS_MAP, ACTIONS_ARRAY],
  team: [LOG_ARRAY],
  status: [STATUS_MAP],
  kremlin: [ANSWERS_ARRAY],
};

/** The settings as stored (unchecked), or undefined before the facilitator's first write. */
export function readSettings(doc: Y.Doc): unknown {
  return doc.getMap(SETTINGS_MAP).get(SETTINGS_KEY);
}

/** Writes the room's settings (the facilitator's document). */
export function writeSettings(doc: Y.Doc, settings: RoomSettings): void {
  doc.getMap(SETTINGS_MAP).set(SETTINGS_KEY, settings);
}

/** The facilitator's actions as stored (unchecked), oldest first. */
export function readActions(doc: Y.Doc): unknown[] {
  return doc.getArray(ACTIONS_ARRAY).toArray();
}

/** Appends facilitator actions (the facilitator's document). */
export function pushActions(doc: Y.Doc, actions: readonly FacilitatorAction[]): void {
  doc.getArray(ACTIONS_ARRAY).push([...actions]);
}

/** A team's log as stored (unchecked), oldest first. */
export function readLog(doc: Y.Doc): unknown[] {
  return doc.getArray(LOG_ARRAY).toArray();
}

/** Appends an entry to a team's log (that team's document). */
export function appendLogEntry(doc: Y.Doc, entry: TeamLogEntry): void {
  doc.getArray(LOG_ARRAY).push([entry]);
}

/** The Kremlin player's answers to a team as stored (unchecked), oldest first. */
export function readAnswers(doc: Y.Doc): unknown[] {
  return doc.getArray(ANSWERS_ARRAY).toArray();
}

/** Appends the Kremlin player's answer to a team's ended quarter (that team's Kremlin document). */
export function pushAnswer(doc: Y.Doc, answer: KremlinAnswer): void {
  doc.getArray(ANSWERS_ARRAY).push([answer]);
}

/** Every team's published status as stored (unchecked), by team id. */
export function readStatuses(doc: Y.Doc): Record<string, unknown> {
  return doc.getMap(STATUS_MAP).toJSON();
}

/** Publishes one team's status (the server's document). */
export function writeStatus(doc: Y.Doc, teamId: string, status: TeamStatus): void {
  doc.getMap(STATUS_MAP).set(teamId, status);
}

/** The top-level names a document holds, to refuse any the room does not use. */
export function rootsOf(doc: Y.Doc): string[] {
  return [...doc.share.keys()];
}
