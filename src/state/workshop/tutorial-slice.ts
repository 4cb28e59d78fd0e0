/**
 * The tutorial for self-guided players: one lever and one indicator in each of the first three
 * quarters (the aid slider and the fire ratio; sanctions and the National Wealth Fund; the posture
 * track and Western cohesion). Off by default (the title screen offers it), skippable at any time,
 * and over after the third quarter. The player may move ahead with nextTutorialStep; the lesson
 * shown is the later of that step and the quarter being decided.
 */
import type { IndicatorName } from '../../engine';
import type { GameStore } from '../store/contract';
import { savePart } from '../store/save-part';
import type { SliceCreator } from '../store/store-deps';

/** Whether the tutorial is on, and the lesson the player has moved ahead to (0-based). */
export interface TutorialState {
  readonly enabled: boolean;
  readonly step: number;
}

/** The tutorial's field. */
export interface TutorialData {
  readonly tutorial: TutorialState;
}

/** What the tutorial lets screens ask. */
export interface TutorialActions {
  readonly setTutorial: (enabled: boolean) => void;
  readonly nextTutorialStep: () => void;
}

/** The tutorial's fields and actions. */
export type TutorialSlice = TutorialData & TutorialActions;

/** What a save holds of the tutorial. */
export interface TutorialSaved {
  readonly tutorial: TutorialState;
}

/** The tutorial's part of a save. */
export const TUTORIAL_SAVE_PART = savePart(['tutorial'], (s): TutorialSaved => ({ tutorial: s.tutorial }));

/** How many lessons the tutorial has (one per quarter of the first three). */
export const TUTORIAL_STEPS = 3;

/** The tutorial of a first game: off, at the first lesson. */
export const TUTORIAL_INITIAL: TutorialState = { enabled: false, step: 0 };

/** The tutorial for another game: on or off kept, back to the first lesson. */
export function tutorialForNewGame(t: TutorialState): TutorialState {
  return { ...t, step: 0 };
}

/** Creates the tutorial slice. */
export function createTutorialSlice(): SliceCreator<TutorialSlice> {
  return (set, get) => ({
    tutorial: TUTORIAL_INITIAL,

    setTutorial: (enabled) => {
      if (typeof enabled !== 'boolean' || get().tutorial.enabled === enabled) return;
      // Turning it on starts from the first lesson; turning it off is the skip.
      set((d) => {
        d.tutorial = { enabled, step: enabled ? 0 : d.tutorial.step };
      });
    },
    nextTutorialStep: () => {
      const { enabled, step } = get().tutorial;
      // Next moves past the lesson shown, which is the later of the step and the quarter.
      const shown = Math.max(step, get().game?.quarterIndex ?? 0);
      if (!enabled || shown >= TUTORIAL_STEPS) return;
      set((d) => {
        d.tutorial.step = shown + 1;
      });
    },
  });
}

/** The control a lesson points at. */
export type TutorialControl = 'aidSlider' | 'sanctionsSlider' | 'postureTrack';

/** One lesson. */
export interface TutorialStep {
  /** 0, 1 or 2. */
  readonly index: number;
  /** How many lessons there are (3). */
  readonly of: number;
  readonly control: TutorialControl;
  readonly indicator: IndicatorName;
  /** Key of the lesson's text in the text layer ('tutorial.aid' …). */
  readonly textKey: string;
}

/** The three lessons, in order: aid and the fire ratio, sanctions and the NWF, the posture track and cohesion. */
export const TUTORIAL_LESSONS: readonly Omit<TutorialStep, 'index' | 'of'>[] = [
  { control: 'aidSlider', indicator: 'fireRatio', textKey: 'tutorial.aid' },
  { control: 'sanctionsSlider', indicator: 'nwfLiquidTrnRub', textKey: 'tutorial.sanctions' },
  { control: 'postureTrack', indicator: 'westernCohesion', textKey: 'tutorial.posture' },
];

/** The lesson to show now, or null (tutorial off or skipped, no game in play, or past the third quarter). */
export function selectTutorialStep(s: GameStore): TutorialStep | null {
  const game = s.game;
  if (!s.tutorial.enabled || !game || game.outcome) return null;
  const index = Math.max(s.tutorial.step, game.quarterIndex);
  const lesson = index < TUTORIAL_STEPS ? TUTORIAL_LESSONS[index] : undefined;
  return lesson ? { index, of: TUTORIAL_STEPS, ...lesson } : null;
}
