/**
 * Putin's posture track, Twilight Struggle's DEFCON track as the model: all levels listed top
 * (ready to concede) to bottom (maximalist), the current one marked by shape and the word
 * "Current", the next-level sentence, the pressures T1–T7 with icon and words, and the belief gate.
 * The rail beside the list is drawn on the canvas (data-slot="posture").
 */
import { el, setText } from '../dom';
import { icon } from '../icons';
import { attachTip } from '../tooltip';
import { formatNumber, interpolate, uiWords } from '../../text';

/** The track as the selector gives it (a structural subset). */
export interface PostureProps {
  readonly levels: readonly {
    readonly level: number;
    readonly name: string;
    readonly summary: string;
    readonly current: boolean;
  }[];
  readonly current: number;
  readonly next: { readonly level: number; readonly name: string } | null;
  readonly pressures: readonly {
    readonly id: string;
    readonly name: string;
    readonly active: boolean;
    readonly reportBasis: string;
    readonly sources: readonly string[];
  }[];
  readonly pressuresActive: number;
  readonly pressuresRequired: number;
  readonly belief: number;
  readonly beliefBelow: number;
  readonly sentence: string;
  /** The odds of the key events from many runs of the next quarters, in words, or null before they arrive. */
  readonly odds: string | null;
}

/** The track's DOM parts the scene needs to draw the rail. */
export interface PostureView {
  readonly root: HTMLElement;
  readonly slot: HTMLElement;
  /** The level items, top to bottom, for node positions. */
  levelItems(): readonly HTMLElement[];
  update(p: PostureProps): void;
  /** The pressures and belief gate, placed by the screen in its scrolling column. */
  readonly pressures: HTMLElement;
}

/** Share of the way to the next level (pressures and belief both count); pure, 0–1. */
export function nextLevelFraction(
  p: Pick<PostureProps, 'next' | 'pressuresActive' | 'pressuresRequired' | 'belief' | 'beliefBelow'>,
): number {
  if (!p.next) return 1;
  const pressures = p.pressuresRequired > 0 ? Math.min(1, p.pressuresActive / p.pressuresRequired) : 1;
  const belief =
    p.belief < p.beliefBelow
      ? 1
      : Math.max(0, Math.min(1, (1 - p.belief) / Math.max(1e-6, 1 - p.beliefBelow)));
  return (pressures + belief) / 2;
}

/** Builds the posture view. */
export function createPostureView(): PostureView {
  const slot = el('div', {
    className: 'posture__rail',
    attrs: { 'data-slot': 'posture', 'aria-hidden': 'true' },
  });
  const list = el('ol', {
    className: 'posture__levels',
    attrs: { 'aria-label': uiWords().campaign.postureLevels },
  });
  const sentence = el('p', { className: 'posture__sentence' });
  const odds = el('p', { className: 'posture__odds muted' });
  const pressureList = el('ul', { className: 'pressures' });
  const belief = el('p', { className: 'pressures__belief note' });
  const pressures = el(
    'section',
    { className: 'pressures__wrap', attrs: { 'aria-label': uiWords().campaign.pressuresOnPutin } },
    [el('h3', { text: uiWords().campaign.pressuresOnPutin }), pressureList, belief],
  );
  const root = el('section', { className: 'posture', attrs: { 'aria-labelledby': 'posture-h' } }, [
    el('h2', {
      className: 'panel__title',
      text: uiWords().campaign.putinsPosture,
      attrs: { id: 'posture-h' },
    }),
    el('div', { className: 'posture__track' }, [slot, list]),
    sentence,
    odds,
  ]);
  let shownKey = '';
  return {
    root,
    slot,
    pressures,
    levelItems: () => [...list.children] as HTMLElement[],
    update(p) {
      sentence.textContent = p.next
        ? interpolate(uiWords().campaign.postureNext, { name: p.next.name, sentence: p.sentence })
        : interpolate(uiWords().campaign.postureSentence, { sentence: p.sentence });
      setText(odds, p.odds ?? '');
      odds.hidden = p.odds === null;
      const key = `${p.current}|${p.pressures.map((x) => x.active).join()}|${p.belief.toFixed(2)}`;
      if (key === shownKey) return;
      shownKey = key;
      list.replaceChildren(
        ...[...p.levels].reverse().map((l) =>
          el(
            'li',
            {
              className: `posture__level${l.current ? ' posture__level--current' : ''}`,
              attrs: l.current ? { 'aria-current': 'step' } : {},
            },
            [
              el('span', { className: 'posture__name' }, [
                el('span', { className: 'num posture__num', text: `${l.level}` }),
                l.name,
                l.current
                  ? el('span', { className: 'badge' }, [icon('marker'), uiWords().common.current])
                  : null,
              ]),
              l.current ? el('span', { className: 'posture__summary muted', text: l.summary }) : null,
            ],
          ),
        ),
      );
      pressureList.replaceChildren(
        ...p.pressures.map((x) => {
          const item = el(
            'li',
            { className: `pressure${x.active ? ' pressure--on' : ''}`, attrs: { tabindex: '0' } },
            [
              icon(x.active ? 'check' : 'circle'),
              el('span', { className: 'pressure__name', text: `${x.id} ${x.name}` }),
              el('span', {
                className: 'pressure__state',
                text: x.active ? uiWords().campaign.pressureActive : uiWords().campaign.pressureNotYet,
              }),
            ],
          );
          attachTip(item, () => ({
            title: `${x.id} ${x.name}`,
            lines: [
              x.reportBasis,
              interpolate(uiWords().campaign.pressureSources, {
                sources: x.sources.join(' ') || uiWords().campaign.modelChoice,
              }),
            ],
          }));
          return item;
        }),
      );
      const met = p.belief < p.beliefBelow;
      belief.replaceChildren(
        icon(met ? 'check' : 'circle'),
        el('span', {
          text: p.next
            ? interpolate(uiWords().campaign.beliefGate, {
                belief: formatNumber(p.belief, 2),
                below: formatNumber(p.beliefBelow, 2),
                state: met ? uiWords().campaign.beliefMet : uiWords().campaign.beliefNotYet,
              })
            : interpolate(uiWords().campaign.belief, { belief: formatNumber(p.belief, 2) }),
        }),
      );
    },
  };
}
