/**
 * One role brief as a page: the role and the scenario, who you are, the briefing's key figures
 * with their footnote keys, objectives, levers, red lines and the footnotes with their titles.
 * The same article is shown in the dialog and copied onto the print page, one page per role.
 */
import { el } from '../dom';
import type { RoleBrief } from './role-model';
import { interpolate, uiWords } from '../../text';

function list(title: string, items: readonly string[], className: string): HTMLElement {
  return el('section', { className: `role__section ${className}` }, [
    el('h4', { className: 'role__h', text: title }),
    el(
      'ul',
      {},
      items.map((t) => el('li', { text: t })),
    ),
  ]);
}

/** Builds the article of one brief; `headingId` labels it (ids must stay unique on the page). */
export function roleArticle(b: RoleBrief, headingId: string): HTMLElement {
  const words = uiWords().roles;
  return el('article', { className: 'role', attrs: { 'aria-labelledby': headingId } }, [
    el('header', { className: 'role__head' }, [
      el('p', { className: 'eyebrow', text: words.eyebrow }),
      el('h3', { className: 'role__title', text: b.title, attrs: { id: headingId } }),
      el('p', { className: 'role__scenario', text: `${b.scenarioName} · ${b.vintage}` }),
    ]),
    el(
      'div',
      { className: 'role__brief' },
      b.brief.map((t) => el('p', { text: t })),
    ),
    el('section', { className: 'role__section role__figures' }, [
      el('h4', { className: 'role__h', text: words.keyFigures }),
      el(
        'dl',
        { className: 'role__figs' },
        b.keyFigures.flatMap((f) => [
          el('dt', { className: 'num', text: f.value }),
          el('dd', {}, [
            el('span', { text: interpolate(words.figure, { topic: f.topic, label: f.label }) }),
            el('span', { className: 'role__keys num', text: ` ${f.sources.join(' ')}` }),
          ]),
        ]),
      ),
    ]),
    el('div', { className: 'role__cols' }, [
      list(words.objectives, b.objectives, 'role__objectives'),
      list(words.levers, b.levers, 'role__levers'),
      list(words.redLines, b.redLines, 'role__redlines'),
    ]),
    el('section', { className: 'role__section role__notes' }, [
      el('h4', { className: 'role__h', text: words.sourcesCited }),
      el(
        'ol',
        { className: 'role__footnotes' },
        b.footnotes.map((n) =>
          el('li', {}, [el('span', { className: 'num role__key', text: n.key }), ` ${n.title}`]),
        ),
      ),
    ]),
  ]);
}
