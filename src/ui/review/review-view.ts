/**
 * The review's "Quarter by quarter" tab: a scrubber over the quarters played (a range input named
 * "Quarter", with Previous and Next buttons; arrows, Home and End work on the range) and, for the
 * selected quarter, the state at its end (posture, cohesion, key figures, each with a sparkline of
 * the game that marks the quarter) beside what happened in it (decisions, injects, Kremlin
 * decisions, pressures, posture changes and why, the facilitator).
 */
import { button, el, uid } from '../dom';
import { sparkline } from '../campaign/sparkline';
import { icon } from '../icons';
import { attachScrollCue } from '../scroll-cue';
import { moreHint } from './more-hint';
import type { ReviewProps, ReviewQuarter } from './review-model';
import { interpolate, uiWords } from '../../text';

/** The tab's content and its control. */
export interface ReviewView {
  readonly root: HTMLElement;
  /** Shows quarter `index` (0 = the first played), clamped to the quarters played. */
  select(index: number): void;
  /** Stops the scroll cues (call when the screen closes). */
  dispose(): void;
}

/** The review's sparklines: a quarter's place in the figure's arc over the game. */
const REVIEW_SPARK = { width: 88, height: 28 } as const;

function statePanel(q: ReviewQuarter, index: number): HTMLElement[] {
  const words = uiWords().review;
  const levels = [...q.posture.levels].reverse();
  return [
    el('h3', { text: interpolate(words.stateHeading, { quarter: q.quarter }) }),
    el('section', { className: 'review__posture', attrs: { 'aria-label': words.putinsPosture } }, [
      el('h4', { className: 'review__h', text: words.putinsPosture }),
      el(
        'ol',
        { className: 'review__levels' },
        levels.map((l) =>
          el(
            'li',
            {
              className: `review__level${l.current ? ' review__level--current' : ''}`,
              attrs: l.current ? { 'aria-current': 'step' } : {},
            },
            [
              l.current
                ? icon('marker')
                : el('span', { className: 'review__dot', attrs: { 'aria-hidden': 'true' } }),
              el('span', { className: 'num', text: String(l.level) }),
              ` ${l.name}`,
              l.current ? el('span', { className: 'badge', text: uiWords().common.current }) : null,
            ],
          ),
        ),
      ),
      el('p', { className: 'muted', text: q.posture.note }),
    ]),
    el('section', { className: 'review__cohesion', attrs: { 'aria-label': words.westernCohesion } }, [
      el('h4', { className: 'review__h' }, [
        words.cohesionHeading,
        el('span', { className: 'num', text: `${Math.round(q.cohesion)} / 100` }),
      ]),
      el('div', { className: 'meter', attrs: { 'aria-hidden': 'true' } }, [
        (() => {
          const fill = el('div', {
            className: `meter__fill${q.cohesion < 30 ? ' meter__fill--danger' : q.cohesion < 50 ? ' meter__fill--warn' : ''}`,
          });
          fill.style.width = `${Math.max(0, Math.min(100, q.cohesion))}%`;
          return fill;
        })(),
      ]),
    ]),
    el(
      'dl',
      { className: 'review__figures' },
      q.figures.flatMap((f) => [
        el('dt', {}, [el('span', { text: f.label }), sparkline(f.series, index, REVIEW_SPARK)]),
        el('dd', {}, [
          el('span', { className: 'num review__value', text: f.value }),
          f.change ? el('span', { className: 'muted review__change', text: f.change }) : null,
        ]),
      ]),
    ),
  ];
}

function happenedPanel(q: ReviewQuarter): HTMLElement[] {
  const sections = q.sections.filter((s) => s.items.length > 0);
  return [
    el('h3', { text: interpolate(uiWords().review.happenedHeading, { quarter: q.quarter }) }),
    el('p', { className: 'review__headline' }, [icon('marker'), q.headline]),
    ...sections.map((s) =>
      el('section', { className: 'review__section' }, [
        el('h4', { className: 'review__h', text: s.title }),
        el(
          'ul',
          {},
          s.items.map((i) =>
            el('li', {}, [
              el('span', { text: i.text }),
              i.detail ? el('span', { className: 'review__detail', text: i.detail }) : null,
            ]),
          ),
        ),
      ]),
    ),
  ];
}

/** Builds the tab. */
export function createReviewView(p: ReviewProps): ReviewView {
  const words = uiWords().review;
  const count = p.quarters.length;
  const rangeId = uid('review-quarter');
  const range = el('input', {
    className: 'scrub__range',
    attrs: { type: 'range', id: rangeId, min: '0', max: String(Math.max(0, count - 1)), step: '1' },
  });
  const output = el('output', {
    className: 'scrub__out num',
    attrs: { for: rangeId, 'aria-live': 'polite' },
  });
  const prev = button(words.previousQuarter, () => select(index - 1), 'default', 'btn--small');
  const next = button(words.nextQuarter, () => select(index + 1), 'default', 'btn--small');
  prev.prepend(icon('marker', 'icon--flip'));
  next.append(icon('marker'));
  const state = el('div', { className: 'review__state panel', attrs: { tabindex: '0', role: 'region' } });
  const happened = el('div', {
    className: 'review__happened panel',
    attrs: { tabindex: '0', role: 'region' },
  });
  state.setAttribute('aria-label', words.stateRegion);
  happened.setAttribute('aria-label', words.happenedRegion);
  const cues = [attachScrollCue(state), attachScrollCue(happened)];
  let index = -1;
  const select = (i: number): void => {
    const to = Math.max(0, Math.min(count - 1, i));
    const q = p.quarters[to];
    if (!q || to === index) return;
    index = to;
    range.value = String(to);
    const place = { quarter: q.quarter, number: String(to + 1), count: String(count) };
    range.setAttribute('aria-valuetext', interpolate(words.quarterValueText, place));
    output.textContent = interpolate(words.quarterOutput, place);
    prev.disabled = to === 0;
    next.disabled = to === count - 1;
    state.replaceChildren(...statePanel(q, to));
    happened.replaceChildren(...happenedPanel(q));
    state.scrollTop = 0;
    happened.scrollTop = 0;
  };
  range.addEventListener('input', () => select(Number(range.value)));
  const root =
    count === 0
      ? el('div', { className: 'review' }, [el('p', { className: 'muted', text: words.noQuarter })])
      : el('div', { className: 'review' }, [
          el('div', { className: 'scrub panel' }, [
            el('label', { className: 'scrub__label', text: words.quarter, attrs: { for: rangeId } }),
            prev,
            range,
            next,
            output,
          ]),
          el('div', { className: 'review__cols' }, [
            el('div', { className: 'review__col' }, [state, moreHint()]),
            el('div', { className: 'review__col' }, [happened, moreHint()]),
          ]),
        ]);
  select(count - 1);
  return { root, select, dispose: () => cues.forEach((stop) => stop()) };
}
