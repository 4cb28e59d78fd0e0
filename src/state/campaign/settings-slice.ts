/**
 * Player settings: volume, mute and reduced motion. They are remembered under their own storage
 * key (written by the store's persistence), so a broken save never costs them.
 */
import type { Settings } from '../store/contract';
import { clampVolume } from '../store/persistence';
import type { SliceCreator } from '../store/store-deps';

/** The settings' field (saved under its own key by the autosave middleware, never in a game's save). */
export interface SettingsData {
  readonly settings: Settings;
}

/** What the settings let screens ask. */
export interface SettingsActions {
  readonly setVolume: (volume: number) => void;
  readonly setMuted: (muted: boolean) => void;
  readonly setReducedMotion: (reduced: boolean) => void;
}

/** The settings' fields and actions. */
export type SettingsSlice = SettingsData & SettingsActions;

/** Creates the settings slice, starting from the settings read at start-up. */
export function createSettingsSlice(initial: Settings): SliceCreator<SettingsSlice> {
  return (set) => ({
    settings: initial,

    setVolume: (volume) => {
      const clamped = clampVolume(volume);
      if (clamped === null) return;
      set((d) => {
        d.settings.volume = clamped;
      });
    },
    setMuted: (muted) => {
      set((d) => {
        d.settings.muted = muted === true;
      });
    },
    setReducedMotion: (reduced) => {
      set((d) => {
        d.settings.reducedMotion = reduced === true;
      });
    },
  });
}
