/** The review's "Discussion" tab: the scenario's questions for the hot wash, this game's facts, and the learning goals. */
import { el } from '../dom';
import { uiWords } from '../../text';

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
  return el('div', { className: 'discussion' }, [
    listPanel('disc-h', words.discussionQuestions, prompts, 'discussion__prompts', true) ??
      el('section', { className: 'panel discussion__prompts' }, [
        el('p', { className: 'muted', text: words.discussionNone }),
      ]),
    el('div', { className: 'discussion__side' }, [
      listPanel('facts-h', words.discussionFacts, facts, 'discussion__facts'),
      listPanel('goals-h', words.discussionGoals, goals, 'discussion__goals'),
    ]),
  ]);
}
