/**
 * The games list over storage: no game is ever written over by another, the list stays within
 * its bound, a deletion can be undone, an earlier version's single save joins the list, and a
 * lost index is rebuilt from the games themselves.
 */
import { describe, expect, it } from 'vitest';
import {
  createGameLibrary,
  GAMES_INDEX_KEY,
  KEPT_GAME_PREFIX,
  MAX_GAMES,
  type GameStanding,
} from '../../src/state/saves/game-library';
import { safeStorage, SAVE_KEY } from '../../src/state/store/persistence';
import { fullStorage, memoryStorage, type MemoryStorage } from './helpers';

const standing = (quarterIndex: number): GameStanding => ({
  scenarioId: 'baseline-2025',
  quarterIndex,
  quarter: `2025-Q${quarterIndex + 1}`,
  posture: 0,
  outcome: null,
  score: null,
});
/** Reads a fake save: the text "save <n>" stands at quarter n; anything else is unreadable. */
const standingOf = (raw: string): GameStanding | null => {
  const m = /^save (\d+)$/.exec(raw);
  return m ? standing(Number(m[1])) : null;
};

function libraryOver(storage: MemoryStorage, clock = { t: 1000 }) {
  return createGameLibrary(safeStorage(storage), standingOf, () => clock.t);
}

/** Starts a new game in the slot and autosaves it at quarter n. */
function playNew(storage: MemoryStorage, lib: ReturnType<typeof libraryOver>, n: number, time: number) {
  const id = lib.freshId();
  expect(lib.switchTo(id, 'new', time)).toBe(true);
  storage.setItem(SAVE_KEY, `save ${n}`);
  lib.recordActive(standing(n), time);
  return id;
}

describe('the games list', () => {
  it('starts empty on a fresh storage, and writes nothing until a game is kept', () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    expect(lib.list()).toEqual([]);
    expect(lib.activeId()).toBeNull();
    expect(storage.log).toEqual([]);
    playNew(storage, lib, 0, 1000);
    expect(storage.map.has(GAMES_INDEX_KEY)).toBe(true);
  });

  it("takes in an earlier version's single save as its first game, where it is", () => {
    const storage = memoryStorage({ [SAVE_KEY]: 'save 3' });
    const lib = libraryOver(storage);
    expect(lib.list()).toHaveLength(1);
    expect(lib.list()[0]).toMatchObject({ quarterIndex: 3, origin: 'new', name: null });
    expect(lib.activeId()).toBe(lib.list()[0]!.id);
    expect(storage.map.get(SAVE_KEY)).toBe('save 3');
    // A second load finds the same list, not another copy.
    expect(libraryOver(storage).list()).toEqual(lib.list());
  });

  it('keeps the game in the slot under its own key before another game takes the slot', () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    const first = playNew(storage, lib, 2, 1000);
    const second = playNew(storage, lib, 0, 2000);
    expect(storage.map.get(KEPT_GAME_PREFIX + first)).toBe('save 2');
    expect(lib.raw(first)).toBe('save 2');
    expect(lib.raw(second)).toBe('save 0');
    expect(lib.list().map((g) => g.id)).toEqual([second, first]);
  });

  it('moves a kept game back into the slot to resume it, keeping the other', () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    const first = playNew(storage, lib, 2, 1000);
    const second = playNew(storage, lib, 5, 2000);
    expect(lib.switchTo(first, 'new', 3000)).toBe(true);
    expect(storage.map.get(SAVE_KEY)).toBe('save 2');
    expect(storage.map.get(KEPT_GAME_PREFIX + second)).toBe('save 5');
    expect(storage.map.has(KEPT_GAME_PREFIX + first)).toBe(false);
    expect(lib.activeId()).toBe(first);
    expect(lib.list()[0]!.id).toBe(first);
  });

  it('changes nothing when the copy of the slot cannot be made (storage full)', () => {
    const storage = fullStorage({ [SAVE_KEY]: 'save 4' });
    const lib = libraryOver(storage);
    const before = new Map(storage.map);
    expect(lib.switchTo(lib.freshId(), 'share', 2000)).toBe(false);
    expect(storage.map).toEqual(before);
  });

  it(`keeps at most ${MAX_GAMES} games, dropping the least recently played`, () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    const ids = Array.from({ length: MAX_GAMES }, (_, i) => playNew(storage, lib, i % 12, 1000 + i));
    expect(lib.list()).toHaveLength(MAX_GAMES);
    const id = lib.freshId();
    lib.switchTo(id, 'new', 9000);
    storage.setItem(SAVE_KEY, 'save 1');
    const dropped = lib.recordActive(standing(1), 9000);
    expect(dropped.map((g) => g.id)).toEqual([ids[0]]);
    expect(lib.list()).toHaveLength(MAX_GAMES);
    expect(storage.map.has(KEPT_GAME_PREFIX + ids[0]!)).toBe(false);
  });

  it('renames a game, and a blank name goes back to the default', () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    const id = playNew(storage, lib, 1, 1000);
    expect(lib.rename(id, '  Team Blue  ')).toBe(true);
    expect(lib.list()[0]!.name).toBe('Team Blue');
    expect(libraryOver(storage).list()[0]!.name).toBe('Team Blue');
    lib.rename(id, '   ');
    expect(lib.list()[0]!.name).toBeNull();
  });

  it('deletes a game and puts it back exactly on undo', () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    const first = playNew(storage, lib, 2, 1000);
    const second = playNew(storage, lib, 3, 2000);
    const listed = lib.list();
    const deleted = lib.remove(first);
    expect(deleted).not.toBeNull();
    expect(lib.list().map((g) => g.id)).toEqual([second]);
    expect(storage.map.has(KEPT_GAME_PREFIX + first)).toBe(false);
    expect(lib.restore(deleted!)).toBe(true);
    expect(lib.list()).toEqual(listed);
    expect(lib.raw(first)).toBe('save 2');
  });

  it('deleting the game in the slot empties the slot; undo brings it back there', () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    const id = playNew(storage, lib, 2, 1000);
    const deleted = lib.remove(id)!;
    expect(storage.map.has(SAVE_KEY)).toBe(false);
    expect(lib.activeId()).toBeNull();
    lib.restore(deleted);
    expect(storage.map.get(SAVE_KEY)).toBe('save 2');
    expect(lib.activeId()).toBe(id);
  });

  it('rebuilds a corrupt index from the games themselves, unreadable ones included', () => {
    const storage = memoryStorage();
    const lib = libraryOver(storage);
    playNew(storage, lib, 2, 1000);
    playNew(storage, lib, 6, 2000);
    storage.setItem(KEPT_GAME_PREFIX + 'gbroken-0', 'not a save');
    storage.setItem(GAMES_INDEX_KEY, '{"version":1,"games":[{"id":');
    const rebuilt = libraryOver(storage).list();
    expect(rebuilt.map((g) => g.quarterIndex).sort()).toEqual([0, 2, 6]);
    expect(rebuilt.find((g) => g.id === 'gbroken-0')).toMatchObject({ scenarioId: '' });
  });
});
