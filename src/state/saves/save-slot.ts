/**
 * The one autosave slot: inspecting what is in it and writing over it. An unreadable save is
 * copied to its own key before anything else happens; until that copy is confirmed the slot is
 * never written, so the player's only copy cannot be lost to an autosave.
 */
import type { LoadedScenario } from '../../scenario/runtime';
import type { UnreadableSave } from '../store/contract';
import { SAVE_KEY, keepUnreadableSave, type SafeStorage } from '../store/persistence';
import type { SaveFile } from '../store/save-parts';
import { readSaveText, type RestoredGame } from './save-reading';

/** What the slot holds. */
export type SlotContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ok'; readonly restored: RestoredGame }
  | { readonly kind: 'unreadable'; readonly unreadable: UnreadableSave };

/** The autosave slot over one storage. */
export interface SaveSlot {
  /** Reads and checks the save; an unreadable one is copied aside first. */
  inspect(): SlotContent;
  /** Writes a save over the slot; false when storage refused or writing is held back. */
  write(save: SaveFile): boolean;
  /** Holds every later write back: the slot's game could not be kept elsewhere, so it must stay. */
  hold(): void;
}

/** Creates the slot; `findScenario` resolves the saved scenario id. */
export function createSaveSlot(
  storage: SafeStorage,
  findScenario: (id: string) => LoadedScenario | null,
): SaveSlot {
  let writable = true;
  return {
    inspect() {
      const raw = storage.read(SAVE_KEY);
      if (raw === null) return { kind: 'empty' };
      const reading = readSaveText(raw, findScenario);
      if (reading.ok) return { kind: 'ok', restored: reading.restored };
      // Hold the slot until the raw text is safe elsewhere; a later confirmed copy releases it.
      writable = keepUnreadableSave(storage, raw);
      return { kind: 'unreadable', unreadable: { reason: reading.reason, raw } };
    },
    hold() {
      writable = false;
    },
    write(save) {
      if (!writable) return false;
      return storage.write(SAVE_KEY, JSON.stringify(save));
    },
  };
}
