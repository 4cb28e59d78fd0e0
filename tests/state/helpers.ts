/**
 * Test helpers for the store: an in-memory storage, a storage that throws, and a store over
 * either with a fixed clock, so every test builds its inputs the same way.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { GameStore } from '../../src/state/contract';
import type { KeyValueStorage } from '../../src/state/persistence';
import { createGameStore, type StoreDeps } from '../../src/state/store';

/** A Map-backed storage that records how often each key was written. */
export interface MemoryStorage extends KeyValueStorage {
  readonly map: Map<string, string>;
  readonly writes: Map<string, number>;
}

/** In-memory storage, optionally pre-filled. */
export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const map = new Map(Object.entries(initial));
  const writes = new Map<string, number>();
  return {
    map,
    writes,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, String(value));
      writes.set(key, (writes.get(key) ?? 0) + 1);
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}

/** Storage whose every call throws, like a disabled localStorage. */
export function throwingStorage(): KeyValueStorage {
  const refuse = (): never => {
    throw new Error('SecurityError: storage is disabled');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

/** Storage that reads fine but refuses every write, like a full quota. */
export function fullStorage(initial: Record<string, string> = {}): MemoryStorage {
  const inner = memoryStorage(initial);
  return {
    ...inner,
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
}

/** The fixed clock of the tests (ms). */
export const TEST_NOW = 1_740_000_000_000;

/** A store over the given storage (a fresh memory storage by default) with the fixed clock. */
export function makeStore(
  storage: KeyValueStorage = memoryStorage(),
  extra: Partial<StoreDeps> = {},
): StoreApi<GameStore> {
  return createGameStore({ storage, now: () => TEST_NOW, ...extra });
}

/** A store with a new game started on seed 7 and the briefing left for the campaign. */
export function startedStore(storage: KeyValueStorage = memoryStorage()): StoreApi<GameStore> {
  const store = makeStore(storage);
  store.getState().setSeed(7);
  store.getState().newGame();
  store.getState().begin();
  return store;
}

/** Plays quarters under the pending levers, closing each report. */
export function playQuarters(store: StoreApi<GameStore>, quarters: number): void {
  for (let i = 0; i < quarters; i++) {
    store.getState().endQuarter();
    store.getState().dismissReport();
  }
}
