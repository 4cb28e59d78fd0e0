/**
 * The tutorial's coach mark: a callout beside the lever of the lesson, saying what the lever does
 * and which indicator to watch, with "Next lesson" and "Skip the tutorial". It is a non-modal
 * dialog in the page's tab order (right after the top bar); the lesson's title is announced when it
 * changes. The lever and the indicator get an outline and a "Lesson" tag (never colour alone).
 */
import { button, el, uid } from '../dom';
import { interpolate, uiWords } from '../../text';

/** One lesson as the callout shows it. */
export interface CoachLesson {
  /** 0-based, and how many there are. */
  readonly index: number;
  readonly of: number;
  readonly title: string;
  readonly lever: string;
  readonly indicator: string;
  readonly where: string;
}

/** The callout. */
export interface CoachMark {
  readonly root: HTMLElement;
  /** Shows a lesson, or hides the callout (null). */
  show(lesson: CoachLesson | null): void;
  /** Places the callout beside `target` (page px), on its right or, near the right edge, its left. */
  place(target: DOMRect | null): void;
}

/** Where the callout goes beside a target rect, inside the viewport; pure. */
export function coachPosition(
  target: { left: number; right: number; top: number },
  box: { width: number; height: number },
  view: { width: number; height: number },
  gap = 14,
): { left: number; top: number; side: 'right' | 'left' } {
  const fitsRight = target.right + gap + box.width <= view.width - 8;
  const left = fitsRight ? target.right + gap : Math.max(8, target.left - gap - box.width);
  const top = Math.min(Math.max(56, target.top), Math.max(8, view.height - box.height - 8));
  return { left, top, side: fitsRight ? 'right' : 'left' };
}

/** Builds the callout (hidden until a lesson is shown). */
export function createCoachMark(cb: { onNext: () => void; onSkip: () => void }): CoachMark {
  const words = uiWords().tutorial;
  const titleId = uid('coach-title');
  const bodyId = uid('coach-body');
  const eyebrow = el('p', { className: 'eyebrow coach__eyebrow' });
  const title = el('h2', { className: 'coach__title', attrs: { id: titleId } });
  const lever = el('p');
  const indicator = el('p');
  const where = el('p', { className: 'muted' });
  const next = button(words.nextLesson, cb.onNext, 'primary', 'btn--small');
  const announce = el('p', { className: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const root = el(
    'section',
    {
      className: 'coach',
      attrs: {
        role: 'dialog',
        'aria-modal': 'false',
        'aria-labelledby': titleId,
        'aria-describedby': bodyId,
      },
    },
    [
      eyebrow,
      title,
      el('div', { className: 'coach__body', attrs: { id: bodyId } }, [lever, indicator, where]),
      el('div', { className: 'row coach__actions' }, [
        next,
        button(words.skip, cb.onSkip, 'ghost', 'btn--small'),
      ]),
      announce,
    ],
  );
  root.hidden = true;
  let shown = -1;
  return {
    root,
    show(lesson) {
      root.hidden = lesson === null;
      if (!lesson || lesson.index === shown) return;
      shown = lesson.index;
      const number = String(lesson.index + 1);
      eyebrow.textContent = interpolate(words.eyebrow, { number, count: String(lesson.of) });
      title.textContent = lesson.title;
      lever.textContent = lesson.lever;
      indicator.textContent = lesson.indicator;
      where.textContent = lesson.where;
      next.textContent = lesson.index + 1 < lesson.of ? words.nextLesson : words.finish;
      announce.textContent = interpolate(words.announce, { number, title: lesson.title });
    },
    place(target) {
      if (root.hidden || !target) return;
      const pos = coachPosition(
        target,
        { width: root.offsetWidth, height: root.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight },
      );
      root.style.left = `${Math.round(pos.left)}px`;
      root.style.top = `${Math.round(pos.top)}px`;
      root.dataset['side'] = pos.side;
    },
  };
}
