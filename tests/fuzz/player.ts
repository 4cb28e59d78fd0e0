/**
 * The player whose game every fuzz case must leave alone: a store over browser-like storage with
 * a game in progress (two quarters played, the levers moved) and its autosave, and the checks that
 * an input either opened a new game beside it (the player's save kept byte for byte) or changed
 * nothing at all.
 */
import { expect } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { indicatorViolations, stateViolations, type GameState, type TurnReport } from '../../src/engine';
import { SAVE_KEY } from '../../src/state/store/persistence';
import { GAMES_INDEX_KEY, KEPT_GAME_PREFIX } from '../../src/state/saves/game-library';
import { jsonEqual, readSaveText } from '../../src/state/saves/save-reading';
import type { GameStore } from '../../src/state/store/contract';
import { getBundledScenario, BUNDLED_SCENARIO_IDS } from '../../src/scenario';
import { TEST_NOW, makeStore, memoryStorage, playQuarters, type MemoryStorage } from '../state/helpers';

/** The storage of a player who has played two quarters of seed 7 and moved the levers. */
function playedStorage(): Readonly<Record<string, string>> {
  const storage = memoryStorage();
  const store = makeStore(storage);
  store.getState().setSeed(7);
  store.getState().newGame();
  store.getState().begin();
  playQuarters(store, 2);
  store.getState().setAid(14.5);
  store.getState().setSanctions(3);
  return Object.fromEntries(storage.map);
}

const PLAYED = playedStorage();
let clock = 0;

/** A player's store and storage, the game resumed as Continue does. */
export interface Player {
  readonly store: StoreApi<GameStore>;
  readonly storage: MemoryStorage;
}

/**
 * A fresh player (each with its own clock, so game ids never collide): the page just loaded, on
 * the title screen with the autosave ready for Continue, or with the game resumed and on the table.
 */
export function freshPlayer(on: 'title' | 'game'): Player {
  const storage = memoryStorage({ ...PLAYED });
  const store = makeStore(storage, { now: () => TEST_NOW + 60_000 * ++clock });
  expect(store.getState().hasSave, 'the autosave is found').toBe(true);
  if (on === 'game') {
    store.getState().continueGame();
    expect(store.getState().game, "the player's game resumes").not.toBeNull();
  }
  return { store, storage };
}

/** A copy of what storage holds now. */
export function storageCopy(storage: MemoryStorage): Map<string, string> {
  return new Map(storage.map);
}

/** Fails unless storage holds exactly what it held before. */
export function expectStorageUntouched(storage: MemoryStorage, before: ReadonlyMap<string, string>): void {
  const added = [...storage.map.keys()].filter((k) => !before.has(k));
  const changed = [...before].filter(([k, v]) => storage.map.get(k) !== v).map(([k]) => k);
  if (added.length > 0 || changed.length > 0) {
    expect({ added, changed }, 'storage holds exactly what it held').toEqual({ added: [], changed: [] });
  }
}

/** Fails unless every field of the store but the listed ones is the very same value as before. */
export function expectStateUntouched(
  before: GameStore,
  after: GameStore,
  except: readonly (keyof GameStore)[] = [],
): void {
  const changed = (Object.keys(before) as (keyof GameStore)[]).filter(
    (key) => !except.includes(key) && after[key] !== before[key],
  );
  if (changed.length > 0) expect(changed, 'store fields changed').toEqual([]);
}

/**
 * Fails unless the player's game was kept: the save that was in the slot before is stored, byte
 * for byte, under a key of its own, and every other game kept aside is still there.
 */
export function expectPlayerGameKept(storage: MemoryStorage, before: ReadonlyMap<string, string>): void {
  const previous = before.get(SAVE_KEY);
  expect(previous).toBeDefined();
  const kept = [...storage.map].filter(([k, v]) => k.startsWith(KEPT_GAME_PREFIX) && v === previous);
  expect(kept.length, "the player's save is kept byte for byte under its own key").toBeGreaterThan(0);
  const changed = [...before]
    .filter(([k, v]) => k !== SAVE_KEY && k !== GAMES_INDEX_KEY && storage.map.get(k) !== v)
    .map(([k]) => k);
  if (changed.length > 0) expect(changed, 'storage keys changed').toEqual([]);
}

/**
 * State fields that may be negative: the engine's own list (flows and sentinels), and the amounts
 * of inject modifiers, which are flows too (an inject may cut aid or add a deficit).
 */
const MAY_BE_NEGATIVE: ReadonlySet<string> = new Set([
  'warFootingSinceQuarter',
  'lastTakenQuarter',
  'forceChange',
  'deficitTrnRub',
  'extraSpendingTrnRubPerQuarter',
  'amount',
]);

/** The indicators outside their ranges (or not finite), as indicatorViolations words them. */
export function indicatorProblems(indicators: TurnReport['indicators']): string[] {
  return indicatorViolations(indicators);
}

/** Fails unless every quarter's indicators are finite and inside their documented ranges. */
export function expectReportsInRange(reports: readonly TurnReport[]): void {
  const problems = reports.flatMap((r) => indicatorProblems(r.indicators).map((v) => `${r.quarter}: ${v}`));
  if (problems.length > 0) expect(problems.join('; '), 'the indicators stay in range').toBe('');
}

/** Fails unless a game holds the engine's invariants: every value finite, stocks non-negative, indicators in range. */
export function expectPlayableGame(game: GameState | null, reports: readonly TurnReport[]): void {
  expect(game).not.toBeNull();
  const problems = [
    ...stateViolations(game, 'state', MAY_BE_NEGATIVE),
    ...reports.flatMap((r) => indicatorProblems(r.indicators).map((v) => `${r.quarter}: ${v}`)),
  ];
  if (problems.length > 0) expect(problems.join('; '), 'the engine invariants hold').toBe('');
}

/** The bundled scenario of an id, or null: what the store's registry answers. */
export function findScenario(id: string) {
  return BUNDLED_SCENARIO_IDS.includes(id) ? getBundledScenario(id) : null;
}

/** Fails unless the autosave slot holds a save that reads back as the game on the table. */
export function expectSlotHoldsGame(storage: MemoryStorage, game: GameState): void {
  const raw = storage.map.get(SAVE_KEY);
  expect(raw).toBeDefined();
  const reading = readSaveText(raw ?? '', findScenario);
  expect(reading.ok, 'the autosave reads back').toBe(true);
  if (reading.ok) expect(jsonEqual(reading.restored.game, game)).toBe(true);
}
