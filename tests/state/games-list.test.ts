/**
 * The Games list in the store: New game and opening a share code never write over the player's
 * game, every game can be resumed exactly where it was left, renamed, exported and deleted with
 * Undo, an earlier version's single save joins the list, and storage trouble is said, not hidden.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { selectShareCode } from '../../src/state/share/selectors-share';
import type { GameStore } from '../../src/state/store/contract';
import { SAVE_KEY } from '../../src/state/store/persistence';
import { GAMES_INDEX_KEY, KEPT_GAME_PREFIX } from '../../src/state/saves/game-library';
import {
  fullStorage,
  genuineSave,
  makeStore,
  memoryStorage,
  playQuarters,
  type MemoryStorage,
} from './helpers';

/** What a game on the table is: enough to tell it was resumed exactly. */
const tableOf = (s: GameStore) => ({
  game: s.game,
  turns: s.turns,
  history: s.history,
  pendingPolicy: s.pendingPolicy,
  screen: s.screen,
});

/** A store on `storage` with a game of `quarters` quarters played at the given aid, left for the title. */
function playedGame(storage: MemoryStorage, quarters: number, aid = 12): StoreApi<GameStore> {
  const store = makeStore(storage);
  store.getState().setSeed(7);
  store.getState().newGame();
  store.getState().begin();
  store.getState().setAid(aid);
  playQuarters(store, quarters);
  return store;
}

/** A share code of another game (seed 3, a different aid), made on its own storage. */
function otherCode(): string {
  const store = makeStore(memoryStorage());
  store.getState().setSeed(3);
  store.getState().newGame();
  store.getState().begin();
  store.getState().setAid(30);
  playQuarters(store, 1);
  const code = selectShareCode(store.getState());
  if (!code) throw new Error('no code');
  return code;
}

describe('the Games list', () => {
  it('New game takes a new entry: the game before it is kept and resumes exactly', () => {
    const storage = memoryStorage();
    const store = playedGame(storage, 2);
    const first = tableOf(store.getState());
    store.getState().playAgain();
    store.getState().newGame();
    store.getState().begin();
    playQuarters(store, 1);
    store.getState().playAgain();
    const games = store.getState().games;
    expect(games).toHaveLength(2);
    expect(games.map((g) => g.quarterIndex)).toEqual([1, 2]);
    store.getState().resumeGame(games[1]!.id);
    expect(tableOf(store.getState())).toEqual(first);
  });

  it('opening a share code opens it as a new game and says the player’s game is kept', () => {
    const storage = memoryStorage();
    const store = playedGame(storage, 2);
    const first = tableOf(store.getState());
    const firstId = store.getState().games[0]!.id;
    store.getState().playAgain();
    store.getState().loadShareCode(otherCode());
    const s = store.getState();
    expect(s.game?.seed).toBe(3);
    expect(s.gamesNotice).toMatchObject({ kind: 'openedAsNew', kept: { id: firstId, quarterIndex: 2 } });
    store.getState().playAgain();
    expect(store.getState().games.map((g) => g.origin)).toEqual(['share', 'new']);
    store.getState().resumeGame(firstId);
    expect(tableOf(store.getState())).toEqual(first);
  });

  it('a bad share code changes no game in the list', () => {
    const storage = memoryStorage();
    const store = playedGame(storage, 2);
    store.getState().playAgain();
    const before = new Map(storage.map);
    store.getState().loadShareCode('L1.not-a-code.00000000');
    expect(store.getState().shareError).not.toBeNull();
    expect(storage.map).toEqual(before);
  });

  it('takes in an earlier version’s single save: Continue and the list both find it', () => {
    const raw = genuineSave(3);
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    const store = makeStore(storage);
    expect(store.getState().games).toEqual([expect.objectContaining({ quarterIndex: 3, origin: 'new' })]);
    expect(store.getState().hasSave).toBe(true);
    store.getState().continueGame();
    expect(store.getState().game?.quarterIndex).toBe(3);
    expect(storage.map.has(GAMES_INDEX_KEY)).toBe(true);
  });

  it('renames a game; a blank name gives back the default', () => {
    const store = playedGame(memoryStorage(), 1);
    store.getState().playAgain();
    const id = store.getState().games[0]!.id;
    store.getState().renameGame(id, 'Team Red');
    expect(store.getState().games[0]!.name).toBe('Team Red');
    store.getState().renameGame(id, ' ');
    expect(store.getState().games[0]!.name).toBeNull();
  });

  it('deletes a game with Undo, and the undone game resumes exactly', () => {
    const storage = memoryStorage();
    const store = playedGame(storage, 2);
    const first = tableOf(store.getState());
    store.getState().playAgain();
    const id = store.getState().games[0]!.id;
    store.getState().deleteGame(id);
    expect(store.getState().games).toEqual([]);
    expect(store.getState().hasSave).toBe(false);
    expect(store.getState().gamesNotice).toMatchObject({ kind: 'deleted', entry: { id } });
    store.getState().undoDeleteGame();
    expect(store.getState().games.map((g) => g.id)).toEqual([id]);
    expect(store.getState().hasSave).toBe(true);
    store.getState().resumeGame(id);
    expect(tableOf(store.getState())).toEqual(first);
  });

  it('exports a game as the code that opens it and as its save file', () => {
    const storage = memoryStorage();
    const store = playedGame(storage, 2);
    const code = selectShareCode(store.getState());
    store.getState().playAgain();
    const id = store.getState().games[0]!.id;
    const exported = store.getState().exportGame(id);
    expect(exported?.code).toBe(code);
    expect(exported?.fileText).toBe(storage.map.get(SAVE_KEY));
    expect(store.getState().exportGame('nope')).toBeNull();
  });

  it('a kept game exports from its own key', () => {
    const storage = memoryStorage();
    const store = playedGame(storage, 2);
    store.getState().playAgain();
    const id = store.getState().games[0]!.id;
    store.getState().newGame();
    expect(store.getState().exportGame(id)?.fileText).toBe(storage.map.get(KEPT_GAME_PREFIX + id));
  });

  it('when storage is full the game goes on and the player is told it is not saved', () => {
    const store = makeStore(fullStorage());
    store.getState().newGame();
    store.getState().begin();
    playQuarters(store, 2);
    expect(store.getState().game?.quarterIndex).toBe(2);
    expect(store.getState().gamesNotice).toEqual({ kind: 'notSaved' });
  });

  it('opening anything never changes the player’s games (property)', () => {
    const storage = memoryStorage();
    const store = playedGame(storage, 2);
    store.getState().playAgain();
    const own = store.getState().games[0]!;
    const ownRaw = store.getState().exportGame(own.id)!.fileText;
    const good = otherCode();
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 60 }), fc.constant(good), fc.constant(`${good.slice(0, -1)}x`)),
        (code) => {
          store.getState().loadShareCode(code);
          store.getState().playAgain();
          expect(store.getState().exportGame(own.id)?.fileText).toBe(ownRaw);
          expect(store.getState().games.find((g) => g.id === own.id)).toMatchObject({
            quarterIndex: own.quarterIndex,
            origin: 'new',
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});
