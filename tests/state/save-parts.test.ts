/**
 * The save is built from the slices' parts: each part reads only the fields it declares, no two
 * parts write the same key, and the autosave watches exactly the fields the parts read.
 */
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_FIELDS, encodeSave, SAVE_PARTS } from '../../src/state/store/save-parts';
import type { StoreData } from '../../src/state/store/contract';
import { memoryStorage, playQuarters, startedStore } from './helpers';

/** The store's data, as a proxy that fails on reading any field outside `allowed`. */
function guarded(data: StoreData, allowed: readonly string[]): StoreData {
  return new Proxy(data, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !allowed.includes(key)) {
        throw new Error(`read the undeclared field "${key}"`);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

function playedStore() {
  const store = startedStore(memoryStorage());
  playQuarters(store, 2);
  store.getState().openNegotiation();
  return store;
}

describe('the save parts of the slices', () => {
  it('each part reads only the fields it declares', () => {
    const state = playedStore().getState();
    const game = state.game;
    expect(game).not.toBeNull();
    for (const part of SAVE_PARTS) {
      expect(() => part.encode(guarded(state, part.fields), game!)).not.toThrow();
    }
  });

  it('no two parts write the same key of the save file', () => {
    const state = playedStore().getState();
    const keys = SAVE_PARTS.flatMap((part) => Object.keys(part.encode(state, state.game!)));
    expect(keys).toHaveLength(new Set(keys).size);
  });

  it('the save file is the format head and every part, nothing else', () => {
    const state = playedStore().getState();
    const save = encodeSave(state);
    const partKeys = SAVE_PARTS.flatMap((part) => Object.keys(part.encode(state, state.game!)));
    expect(Object.keys(save ?? {}).sort()).toEqual(['format', 'version', ...partKeys].sort());
    expect(save).toMatchObject({
      format: 'leverage-save',
      version: 2,
      negotiationProposal: expect.any(Object),
    });
  });

  it('the autosave watches exactly the fields the parts read', () => {
    expect([...AUTOSAVE_FIELDS].sort()).toEqual([...new Set(SAVE_PARTS.flatMap((p) => p.fields))].sort());
  });

  it('a field no part reads (teams, settings, projection) is never saved', () => {
    const watched: readonly string[] = AUTOSAVE_FIELDS;
    for (const field of ['teams', 'settings', 'projection', 'shareError', 'unreadableSave', 'hasSave']) {
      expect(watched).not.toContain(field);
    }
  });

  it('there is no save without a game', () => {
    expect(encodeSave(startedStore(memoryStorage()).getState())).toMatchObject({ format: 'leverage-save' });
    const fresh = { ...startedStore(memoryStorage()).getState(), game: null };
    expect(encodeSave(fresh)).toBeNull();
  });
});
