/**
 * The store's one custom middleware, around immer on the combined store. After every set it
 * (1) freezes the whole new state, top level included (zustand merges partial updates into a
 * fresh object that immer never saw), so code outside the store that mutates state fails at once;
 * (2) saves the game whenever what a reload needs changed (the fields the slices' save parts
 * read), and records how it stands in the Games list;
 * (3) writes the settings when they changed. Storage errors are caught below this layer.
 */
import { freeze } from 'immer';
import type { StateCreator } from 'zustand/vanilla';
import type { GameStore } from './contract';
import { writeSettings } from './persistence';
import { AUTOSAVE_FIELDS, encodeSave } from './save-parts';
import { standingOfGame } from '../saves/games-slice';
import type { StoreContext } from './store-deps';

type WithImmer = StateCreator<GameStore, [], [['zustand/immer', never]]>;

/** Wraps the immer-enabled store creator with freezing and persistence. */
export function withAutosave(ctx: StoreContext, initializer: WithImmer): WithImmer {
  return (set, get, api) => {
    const afterChange = (before: GameStore, after: GameStore): void => {
      if (before.settings !== after.settings) writeSettings(ctx.storage, after.settings);
      // A room's games are kept by the room (and the device's copy of it), never in the player's saves.
      if (!after.game || after.room || AUTOSAVE_FIELDS.every((k) => before[k] === after[k])) return;
      const save = encodeSave(after);
      if (!save) return;
      if (!ctx.saveSlot.write(save)) {
        // The game goes on; the player is told once that it is not being saved.
        if (after.gamesNotice?.kind !== 'notSaved') persistingSet({ gamesNotice: { kind: 'notSaved' } });
        return;
      }
      const dropped = ctx.library.recordActive(standingOfGame(after.game, after.scenario.params), ctx.now());
      // The list on screen is refreshed when the title shows it (and at once when games were dropped),
      // so an autosave notifies the screens no more than the change that caused it.
      if (dropped.length > 0) {
        persistingSet({
          hasSave: true,
          games: ctx.library.list(),
          gamesNotice: { kind: 'oldestDropped', dropped },
        });
      } else if (!after.hasSave) {
        persistingSet({ hasSave: true, games: ctx.library.list() });
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
