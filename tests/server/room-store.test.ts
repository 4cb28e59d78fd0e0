// @vitest-environment node
/** The room store keeps rooms, tokens and documents in SQLite, across a restart. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newRoomCode, openRoomStore, sameSecret, type RoomStore } from '../../src/server/room-store';
import { isRoomCode } from '../../src/state';

const dirs: string[] = [];
const stores: RoomStore[] = [];

function open(dir = mkdtempSync(path.join(tmpdir(), 'room-store-'))): { store: RoomStore; dir: string } {
  if (!dirs.includes(dir)) dirs.push(dir);
  const store = openRoomStore(dir);
  stores.push(store);
  return { store, dir };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the room store', () => {
  it('makes room codes of the room alphabet', () => {
    for (let i = 0; i < 200; i++) expect(isRoomCode(newRoomCode())).toBe(true);
  });

  it('gives every member a long token of its own', () => {
    const { store } = open();
    const room = store.createRoom(['t1', 't2', 't3']);
    expect(isRoomCode(room.code)).toBe(true);
    const tokens = [room.tokens.facilitator, room.tokens.projector, ...Object.values(room.tokens.teams)];
    expect(tokens).toHaveLength(5);
    expect(new Set(tokens).size).toBe(5);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(store.roomLinks(room.code)).toEqual(room.tokens);
  });

  it('tells who holds a token, only in its own room', () => {
    const { store } = open();
    const room = store.createRoom(['t1', 't2']);
    const other = store.createRoom(['t1']);
    expect(store.memberOf(room.code, room.tokens.facilitator)).toEqual({ role: 'facilitator', teamId: null });
    expect(store.memberOf(room.code, room.tokens.projector)).toEqual({ role: 'projector', teamId: null });
    expect(store.memberOf(room.code, room.tokens.teams['t2'] ?? '')).toEqual({ role: 'team', teamId: 't2' });
    expect(store.memberOf(room.code, 'wrong')).toBeNull();
    expect(store.memberOf(room.code, '')).toBeNull();
    expect(store.memberOf(room.code, other.tokens.facilitator)).toBeNull();
    expect(store.memberOf('ZZZZZZ', room.tokens.facilitator)).toBeNull();
    expect(store.room('ZZZZZZ')).toBeNull();
  });

  it('compares secrets of any length', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', 'x')).toBe(false);
  });

  it('keeps rooms and documents when reopened', () => {
    const first = open();
    const room = first.store.createRoom(['t1'], 1_700_000_000_000);
    first.store.storeDocument('room/X/settings', new Uint8Array([1, 2, 3]));
    first.store.storeDocument('room/X/settings', new Uint8Array([4, 5]));
    expect(first.store.fetchDocument('room/X/settings')).toEqual(new Uint8Array([4, 5]));
    first.store.close();
    expect(first.store.isOpen).toBe(false);

    const second = open(first.dir);
    expect(second.store.room(room.code)).toEqual({ ...room, createdMs: 1_700_000_000_000 });
    expect(second.store.memberOf(room.code, room.tokens.teams['t1'] ?? '')).toEqual({
      role: 'team',
      teamId: 't1',
    });
    expect(second.store.fetchDocument('room/X/settings')).toEqual(new Uint8Array([4, 5]));
    expect(second.store.fetchDocument('room/X/status')).toBeNull();
  });
});
