/**
 * What the store needs from the outside world, and the small context the slices share: the
 * scenario registry, storage that never throws, and the clock used only to pick a default seed.
 */
import { BUNDLED_SCENARIO_IDS, getBundledScenario, type LoadedScenario } from '../../scenario/runtime';
import type { StateCreator } from 'zustand/vanilla';
import type { GameStore } from './contract';
import { safeStorage, type KeyValueStorage, type SafeStorage } from './persistence';
import { createSaveSlot, type SaveSlot } from '../saves/save-slot';
import { seedFromClock } from '../campaign/campaign-logic';
import { createGameLibrary, type GameLibrary } from '../saves/game-library';
import { standingOfSave } from '../saves/games-slice';

/** A source of scenarios by id (the bundled ones by default; tests may pass their own). */
export interface ScenarioRegistry {
  /** The scenario with this id; may throw for an unknown id. */
  get(id: string): LoadedScenario;
  /** Ids in menu order. */
  readonly ids: readonly string[];
}

/** Dependencies of createGameStore. */
export interface StoreDeps {
  /** Where saves and settings live: localStorage in the browser, a Map in tests. */
  readonly storage: KeyValueStorage;
  readonly scenarios?: ScenarioRegistry;
  /** Milliseconds since the epoch: picks a default seed and dates saved games. Absent: seed 1, date 0. */
  readonly now?: () => number;
}

/** What every slice receives: resolved dependencies with safe defaults. */
export interface StoreContext {
  readonly storage: SafeStorage;
  /** The autosave slot over that storage. */
  readonly saveSlot: SaveSlot;
  /** The scenario with this id, or null when the registry does not know it. */
  readonly findScenario: (id: string) => LoadedScenario | null;
  readonly scenarioIds: readonly string[];
  readonly defaultScenarioId: string;
  /** A fresh default seed (from the clock when there is one). */
  readonly freshSeed: () => number;
  /** Every saved game: the one in the autosave slot and those kept beside it. */
  readonly library: GameLibrary;
  /** Milliseconds since the epoch, to date the games in the list (0 without a clock). */
  readonly now: () => number;
}

/** A slice of the store: its creator sees the whole store through immer's set and get. */
export type SliceCreator<Slice> = StateCreator<GameStore, [['zustand/immer', never]], [], Slice>;

/** The scenario a new player starts with. */
export const DEFAULT_SCENARIO_ID = 'baseline-2025';

/** Resolves the dependencies into the context the slices share. */
export function createStoreContext(deps: StoreDeps): StoreContext {
  const registry: ScenarioRegistry = deps.scenarios ?? {
    get: getBundledScenario,
    ids: BUNDLED_SCENARIO_IDS,
  };
  const findScenario = (id: string): LoadedScenario | null => {
    if (!registry.ids.includes(id)) return null;
    try {
      return registry.get(id);
    } catch {
      return null;
    }
  };
  const now = deps.now;
  const storage = safeStorage(deps.storage);
  const clock = now ?? (() => 0);
  return {
    storage,
    library: createGameLibrary(storage, (raw) => standingOfSave(raw, findScenario), clock),
    now: clock,
    saveSlot: createSaveSlot(storage, findScenario),
    findScenario,
    scenarioIds: registry.ids,
    defaultScenarioId: registry.ids.includes(DEFAULT_SCENARIO_ID)
      ? DEFAULT_SCENARIO_ID
      : (registry.ids[0] ?? DEFAULT_SCENARIO_ID),
    freshSeed: () => (now ? seedFromClock(now()) : 1),
  };
}
