/**
 * The debrief: the outcome and its score explained, the report's forecasts beside what happened,
 * the key charts again (a charts panel handed in by the scene), and the timeline of decisions and
 * posture changes, on the first tab; the after-action review's tabs (handed in) beside it. Panels
 * that scroll say so with a fade and a "More below" hint. Play again.
 */
import { announceSoon, button, el } from '../dom';
import { icon } from '../icons';
import { moreHint } from '../review/more-hint';
import { tableHead } from '../review/table-parts';
import { createTabList, type TabList, type TabSpec } from '../review/tab-list';
import { attachScrollCue } from '../scroll-cue';
import { interpolate, uiWords } from '../../text';

/** One agreed term with how acceptable it is. */
export interface AgreedTerm {
  readonly term: string;
  readonly option: string;
  readonly acceptability: string;
}

/** One forecast row. */
export interface ForecastRow {
  readonly label: string;
  readonly window: string;
  readonly verdict: string;
  readonly held: boolean;
}

/** One quarter of the timeline. */
export interface TimelineRow {
  readonly quarter: string;
  readonly aid: string;
  readonly sanctions: string;
  readonly posture: string;
  readonly postureChanged: boolean;
  readonly events: readonly string[];
}

/** Everything the debrief shows. */
export interface DebriefProps {
  readonly title: string;
  readonly headline: string;
  readonly score: number;
  readonly explanation: readonly string[];
  readonly terms: readonly AgreedTerm[];
  readonly totals: string;
  /** The war played among many runs of its levers, in words, or null. */
  readonly luck: string | null;
  readonly forecasts: readonly ForecastRow[];
  readonly timeline: readonly TimelineRow[];
  /**
   * What a live region says as the screen opens: the ending, when no quarter report has just said
   * it (a settlement ends the game without one); null or absent when the last report led with it.
   */
  readonly announcement?: string | null;
}

function timelineTable(rows: readonly TimelineRow[]): HTMLTableElement {
  const words = uiWords().debrief;
  const head = [
    words.timelineQuarter,
    words.timelineAid,
    words.timelineSanctions,
    words.timelinePosture,
    words.timelineEvents,
  ];
  return el('table', { className: 'timeline' }, [
    el('caption', {
      className: 'visually-hidden',
      text: words.timelineCaption,
    }),
    tableHead(head),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el('tr', { className: r.postureChanged ? 'timeline__shift' : '' }, [
          el('th', { text: r.quarter, attrs: { scope: 'row' } }),
          el('td', { className: 'num', text: r.aid }),
          el('td', { text: r.sanctions }),
          el('td', {}, [r.postureChanged ? icon('marker') : null, r.posture]),
          el('td', {}, [
            el(
              'ul',
              {},
              r.events.map((e) => el('li', { text: e })),
            ),
          ]),
        ]),
      ),
    ),
  ]);
}

/** The debrief's parts the scene needs. */
export interface DebriefView {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  readonly tabs: TabList;
  /** Stops the scroll cues. */
  dispose(): void;
}

/**
 * Builds the debrief screen around `charts` (the scene's charts panel); `reviewTabs` follow the
 * outcome's tab. `onTab` runs when another tab is shown (the scene redraws its canvas).
 */
export function createDebriefView(
  p: DebriefProps,
  charts: HTMLElement,
  reviewTabs: readonly TabSpec[],
  onPlayAgain: () => void,
  onTab: (id: string) => void = () => {},
): DebriefView {
  const words = uiWords().debrief;
  const heading = el('h1', { className: 'debrief__title', text: p.title, attrs: { tabindex: '-1' } });
  const status = el('p', { className: 'visually-hidden', attrs: { role: 'status' } });
  if (p.announcement) announceSoon(status, p.announcement);
  const score = el('section', { className: 'panel debrief__score', attrs: { 'aria-label': words.score } }, [
    el('p', { className: 'debrief__number num' }, [
      el('span', { text: String(p.score) }),
      el('span', { className: 'muted', text: ' / 100' }),
    ]),
    el('p', { className: 'debrief__headline', text: p.headline }),
    ...p.explanation.map((t) => el('p', { className: 'muted', text: t })),
    p.terms.length > 0
      ? el(
          'ul',
          { className: 'debrief__terms' },
          p.terms.map((t) =>
            el('li', {}, [
              el('strong', { text: interpolate(words.term, { term: t.term }) }),
              t.option,
              el('span', {
                className: 'muted',
                text: interpolate(words.termAcceptability, { acceptability: t.acceptability }),
              }),
            ]),
          ),
        )
      : null,
    el('p', { className: 'num', text: p.totals }),
    p.luck ? el('p', { className: 'debrief__luck', text: p.luck }) : null,
  ]);
  const forecasts = el(
    'section',
    { className: 'panel debrief__forecasts', attrs: { 'aria-labelledby': 'fc-h' } },
    [
      el('h2', { text: words.forecastsHeading, attrs: { id: 'fc-h' } }),
      el(
        'ul',
        { className: 'forecasts' },
        p.forecasts.map((f) =>
          el('li', { className: 'forecast' }, [
            el('span', { className: 'forecast__label', text: f.label }),
            el('span', { className: 'muted', text: interpolate(words.forecastWindow, { window: f.window }) }),
            el('span', { className: `forecast__verdict${f.held ? ' forecast__verdict--held' : ''}` }, [
              icon(f.held ? 'check' : 'circle'),
              f.verdict,
            ]),
          ]),
        ),
      ),
    ],
  );
  const timelineScroll = el(
    'div',
    {
      className: 'timeline__scroll',
      attrs: { tabindex: '0', role: 'group', 'aria-label': words.timelineScroll },
    },
    [timelineTable(p.timeline)],
  );
  const timeline = el(
    'section',
    { className: 'panel debrief__timeline', attrs: { 'aria-labelledby': 'tl-h' } },
    [el('h2', { text: words.timeline, attrs: { id: 'tl-h' } }), timelineScroll, moreHint()],
  );
  const left = el(
    'div',
    {
      className: 'debrief__left',
      attrs: { tabindex: '0', role: 'group', 'aria-label': words.leftScroll },
    },
    [score, forecasts],
  );
  const outcome = el('div', { className: 'debrief__outcome' }, [
    el('div', { className: 'debrief__leftwrap' }, [left, moreHint()]),
    el('div', { className: 'debrief__right' }, [charts, timeline]),
  ]);
  const tabs = createTabList(
    words.tabs,
    [{ id: 'outcome', label: words.outcomeTab, panel: outcome }, ...reviewTabs],
    onTab,
    'tabs debrief__tabs',
  );
  const root = el(
    'main',
    { className: 'screen screen--debrief enter-fade', attrs: { 'aria-labelledby': 'debrief-h' } },
    [
      el('header', { className: 'debrief__head' }, [
        el('div', {}, [el('p', { className: 'eyebrow', text: words.eyebrow }), heading, status]),
        tabs.root,
        button(words.playAgain, onPlayAgain, 'primary', 'btn--large'),
      ]),
      el('div', { className: 'debrief__panels' }, tabs.panels),
    ],
  );
  heading.id = 'debrief-h';
  const cues = [attachScrollCue(left), attachScrollCue(timelineScroll)];
  return { root, heading, tabs, dispose: () => cues.forEach((stop) => stop()) };
}
