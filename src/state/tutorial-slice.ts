/**
 * The tutorial for self-guided players: one lever and one indicator in each of the first three
 * quarters (the aid slider and the fire ratio; sanctions and the National Wealth Fund; the posture
 * track and Western cohesion). Off by default (the title screen offers it), skippable at any time,
 * and over after the third quarter.
 */
import type { GameStore } from './contract';
import { DEFAULT_WORKSHOP } from './save-workshop';
import type { SliceCreator } from './store-deps';

/** The tutorial's fields and actions. */
export type TutorialSlice = Pick<GameStore, 'tutorial' | 'setTutorial' | 'nextTutorialStep'>;

/** How many lessons the tutorial has (one per quarter of the first three). */
export const TUTORIAL_STEPS = 3;

/** Creates the tutorial slice. */
export function createTutorialSlice(): SliceCreator<TutorialSlice> {
  return (set, get) => ({
    tutorial: DEFAULT_WORKSHOP.tutorial,

    setTutorial: (enabled) => {
      if (typeof enabled !== 'boolean' || get().tutorial.enabled === enabled) return;
      // Turning it on starts from the first lesson; turning it off is the skip.
      set((d) => {
        d.tutorial = { enabled, step: enabled ? 0 : d.tutorial.step };
      });
    },
    nextTutorialStep: () => {
      const { enabled, step } = get().tutorial;
      if (!enabled || step >= TUTORIAL_STEPS) return;
      set((d) => {
        d.tutorial.step = step + 1;
      });
    },
  });
}
