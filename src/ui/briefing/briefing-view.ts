/**
 * The briefing: the situation in Q1 2025 in six cards, each figure with its source chips, a
 * three-step "your turn" strip and the Begin button. Texts come from the text layer's briefing-en.json (data),
 * figures from the scenario, joined with the text layer's interpolate; all through textContent.
 */
import { interpolate } from '../../text/format';
import { button, el } from '../dom';
import { attachScrollCue } from '../scroll-cue';
import { sourceChips, type SourceLookup } from '../source-chip';
import { BRIEFING_EN as data, briefingWords, uiWords } from '../../text';

interface Sourced {
  readonly text: string;
  readonly sources: readonly string[];
}

interface BriefingCard {
  readonly id: string;
  readonly title: string;
  readonly figure: { readonly value: string; readonly label: string; readonly sources: readonly string[] };
  readonly points: readonly Sourced[];
}

/** The briefing's text file, typed. */
export interface BriefingText {
  readonly heading: string;
  readonly intro: string;
  readonly cards: readonly BriefingCard[];
  readonly howTo: { readonly title: string; readonly steps: readonly string[] };
}

/** The English briefing texts. */
export const BRIEFING_EN = data as BriefingText;

/** The briefing texts in the active language. */
export function briefingText(): BriefingText {
  return briefingWords();
}

/** Every {placeholder} the briefing uses, so a test can check the scenario provides them all. */
export function briefingPlaceholders(text: BriefingText = briefingText()): string[] {
  const all = text.cards.flatMap((c) => [c.figure.value, c.figure.label, ...c.points.map((p) => p.text)]);
  return [...new Set(all.flatMap((t) => [...t.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? '')))];
}

function card(c: BriefingCard, values: Readonly<Record<string, number>>, lookup: SourceLookup): HTMLElement {
  const fill = (t: string): string => interpolate(t, values);
  return el('article', { className: 'bcard panel', attrs: { 'aria-labelledby': `bcard-${c.id}` } }, [
    el('h2', { className: 'bcard__title', text: c.title, attrs: { id: `bcard-${c.id}` } }),
    el('p', { className: 'bcard__figure' }, [
      el('span', { className: 'bcard__value num', text: fill(c.figure.value) }),
      el('span', { className: 'bcard__label' }, [
        fill(c.figure.label),
        ' ',
        sourceChips(c.figure.sources, lookup),
      ]),
    ]),
    el(
      'ul',
      { className: 'bcard__points' },
      c.points.map((p) => el('li', {}, [fill(p.text), ' ', sourceChips(p.sources, lookup)])),
    ),
  ]);
}

/** Builds the briefing screen. */
export function createBriefingView(
  values: Readonly<Record<string, number>>,
  lookup: SourceLookup,
  onBegin: () => void,
): { root: HTMLElement; heading: HTMLElement; begin: HTMLButtonElement } {
  const t = briefingText();
  const heading = el('h1', { className: 'briefing__heading', text: t.heading, attrs: { tabindex: '-1' } });
  const words = uiWords().briefing;
  const begin = button(words.begin, onBegin, 'primary', 'btn--large');
  const cards = el(
    'div',
    { className: 'briefing__cards', attrs: { role: 'list' } },
    t.cards.map((c) => el('div', { attrs: { role: 'listitem' } }, [card(c, values, lookup)])),
  );
  // On small screens the cards scroll: a fade and a hint say that more follow.
  attachScrollCue(cards);
  const root = el(
    'main',
    { className: 'screen screen--briefing enter', attrs: { 'aria-labelledby': 'briefing-h' } },
    [
      el('header', { className: 'briefing__head' }, [
        el('p', { className: 'eyebrow', text: words.eyebrow }),
        heading,
        el('p', { className: 'briefing__intro', text: t.intro }),
      ]),
      cards,
      el('p', { className: 'more-hint', attrs: { 'aria-hidden': 'true' } }, [words.moreCards]),
      el('footer', { className: 'briefing__foot panel' }, [
        el('div', { className: 'briefing__howto' }, [
          el('h2', { text: t.howTo.title }),
          el(
            'ol',
            { className: 'howto' },
            t.howTo.steps.map((s) => el('li', { text: s })),
          ),
        ]),
        el('div', { className: 'briefing__go' }, [
          begin,
          el('p', { className: 'muted', text: words.orPressEnter }),
        ]),
      ]),
    ],
  );
  heading.id = 'briefing-h';
  // Enter anywhere but on a control begins, so a keyboard player need not tab past every source.
  root.addEventListener('keydown', (e) => {
    const onControl = e.target instanceof HTMLButtonElement || e.target instanceof HTMLInputElement;
    if (e.key === 'Enter' && !onControl) {
      e.preventDefault();
      onBegin();
    }
  });
  return { root, heading, begin };
}
