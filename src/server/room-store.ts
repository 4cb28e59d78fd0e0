/**
 * The room server's persistence: one SQLite file in the data directory, holding every document of
 * the sync engine (as one Yjs update each, written by the Database extension) and every room's
 * tokens. A token is the only thing a member holds; it is compared in constant time, and against
 * every token of the room, so the time a check takes does not tell which token came close.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RoomMember } from '../room/room-access';

/** The file the store keeps in the data directory. */
export const ROOM_STORE_FILE = 'rooms.sqlite';

/** The characters of a room code (ROOM_CODE_PATTERN's alphabet: no 0/O, 1/I/L). */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Characters in a room code. */
const ROOM_CODE_LENGTH = 6;

/** Random bytes in a token (43 characters of base64url). */
const TOKEN_BYTES = 32;

/** Every token of one room. */
export interface RoomTokens {
  readonly facilitator: string;
  readonly projector: string;
  /** Team id (`t1` …) → that team's token. */
  readonly teams: Readonly<Record<string, string>>;
  /** The Kremlin player's token, in a room created with one; else null. */
  readonly kremlin: string | null;
}

/** A room as stored. */
export interface StoredRoom {
  readonly code: string;
  /** When the room was created, milliseconds since the epoch. */
  readonly createdMs: number;
  readonly tokens: RoomTokens;
}

/** The store's operations; every call is synchronous (SQLite in this process). */
export interface RoomStore {
  /** Creates a room with fresh tokens for the facilitator, the projector, these teams and, when asked, a Kremlin player. */
  createRoom(teamIds: readonly string[], nowMs?: number, kremlin?: boolean): StoredRoom;
  /** The room with this code, or null. */
  room(code: string): StoredRoom | null;
  /** The room's tokens (to show the join links again), or null for an unknown room. */
  roomLinks(code: string): RoomTokens | null;
  /** Who holds this token in this room, or null when it is none of the room's tokens. */
  memberOf(code: string, token: string): RoomMember | null;
  /** A document's stored state (one Yjs update), or null when it was never stored. */
  fetchDocument(name: string): Uint8Array | null;
  /** Replaces a document's stored state with this Yjs update. */
  storeDocument(name: string, data: Uint8Array): void;
  /** False once closed. */
  readonly isOpen: boolean;
  /** Writes everything out and closes the file. */
  close(): void;
}

interface RoomRow {
  code: string;
  created_ms: number;
  facilitator_token: string;
  projector_token: string;
  team_tokens: string;
  kremlin_token: string | null;
}

/** A new token: 32 random bytes as base64url (43 characters). */
export function newRoomToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** A random room code of six characters from ROOM_CODE_ALPHABET. */
export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** A fixed-length digest, so that tokens of any length compare in constant time. */
const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * True when two secrets are equal, in time that depends on neither (both are hashed to 32 bytes
 * first, so even a token of the wrong length takes the same comparison).
 */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

function parseTeamTokens(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

const roomOf = (row: RoomRow): StoredRoom => ({
  code: row.code,
  createdMs: row.created_ms,
  tokens: {
    facilitator: row.facilitator_token,
    projector: row.projector_token,
    teams: parseTeamTokens(row.team_tokens),
    kremlin: row.kremlin_token ?? null,
  },
});

/**
 * Opens (or creates) the store in `dataDir`, creating the directory when needed. The file uses
 * SQLite's write-ahead log, so a crash loses at most the last write.
 */
export function openRoomStore(dataDir: string): RoomStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, ROOM_STORE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS rooms (
      code TEXT PRIMARY KEY,
      created_ms INTEGER NOT NULL,
      facilitator_token TEXT NOT NULL,
      projector_token TEXT NOT NULL,
      team_tokens TEXT NOT NULL,
      kremlin_token TEXT
    );
  `);
  // A data directory from before rooms had a Kremlin player gains the column.
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(rooms)').all();
  if (!columns.some((c) => c.name === 'kremlin_token'))
    db.exec('ALTER TABLE rooms ADD COLUMN kremlin_token TEXT');
  const selectDocument = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
  const upsertDocument = db.prepare<[string, Buffer]>(
    'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
  );
  const selectRoom = db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE code = ?');
  const insertRoom = db.prepare<[string, number, string, string, string, string | null]>(
    `INSERT OR IGNORE INTO rooms (code, created_ms, facilitator_token, projector_token, team_tokens, kremlin_token)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  let open = true;

  const room = (code: string): StoredRoom | null => {
    const row = selectRoom.get(code);
    return row ? roomOf(row) : null;
  };

  return {
    createRoom(teamIds, nowMs = Date.now(), kremlin = false) {
      const tokens: RoomTokens = {
        facilitator: newRoomToken(),
        projector: newRoomToken(),
        teams: Object.fromEntries(teamIds.map((id) => [id, newRoomToken()])),
        kremlin: kremlin ? newRoomToken() : null,
      };
      // 31^6 ≈ 900 million codes: a collision is rare, and the insert tells when one happens.
      for (let attempt = 0; attempt < 100; attempt++) {
        const code = newRoomCode();
        const inserted = insertRoom.run(
          code,
          nowMs,
          tokens.facilitator,
          tokens.projector,
          JSON.stringify(tokens.teams),
          tokens.kremlin,
        );
        if (inserted.changes === 1) return { code, createdMs: nowMs, tokens };
      }
      throw new Error('No free room code was found.');
    },
    room,
    roomLinks: (code) => room(code)?.tokens ?? null,
    memberOf(code, token) {
      const found = room(code);
      if (!found) return null;
      const candidates: [RoomMember, string][] = [
        [{ role: 'facilitator', teamId: null }, found.tokens.facilitator],
        [{ role: 'projector', teamId: null }, found.tokens.projector],
        ...(found.tokens.kremlin
          ? [[{ role: 'kremlin', teamId: null }, found.tokens.kremlin] as [RoomMember, string]]
          : []),
        ...Object.entries(found.tokens.teams).map(([teamId, t]): [RoomMember, string] => [
          { role: 'team', teamId },
          t,
        ]),
      ];
      let member: RoomMember | null = null;
      // Every token is compared, whichever matches.
      for (const [who, candidate] of candidates) {
        if (sameSecret(token, candidate) && member === null) member = who;
      }
      return member;
    },
    fetchDocument(name) {
      const row = selectDocument.get(name);
      return row ? new Uint8Array(row.data) : null;
    },
    storeDocument(name, data) {
      upsertDocument.run(name, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    },
    get isOpen() {
      return open;
    },
    close() {
      if (!open) return;
      open = false;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
