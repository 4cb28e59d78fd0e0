/**
 * The list of saved games: every game started or opened has its own entry, and none is ever
 * written over by another. The game being played lives in the autosave slot (SAVE_KEY, as in
 * earlier versions, so their saves need no conversion); every other game is kept under its own
 * key. Starting or opening a game first copies the current one to its own key and reads the copy
 * back; only then may the slot take the new game. An index lists every game with what the Games
 * list shows. Bounded: past MAX_GAMES the least recently played go, and the caller says so. A lost
 * or corrupt index is rebuilt from the games themselves.
 */
import { SAVE_KEY, type SafeStorage } from '../store/persistence';
import { MAX_STORED_DEPTH, nestsAtMost } from './save-format';

/** Key of the games list's index. */
export const GAMES_INDEX_KEY = 'leverage.games.v1';
/** Prefix of the key of each game kept aside (not the one in the autosave slot). */
export const KEPT_GAME_PREFIX = 'leverage.game.';
/** Most games the list keeps. */
export const MAX_GAMES = 50;

/** Where a game came from. */
export type GameOrigin = 'new' | 'share' | 'room';

/** How a game stands, as the Games list shows it (written at each autosave). */
export interface GameStanding {
  readonly scenarioId: string;
  /** Quarters played (0 before the first quarter). */
  readonly quarterIndex: number;
  /** The quarter being decided, or the one the game ended in, as the engine labels it ('2025-Q3'); '' when unknown. */
  readonly quarter: string;
  /** Putin's posture level (0–3). */
  readonly posture: number;
  readonly outcome: 'settlement' | 'collapse' | 'horizon' | null;
  /** The final score (0–100) once the game has ended, else null. */
  readonly score: number | null;
}

/** One game in the list. */
export interface GameEntry extends GameStanding {
  readonly id: string;
  /** The player's name for it; null shows the default (scenario and quarter). */
  readonly name: string | null;
  readonly origin: GameOrigin;
  /** When it was last played or opened, in ms since the epoch. */
  readonly lastPlayed: number;
}

/** A game taken out of the list, kept in memory so that the deletion can be undone. */
export interface DeletedGame {
  readonly entry: GameEntry;
  readonly raw: string;
  readonly wasActive: boolean;
}

/** The games list over one storage. */
export interface GameLibrary {
  /** Every game, the most recently played first. */
  list(): readonly GameEntry[];
  /** The id of the game in the autosave slot, or null when the slot holds none. */
  activeId(): string | null;
  /**
   * Keeps the slot's game under its own key (read back to be sure) and makes `id` the slot's game:
   * a game kept aside moves into the slot; a fresh id leaves the slot for the next autosave.
   * False when the copy could not be made: then nothing changed and the slot must not be written.
   */
  switchTo(id: string, origin: GameOrigin, now: number): boolean;
  /** A fresh id for a game about to start. */
  freshId(): string;
  /** Records how the slot's game stands after an autosave; returns the games dropped to stay within MAX_GAMES. */
  recordActive(standing: GameStanding, now: number): readonly GameEntry[];
  rename(id: string, name: string | null): boolean;
  /** The raw save of a game, or null when storage has none. */
  raw(id: string): string | null;
  /** Takes a game out of the list; null when it is not there or storage refused. */
  remove(id: string): DeletedGame | null;
  /** Puts a deleted game back; false when storage refused. */
  restore(deleted: DeletedGame): boolean;
}

interface GamesIndex {
  readonly version: 1;
  readonly activeId: string | null;
  readonly games: readonly GameEntry[];
}

const ORIGINS: readonly GameOrigin[] = ['new', 'share', 'room'];

/** The standing of a game not yet saved, or of one that cannot be read (no scenario). */
const UNKNOWN_STANDING: GameStanding = {
  scenarioId: '',
  quarterIndex: 0,
  quarter: '',
  posture: 0,
  outcome: null,
  score: null,
};
const OUTCOMES: readonly GameEntry['outcome'][] = ['settlement', 'collapse', 'horizon', null];

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** True for an index entry this build could have written. */
function isEntry(x: unknown): x is GameEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e['id'] === 'string' &&
    /^[a-z0-9-]{1,40}$/.test(e['id']) &&
    (e['name'] === null || (typeof e['name'] === 'string' && e['name'].length <= 80)) &&
    ORIGINS.includes(e['origin'] as GameOrigin) &&
    typeof e['scenarioId'] === 'string' &&
    isFiniteNumber(e['quarterIndex']) &&
    typeof e['quarter'] === 'string' &&
    isFiniteNumber(e['posture']) &&
    OUTCOMES.includes(e['outcome'] as GameEntry['outcome']) &&
    (e['score'] === null || isFiniteNumber(e['score'])) &&
    isFiniteNumber(e['lastPlayed']) &&
    Math.abs(e['lastPlayed']) <= MAX_DATE_MS
  );
}

/** The largest time a Date can hold, in milliseconds from the epoch either way. */
const MAX_DATE_MS = 8.64e15;

/** The index in storage, or null when it is missing or cannot be read. */
function readIndex(storage: SafeStorage): GamesIndex | null {
  const raw = storage.read(GAMES_INDEX_KEY);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    if (!nestsAtMost(parsed, MAX_STORED_DEPTH)) return null;
    const games = parsed['games'];
    const activeId = parsed['activeId'];
    if (parsed['version'] !== 1 || !Array.isArray(games) || !games.every(isEntry)) return null;
    if (activeId !== null && typeof activeId !== 'string') return null;
    return { version: 1, activeId, games };
  } catch {
    return null;
  }
}

/**
 * Creates the games list. `standingOf` reads how a raw save stands (null when it cannot be read):
 * it serves the first load of an earlier version's single save and the rebuilding of a lost index.
 * `now` (ms) dates the games found that way.
 */
export function createGameLibrary(
  storage: SafeStorage,
  standingOf: (raw: string) => GameStanding | null,
  now: () => number,
): GameLibrary {
  let counter = 0;
  const freshId = (): string => `g${now().toString(36)}-${(counter++).toString(36)}`;
  const keyOf = (id: string, active: string | null): string =>
    id === active ? SAVE_KEY : KEPT_GAME_PREFIX + id;

  /** An entry for a raw save found without an index; an unreadable one is listed too, so it is not lost. */
  const foundEntry = (id: string, raw: string): GameEntry => ({
    id,
    name: null,
    origin: 'new',
    lastPlayed: now(),
    ...(standingOf(raw) ?? UNKNOWN_STANDING),
  });

  /** The index rebuilt from what storage holds: the slot's game and every game kept aside. */
  const rebuild = (): GamesIndex => {
    const kept = storage.keysWith(KEPT_GAME_PREFIX).flatMap((key) => {
      const raw = storage.read(key);
      return raw === null ? [] : [foundEntry(key.slice(KEPT_GAME_PREFIX.length), raw)];
    });
    const slot = storage.read(SAVE_KEY);
    const active = slot === null ? null : foundEntry(freshId(), slot);
    return { version: 1, activeId: active?.id ?? null, games: active ? [active, ...kept] : kept };
  };

  let index: GamesIndex = readIndex(storage) ?? rebuild();
  // An index that lost track of the slot's game (or a first load) lists it again.
  if (index.activeId === null && storage.read(SAVE_KEY) !== null) {
    const found = foundEntry(freshId(), storage.read(SAVE_KEY)!);
    index = { ...index, activeId: found.id, games: [found, ...index.games] };
  }
  const save = (next: GamesIndex): boolean => {
    index = next;
    return storage.write(GAMES_INDEX_KEY, JSON.stringify(next));
  };

  const byRecency = (games: readonly GameEntry[]): GameEntry[] =>
    [...games].sort((a, b) => b.lastPlayed - a.lastPlayed);

  /** Copies the slot's game to its own key and confirms it; true when there was nothing to copy. */
  const keepActive = (): boolean => {
    const active = index.activeId;
    const raw = storage.read(SAVE_KEY);
    if (active === null || raw === null) return true;
    const key = KEPT_GAME_PREFIX + active;
    return storage.write(key, raw) && storage.read(key) === raw;
  };

  return {
    list: () => byRecency(index.games),
    activeId: () => index.activeId,
    freshId,
    switchTo(id, origin, time) {
      if (id === index.activeId) return true;
      const known = index.games.find((g) => g.id === id);
      if (!keepActive()) return false;
      if (known) {
        const raw = storage.read(KEPT_GAME_PREFIX + id);
        if (raw === null || !storage.write(SAVE_KEY, raw) || storage.read(SAVE_KEY) !== raw) return false;
        storage.remove(KEPT_GAME_PREFIX + id);
      }
      // A fresh id leaves the slot as it is: the new game's first autosave writes over it, now that
      // its old game is safe under its own key.
      const entry: GameEntry = known
        ? { ...known, lastPlayed: time }
        : { id, name: null, origin, lastPlayed: time, ...UNKNOWN_STANDING };
      const others = index.games.filter((g) => g.id !== id);
      save({ version: 1, activeId: id, games: [entry, ...others] });
      return true;
    },
    recordActive(standing, time) {
      const active = index.activeId;
      if (active === null) return [];
      const current = index.games.find((g) => g.id === active);
      const entry: GameEntry = {
        id: active,
        name: current?.name ?? null,
        origin: current?.origin ?? 'new',
        ...standing,
        lastPlayed: time,
      };
      const others = byRecency(index.games.filter((g) => g.id !== active));
      const dropped = others.slice(Math.max(0, MAX_GAMES - 1));
      for (const g of dropped) storage.remove(KEPT_GAME_PREFIX + g.id);
      save({ version: 1, activeId: active, games: [entry, ...others.slice(0, MAX_GAMES - 1)] });
      return dropped;
    },
    rename(id, name) {
      const clean = name === null ? null : name.trim().slice(0, 80) || null;
      if (!index.games.some((g) => g.id === id)) return false;
      return save({ ...index, games: index.games.map((g) => (g.id === id ? { ...g, name: clean } : g)) });
    },
    raw: (id) => storage.read(keyOf(id, index.activeId)),
    remove(id) {
      const entry = index.games.find((g) => g.id === id);
      const wasActive = id === index.activeId;
      const key = keyOf(id, index.activeId);
      const raw = storage.read(key);
      if (!entry || raw === null || !storage.remove(key)) return null;
      save({
        version: 1,
        activeId: wasActive ? null : index.activeId,
        games: index.games.filter((g) => g.id !== id),
      });
      return { entry, raw, wasActive };
    },
    restore(deleted) {
      const { entry, raw } = deleted;
      if (index.games.some((g) => g.id === entry.id)) return true;
      // The slot may hold another game by now: a deleted game comes back beside it.
      const backInSlot = deleted.wasActive && index.activeId === null;
      const key = backInSlot ? SAVE_KEY : KEPT_GAME_PREFIX + entry.id;
      if (!storage.write(key, raw)) return false;
      return save({
        version: 1,
        activeId: backInSlot ? entry.id : index.activeId,
        games: [...index.games, entry],
      });
    },
  };
}
