/**
 * The tutorial over the campaign: the lesson from selectTutorialStep in words (text layer), the
 * coach mark beside its lever, an outline on the lever and on the indicator's row, and the
 * indicator's chart shown once when a lesson starts. Next moves past the lesson shown; Skip turns
 * the tutorial off.
 */
import type { GameStore } from '../../state';
import { selectTutorialStep, type TutorialStep } from '../../state';
import { tutorialText } from '../../text';
import { createCoachMark, type CoachLesson, type CoachMark } from '../../ui/tutorial/coach-mark';
import type { StoreLike } from '../shared/scene-context';

/** Where each lesson's lever is in the campaign's DOM. */
const CONTROL_SELECTORS: Readonly<Record<TutorialStep['control'], string>> = {
  aidSlider: '.aid',
  sanctionsSlider: '.sanctions',
  postureTrack: '.posture',
};

/** The lesson in words, or null. */
export function coachLesson(step: TutorialStep | null): CoachLesson | null {
  if (!step) return null;
  const text = tutorialText(step.textKey);
  return text ? { index: step.index, of: step.of, ...text } : null;
}

/** The coach mark's lifetime inside the campaign scene. */
export class TutorialCoach {
  readonly mark: CoachMark;
  private shownIndex: number | null = null;
  private marked: HTMLElement[] = [];

  constructor(
    store: StoreLike,
    private readonly screen: () => HTMLElement | null,
    /** Shows a chart tab (the lesson's indicator) when a lesson starts. */
    private readonly showChart: (indicator: string) => void,
  ) {
    const act = (): GameStore => store.getState();
    this.mark = createCoachMark({
      // The store moves past the lesson on screen.
      onNext: () => act().nextTutorialStep(),
      onSkip: () => act().setTutorial(false),
    });
  }

  /** Follows the store (the indicator rows are rebuilt each quarter, so the outline is set again). */
  refresh(s: GameStore): void {
    const step = selectTutorialStep(s);
    this.mark.show(coachLesson(step));
    this.unmark();
    if (step) {
      const root = this.screen();
      const lever = root?.querySelector<HTMLElement>(CONTROL_SELECTORS[step.control]);
      const row = root?.querySelector<HTMLElement>(`[data-indicator="${step.indicator}"]`);
      this.marked = [lever, row].filter((n): n is HTMLElement => n instanceof HTMLElement);
      for (const n of this.marked) n.classList.add('coach-target');
    }
    const index = step?.index ?? null;
    if (index === this.shownIndex) return;
    this.shownIndex = index;
    if (!step) return;
    this.showChart(step.indicator);
    // The indicator's row may sit below the fold of its column: bring it into view once.
    this.marked[1]?.scrollIntoView({ block: 'nearest' });
  }

  /** Places the callout beside the lesson's lever (after layout). */
  place(): void {
    const lever = this.marked[0];
    this.mark.place(lever ? lever.getBoundingClientRect() : null);
  }

  private unmark(): void {
    for (const n of this.marked) n.classList.remove('coach-target');
    this.marked = [];
  }
}
