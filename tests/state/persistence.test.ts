/**
 * Saving and reloading: the autosave follows every quarter and every change of levers or screen,
 * a new store over the same storage offers to continue, and continuing restores the game exactly.
 * Settings live under their own key. Storage that throws never stops the game.
 */
import { describe, expect, it } from 'vitest';
import { SAVE_KEY, SETTINGS_KEY } from '../../src/state/store/persistence';
import {
  fullStorage,
  makeStore,
  memoryStorage,
  playQuarters,
  startedStore,
  throwingStorage,
} from './helpers';

describe('autosave and continue', () => {
  it('a reload offers the save and continueGame restores game, history, policies and levers exactly', () => {
    const storage = memoryStorage();
    const first = startedStore(storage);
    first.getState().setAid(13.7);
    first.getState().setSanctions(2);
    playQuarters(first, 3);
    first.getState().setAid(6.1);
    const saved = first.getState();

    const second = makeStore(storage);
    expect(second.getState().hasSave).toBe(true);
    expect(second.getState().game).toBeNull();
    second.getState().continueGame();
    const s = second.getState();
    expect(s.game).toEqual(saved.game);
    expect(s.history).toEqual(saved.history);
    expect(s.policies).toEqual(saved.policies);
    expect(s.pendingPolicy).toEqual({ aidBnEurPerQuarter: 6.1, sanctionsLevel: 2 });
    expect(s.seed).toBe(saved.game?.seed);
    expect(s.baselinePath).toEqual(saved.baselinePath);
    expect(s.projection).toEqual(saved.projection);
    expect(s.screen).toBe('campaign');
  });

  it('saves when only the levers change, so a reload mid-quarter keeps them', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    store.getState().setAid(18.2);
    const reloaded = makeStore(storage);
    reloaded.getState().continueGame();
    expect(reloaded.getState().pendingPolicy.aidBnEurPerQuarter).toBe(18.2);
    expect(reloaded.getState().history).toEqual([]);
  });

  it('restores the report screen with the last quarter as its report', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    playQuarters(store, 1);
    store.getState().endQuarter();
    const reloaded = makeStore(storage);
    reloaded.getState().continueGame();
    expect(reloaded.getState().screen).toBe('report');
    expect(reloaded.getState().lastReport).toEqual(store.getState().history[1]);
  });

  it('restores a finished game on the debrief', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    playQuarters(store, 12);
    const reloaded = makeStore(storage);
    reloaded.getState().continueGame();
    expect(reloaded.getState().screen).toBe('debrief');
    expect(reloaded.getState().game?.outcome?.kind).toBe('horizon');
  });

  it('writes the documented save format', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    playQuarters(store, 1);
    const file = JSON.parse(storage.map.get(SAVE_KEY) ?? 'null');
    expect(file).toMatchObject({
      format: 'leverage-save',
      version: 2,
      scenarioId: 'baseline-2025',
      seed: 7,
      screen: 'campaign',
      pendingPolicy: store.getState().pendingPolicy,
    });
    expect(file.scenarioVersion).toBe(store.getState().scenario.version);
    expect(file.turns).toEqual([{ policy: store.getState().pendingPolicy }]);
    expect(file.history).toHaveLength(1);
    expect(file.game.quarterIndex).toBe(1);
  });

  it('has no save on an empty storage, and continueGame then does nothing', () => {
    const store = makeStore();
    expect(store.getState().hasSave).toBe(false);
    store.getState().continueGame();
    expect(store.getState().game).toBeNull();
    expect(store.getState().screen).toBe('title');
  });
});

describe('storage that fails', () => {
  it('storage that throws on every call never stops a whole game', () => {
    const store = startedStore(throwingStorage());
    expect(store.getState().hasSave).toBe(false);
    store.getState().setVolume(0.2);
    playQuarters(store, 12);
    expect(store.getState().game?.outcome?.kind).toBe('horizon');
    expect(store.getState().settings.volume).toBe(0.2);
    expect(store.getState().hasSave).toBe(false);
  });

  it('a full storage keeps the game going and reports no save', () => {
    const store = startedStore(fullStorage());
    playQuarters(store, 2);
    expect(store.getState().game?.quarterIndex).toBe(2);
    expect(store.getState().hasSave).toBe(false);
  });
});

describe('settings', () => {
  it('persist under their own key and come back in a new store', () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    store.getState().setVolume(0.25);
    store.getState().setMuted(true);
    store.getState().setReducedMotion(true);
    expect(JSON.parse(storage.map.get(SETTINGS_KEY) ?? 'null')).toEqual({
      volume: 0.25,
      muted: true,
      reducedMotion: true,
    });
    expect(storage.map.has(SAVE_KEY)).toBe(false);
    expect(makeStore(storage).getState().settings).toEqual({
      volume: 0.25,
      muted: true,
      reducedMotion: true,
    });
  });

  it('clamp the volume to 0–1 and ignore a non-number', () => {
    const store = makeStore();
    store.getState().setVolume(3);
    expect(store.getState().settings.volume).toBe(1);
    store.getState().setVolume(-1);
    expect(store.getState().settings.volume).toBe(0);
    store.getState().setVolume(Number.NaN);
    expect(store.getState().settings.volume).toBe(0);
  });

  it('fall back to the defaults, silently, when what is stored cannot be read', () => {
    const defaults = { volume: 0.6, muted: false, reducedMotion: false };
    for (const raw of ['{not json', '"a string"', 'null', '{"volume":"loud","muted":1}']) {
      const store = makeStore(memoryStorage({ [SETTINGS_KEY]: raw }));
      expect(store.getState().settings).toEqual(defaults);
      expect(store.getState().unreadableSave).toBeNull();
    }
    const partial = makeStore(memoryStorage({ [SETTINGS_KEY]: '{"volume":7,"muted":true}' }));
    expect(partial.getState().settings).toEqual({ volume: 1, muted: true, reducedMotion: false });
  });
});
