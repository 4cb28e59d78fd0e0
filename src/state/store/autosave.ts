/**
 * The store's one custom middleware, around immer on the combined store. After every set it
 * (1) freezes the whole new state, top level included (zustand merges partial updates into a
 * fresh object that immer never saw), so code outside the store that mutates state fails at once;
 * (2) saves the game whenever what a reload needs changed (game, record, levers, screen, terms,
 * and the workshop's settings for the game);
 * (3) writes the settings when they changed. Storage errors are caught below this layer.
 */
import { freeze } from 'immer';
import type { StateCreator } from 'zustand/vanilla';
import type { GameStore } from './contract';
import { writeSettings } from './persistence';
import { AUTOSAVE_FIELDS, encodeSave } from './save-parts';
import type { StoreContext } from './store-deps';

type WithImmer = StateCreator<GameStore, [], [['zustand/immer', never]]>;

/** Wraps the immer-enabled store creator with freezing and persistence. */
export function withAutosave(ctx: StoreContext, initializer: WithImmer): WithImmer {
  return (set, get, api) => {
    const afterChange = (before: GameStore, after: GameStore): void => {
      if (before.settings !== after.settings) writeSettings(ctx.storage, after.settings);
      if (!after.game || AUTOSAVE_FIELDS.every((k) => before[k] === after[k])) return;
      const save = encodeSave(after);
      if (save && ctx.saveSlot.write(save) && !after.hasSave) {
        persistingSet({ ...after, hasSave: true }, true);
      }
    };
    const persistingSet = ((partial: unknown, replace?: boolean) => {
      const before = get();
      const next = typeof partial === 'function' ? (partial as (s: GameStore) => unknown)(before) : partial;
      // An immer recipe that changed nothing hands back the same state: no new object, no notice.
      if (next === before) return;
      const merged = (replace ? next : { ...before, ...(next as Partial<GameStore>) }) as GameStore;
      set(freeze(merged, true), true);
      afterChange(before, get());
    }) as typeof set;
    return freeze(initializer(persistingSet, get, api), true);
  };
}
