/**
 * The review's "Discussion" tab: the scenario's questions for the hot wash, this game's facts, the
 * learning goals, and which assumption mattered to this game.
 */
import { el } from '../dom';
import { uiWords } from '../../text';
import { createTornadoSlot } from './tornado-chart';

/** A panel with a heading and a list, or null when there is nothing to list. */
function listPanel(
  id: string,
  title: string,
  items: readonly string[],
  className: string,
  ordered = false,
): HTMLElement | null {
  if (items.length === 0) return null;
  return el('section', { className: `panel ${className}`, attrs: { 'aria-labelledby': id } }, [
    el('h3', { text: title, attrs: { id } }),
    el(
      ordered ? 'ol' : 'ul',
      {},
      items.map((t) => el('li', { text: t })),
    ),
  ]);
}

/** Builds the tab from the prompts, the game's facts and the goals (any may be empty). */
export function createDiscussionView(
  prompts: readonly string[],
  facts: readonly string[],
  goals: readonly string[],
): HTMLElement {
  const words = uiWords().review;
  const tornado = createTornadoSlot('review').root;
  return el('div', { className: 'discussion' }, [
    listPanel('disc-h', words.discussionQuestions, prompts, 'discussion__prompts', true) ??
      el('section', { className: 'panel discussion__prompts' }, [
        el('p', { className: 'muted', text: words.discussionNone }),
      ]),
    el('div', { className: 'discussion__side' }, [
      listPanel('facts-h', words.discussionFacts, facts, 'discussion__facts'),
      listPanel('goals-h', words.discussionGoals, goals, 'discussion__goals'),
    ]),
    // Which assumption mattered to this game: across both columns, below the prompts.
    tornado.hidden ? null : el('div', { className: 'panel discussion__tornado' }, [tornado]),
  ]);
}
