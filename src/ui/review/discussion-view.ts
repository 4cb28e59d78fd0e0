/** The review's "Discussion" tab: the scenario's questions for the hot wash, and its learning goals. */
import { el } from '../dom';

/** Builds the tab from the prompts, the game's facts and the goals (any may be empty). */
export function createDiscussionView(
  prompts: readonly string[],
  facts: readonly string[],
  goals: readonly string[],
): HTMLElement {
  return el('div', { className: 'discussion' }, [
    el('section', { className: 'panel discussion__prompts', attrs: { 'aria-labelledby': 'disc-h' } }, [
      el('h3', { text: 'Questions for the discussion', attrs: { id: 'disc-h' } }),
      prompts.length === 0
        ? el('p', { className: 'muted', text: 'This scenario has no discussion prompts.' })
        : el(
            'ol',
            { className: 'discussion__list' },
            prompts.map((t) => el('li', { text: t })),
          ),
    ]),
    el('div', { className: 'discussion__side' }, [
      facts.length === 0
        ? null
        : el('section', { className: 'panel discussion__facts', attrs: { 'aria-labelledby': 'facts-h' } }, [
            el('h3', { text: 'From this game', attrs: { id: 'facts-h' } }),
            el(
              'ul',
              {},
              facts.map((t) => el('li', { text: t })),
            ),
          ]),
      goals.length === 0
        ? null
        : el('section', { className: 'panel discussion__goals', attrs: { 'aria-labelledby': 'goals-h' } }, [
            el('h3', { text: 'What this scenario sets out to teach', attrs: { id: 'goals-h' } }),
            el(
              'ul',
              {},
              goals.map((t) => el('li', { text: t })),
            ),
          ]),
    ]),
  ]);
}
