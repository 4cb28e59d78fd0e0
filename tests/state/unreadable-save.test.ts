/**
 * A save that cannot be read is never trusted and never lost: the player gets a sentence saying
 * what is wrong, the raw text is copied to its own key before anything else is written, nothing is
 * removed, and the game starts clean.
 */
import { describe, expect, it } from 'vitest';
import { SAVE_KEY, UNREADABLE_SAVE_KEY } from '../../src/state/store/persistence';
import { editedSave, genuineSave, makeStore, memoryStorage, playQuarters } from './helpers';
import type { GameStore } from '../../src/state/store/contract';
import { describeMessage } from '../../src/text';

/** Why the store's unreadable save could not be read, in words ('' when there is none). */
const reasonOf = (s: Pick<GameStore, 'unreadableSave'>): string =>
  s.unreadableSave ? describeMessage(s.unreadableSave.reason) : '';

/** A store started over storage holding this raw save. */
function storeOver(raw: string) {
  const storage = memoryStorage({ [SAVE_KEY]: raw });
  return { storage, store: makeStore(storage) };
}

const cases: readonly { what: string; raw: () => string; reason: RegExp }[] = [
  { what: 'text that is not JSON', raw: () => genuineSave().slice(0, 200), reason: /not valid JSON/ },
  {
    what: 'a file of another format',
    raw: () => editedSave(['format'], () => 'chess-pgn'),
    reason: /not a Leverage save/,
  },
  {
    what: 'an unknown format version',
    raw: () => editedSave(['version'], () => 3),
    reason: /format version 3/,
  },
  {
    what: 'an unknown scenario',
    raw: () => editedSave(['scenarioId'], () => 'atlantis-2030'),
    reason: /"atlantis-2030"/,
  },
  {
    what: 'a game without its economy',
    raw: () => editedSave(['game', 'economy'], () => undefined),
    reason: /damaged: the game state's economy/,
  },
  {
    what: 'a policy outside the levers',
    raw: () => editedSave(['turns', 0, 'policy', 'aidBnEurPerQuarter'], () => 1e6),
    reason: /damaged: a turn played/,
  },
  {
    what: 'a state edited to give Russia less money',
    raw: () => editedSave(['game', 'economy', 'nwfLiquidTrnRub'], (v) => Number(v) - 1),
    reason: /does not match a replay/,
  },
  {
    what: 'a report edited after the fact',
    raw: () => editedSave(['history', 0, 'indicators', 'casualties'], () => 1),
    reason: /does not match a replay/,
  },
  {
    what: 'a policy changed without replaying it',
    raw: () => editedSave(['turns', 1, 'policy', 'sanctionsLevel'], () => 4),
    reason: /does not match a replay/,
  },
];

describe('an unreadable save', () => {
  for (const c of cases) {
    it(`${c.what}: is reported in a sentence, kept aside, and the game starts clean`, () => {
      const raw = c.raw();
      const { storage, store } = storeOver(raw);
      const s = store.getState();
      expect(reasonOf(s)).toMatch(c.reason);
      expect(reasonOf(s)).toMatch(/^[A-Z].*\.$/);
      expect(s.unreadableSave?.raw).toBe(raw);
      expect(s.hasSave).toBe(false);
      expect(s.game).toBeNull();
      expect(s.screen).toBe('title');
      expect(storage.map.get(UNREADABLE_SAVE_KEY)).toBe(raw);
      expect(storage.map.get(SAVE_KEY)).toBe(raw);
      expect(storage.log.filter((op) => op.startsWith('remove'))).toEqual([]);
    });
  }

  it('is copied aside before the slot is written over by a new game, and the copy is never removed', () => {
    const raw = 'not a save at all';
    const { storage, store } = storeOver(raw);
    store.getState().dismissUnreadableSave();
    expect(store.getState().unreadableSave).toBeNull();
    expect(storage.map.get(UNREADABLE_SAVE_KEY)).toBe(raw);
    store.getState().newGame();
    playQuarters(store, 1);
    const firstWrites = storage.log.filter((op) => op.startsWith('set'));
    expect(firstWrites[0]).toBe(`set ${UNREADABLE_SAVE_KEY}`);
    expect(storage.map.get(UNREADABLE_SAVE_KEY)).toBe(raw);
    expect(store.getState().hasSave).toBe(true);
    expect(makeStore(storage).getState().unreadableSave).toBeNull();
  });

  it('is not written over when it could not be copied aside', () => {
    const raw = '{"format":"leverage-save"';
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === UNREADABLE_SAVE_KEY) throw new Error('QuotaExceededError');
      setItem(key, value);
    };
    const store = makeStore(storage);
    expect(store.getState().unreadableSave?.raw).toBe(raw);
    store.getState().newGame();
    playQuarters(store, 2);
    expect(store.getState().game?.quarterIndex).toBe(2);
    expect(storage.map.get(SAVE_KEY)).toBe(raw);
  });

  it('found only when continuing (the slot changed since start-up) is reported the same way', () => {
    const storage = memoryStorage({ [SAVE_KEY]: genuineSave() });
    const store = makeStore(storage);
    expect(store.getState().hasSave).toBe(true);
    storage.map.set(SAVE_KEY, '{}');
    store.getState().continueGame();
    expect(reasonOf(store.getState())).toMatch(/not a Leverage save/);
    expect(store.getState().hasSave).toBe(false);
    expect(store.getState().game).toBeNull();
    expect(storage.map.get(UNREADABLE_SAVE_KEY)).toBe('{}');
  });

  it('leaves a genuine save readable (the edits above are what breaks them)', () => {
    const { store } = storeOver(genuineSave());
    expect(store.getState().unreadableSave).toBeNull();
    expect(store.getState().hasSave).toBe(true);
  });

  it('from another scenario version: read when it still replays, else the version is named', () => {
    const other = storeOver(editedSave(['scenarioVersion'], () => '0.0.1'));
    expect(other.store.getState().hasSave).toBe(true);
    const oldVersion = JSON.parse(editedSave(['scenarioVersion'], () => '0.0.1')) as {
      game: { west: { cohesion: number } };
    };
    oldVersion.game.west.cohesion = 99;
    const drifted = storeOver(JSON.stringify(oldVersion));
    expect(reasonOf(drifted.store.getState())).toMatch(/version 0\.0\.1 of the scenario/);
  });
});
