/**
 * Browser storage for the save and the settings. Storage can throw at any call (quota, privacy
 * mode, a disabled localStorage); every access here catches and carries on, so storage trouble
 * costs the player a save, never the game.
 */
import type { Settings } from './contract';

/** The part of the Web Storage API the game uses; localStorage satisfies it. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** How many keys are stored, and the key at an index: what lets a lost index be rebuilt. */
  readonly length?: number;
  key?(index: number): string | null;
}

/** Storage whose calls never throw: a read that fails is null, a write that fails is false. */
export interface SafeStorage {
  read(key: string): string | null;
  /** True when the value was stored. */
  write(key: string, value: string): boolean;
  /** True when the key is gone afterwards. */
  remove(key: string): boolean;
  /** Every stored key that starts with the prefix (none when the storage cannot list its keys). */
  keysWith(prefix: string): string[];
}

/** Key of the single autosave slot of earlier versions; its game moves into the games list (game-library.ts). */
export const SAVE_KEY = 'leverage.save.v1';
/** Key under which an unreadable save's raw text is kept; the game never deletes it. */
export const UNREADABLE_SAVE_KEY = 'leverage.unreadable-save';
/** Key of the player's settings, kept apart from the save so a broken save never costs them. */
export const SETTINGS_KEY = 'leverage.settings.v1';

/** Settings of a first visit, and of any setting that cannot be read. */
export const DEFAULT_SETTINGS: Settings = { volume: 0.6, muted: false, reducedMotion: false };

/** Wraps storage so that no call throws. */
export function safeStorage(storage: KeyValueStorage): SafeStorage {
  return {
    read(key) {
      try {
        const value = storage.getItem(key);
        return typeof value === 'string' ? value : null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
        return storage.getItem(key) === null;
      } catch {
        return false;
      }
    },
    keysWith(prefix) {
      try {
        const count = storage.length ?? 0;
        const keys: string[] = [];
        for (let i = 0; i < count; i++) {
          const key = storage.key?.(i) ?? null;
          if (key?.startsWith(prefix)) keys.push(key);
        }
        return keys;
      } catch {
        return [];
      }
    },
  };
}

/** Clamps a volume into 0–1; null for a value that is not a finite number. */
export function clampVolume(volume: unknown): number | null {
  if (typeof volume !== 'number' || !Number.isFinite(volume)) return null;
  return Math.min(1, Math.max(0, volume));
}

/** Reads the settings; anything missing or unreadable falls back to its default, silently. */
export function readSettings(storage: SafeStorage): Settings {
  const raw = storage.read(SETTINGS_KEY);
  if (raw === null) return DEFAULT_SETTINGS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof parsed !== 'object' || parsed === null) return DEFAULT_SETTINGS;
  const o = parsed as Record<string, unknown>;
  return {
    volume: clampVolume(o['volume']) ?? DEFAULT_SETTINGS.volume,
    muted: typeof o['muted'] === 'boolean' ? o['muted'] : DEFAULT_SETTINGS.muted,
    reducedMotion:
      typeof o['reducedMotion'] === 'boolean' ? o['reducedMotion'] : DEFAULT_SETTINGS.reducedMotion,
  };
}

/** Writes the settings; false when storage refused. */
export function writeSettings(storage: SafeStorage, settings: Settings): boolean {
  return storage.write(SETTINGS_KEY, JSON.stringify(settings));
}

/** A short, stable name for a text (FNV-1a, 32 bits, in base 36), to keep copies apart. */
function textTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Copies an unreadable save's raw text to its own key and reads it back. True only when the copy
 * is there, which is what allows the autosave to write over the save slot afterwards. A copy kept
 * earlier of another unreadable save moves to a key of its own first (named by its text), so no
 * unreadable save is ever written over; if it cannot move, the new one is not kept either.
 */
export function keepUnreadableSave(storage: SafeStorage, raw: string): boolean {
  const earlier = storage.read(UNREADABLE_SAVE_KEY);
  if (earlier === raw) return true;
  if (earlier !== null) {
    const aside = `${UNREADABLE_SAVE_KEY}.${textTag(earlier)}`;
    if (!(storage.write(aside, earlier) && storage.read(aside) === earlier)) return false;
  }
  return storage.write(UNREADABLE_SAVE_KEY, raw) && storage.read(UNREADABLE_SAVE_KEY) === raw;
}
