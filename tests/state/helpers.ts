/**
 * Test helpers for the store: an in-memory storage, a storage that throws, and a store over
 * either with a fixed clock, so every test builds its inputs the same way.
 */
import { produce, type Draft } from 'immer';
import type { StoreApi } from 'zustand/vanilla';
import {
  createInitialState,
  evaluateProposal,
  type NegotiationAnswer,
  type Proposal,
} from '../../src/engine';
import { getBundledScenario } from '../../src/scenario';
import type { GameStore } from '../../src/state/store/contract';
import { SAVE_KEY, type KeyValueStorage } from '../../src/state/store/persistence';
import { createGameStore, type StoreDeps } from '../../src/state/store/store';

/** A Map-backed storage that records how often each key was written, and every write and removal in order. */
export interface MemoryStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  readonly map: Map<string, string>;
  readonly writes: Map<string, number>;
  /** 'set <key>' and 'remove <key>', oldest first. */
  readonly log: string[];
}

/** In-memory storage, optionally pre-filled. */
export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const map = new Map(Object.entries(initial));
  const writes = new Map<string, number>();
  const log: string[] = [];
  return {
    map,
    writes,
    log,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, String(value));
      writes.set(key, (writes.get(key) ?? 0) + 1);
      log.push(`set ${key}`);
    },
    removeItem: (key) => {
      map.delete(key);
      log.push(`remove ${key}`);
    },
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
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
    map: inner.map,
    writes: inner.writes,
    log: inner.log,
    getItem: (key) => inner.getItem(key),
    removeItem: (key) => inner.removeItem(key),
    get length() {
      return inner.map.size;
    },
    key: (index) => inner.key(index),
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
}

/** The raw text of a genuine save after some quarters of play (seed 7, status quo). */
export function genuineSave(quarters = 2): string {
  const storage = memoryStorage();
  playQuarters(startedStore(storage), quarters);
  const raw = storage.map.get(SAVE_KEY);
  if (raw === undefined) throw new Error('the store wrote no save');
  return raw;
}

/**
 * A genuine save with one field changed: `path` leads to it ('game', 'economy', 'nwfLiquidTrnRub'),
 * `change` maps its old value to the new one; returning undefined deletes the field.
 */
export function editedSave(
  path: readonly (string | number)[],
  change: (old: unknown) => unknown,
  quarters = 2,
): string {
  const file: unknown = JSON.parse(genuineSave(quarters));
  let parent = file as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  const next = change(parent[last]);
  if (next === undefined) delete parent[last];
  else parent[last] = next;
  return JSON.stringify(file);
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

/**
 * The first proposal (in option order) that the Kremlin answers with `response` at the opening of
 * the baseline scenario, found by trying every combination of options, so the tests do not hang on
 * today's concession points.
 */
export function proposalAnswered(response: NegotiationAnswer['response']): Proposal {
  const params = getBundledScenario('baseline-2025').params;
  const opening = createInitialState(params, 7);
  const search = (i: number, partial: Record<string, string>): Proposal | null => {
    const term = params.negotiation.terms[i];
    if (!term) return evaluateProposal(opening, partial, params).response === response ? partial : null;
    for (const option of term.options) {
      const found = search(i + 1, { ...partial, [term.id]: option.id });
      if (found) return found;
    }
    return null;
  };
  const found = search(0, {});
  if (!found) throw new Error(`no proposal gets the answer "${response}" at the opening`);
  return found;
}

/** A started game with the negotiation open and every term set as in `proposal`. */
export function negotiating(
  proposal: Proposal,
  storage: KeyValueStorage = memoryStorage(),
): StoreApi<GameStore> {
  const store = startedStore(storage);
  store.getState().openNegotiation();
  for (const [term, option] of Object.entries(proposal)) store.getState().setTerm(term, option);
  return store;
}

/**
 * Changes the store's state directly with an immer recipe, as only a test may (to reach a corner,
 * such as the top of the posture track, without playing there).
 */
export function patchState(store: StoreApi<GameStore>, recipe: (draft: Draft<GameStore>) => void): void {
  store.setState(produce(store.getState(), recipe), true);
}

/** Plays quarters under the pending levers, closing each report. */
export function playQuarters(store: StoreApi<GameStore>, quarters: number): void {
  for (let i = 0; i < quarters; i++) {
    store.getState().endQuarter();
    store.getState().dismissReport();
  }
}

/** A game settled in its third quarter on the first proposal the Kremlin accepts. */
export function settledStore(): StoreApi<GameStore> {
  const store = startedStore();
  playQuarters(store, 2);
  store.getState().openNegotiation();
  for (const [term, option] of Object.entries(proposalAnswered('accept')))
    store.getState().setTerm(term, option);
  store.getState().propose();
  store.getState().settle();
  return store;
}

/** Two quarters on seed 7 under high aid and the toughest sanctions: Putin's posture moves up. */
export function pressuredStore(): StoreApi<GameStore> {
  const store = makeStore();
  store.getState().setSeed(7);
  store.getState().newGame();
  store.getState().setAid(20);
  store.getState().setSanctions(4);
  playQuarters(store, 2);
  return store;
}
