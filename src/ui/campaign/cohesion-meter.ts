/**
 * Western cohesion as a meter: the value out of 100, a bar, the change expected this quarter, the
 * consequence in words, and warnings (icon and words, never colour alone) below 40 and 25.
 */
import { el } from '../dom';
import { icon } from '../icons';
import { signed } from '../signed';
import { interpolate, uiWords } from '../../text';

/** What the meter shows. */
export interface CohesionProps {
  readonly cohesion: number;
  readonly max: number;
  /** Expected change this quarter under the pending policy, points; null when unknown. */
  readonly changeNextQuarter: number | null;
  /** Below this cohesion Putin's belief that the West will quit rises each quarter. */
  readonly beliefRiseBelow: number;
}

/** Warning level for a cohesion value; pure. */
export function cohesionWarning(cohesion: number): 'ok' | 'warn' | 'danger' {
  return cohesion < 25 ? 'danger' : cohesion < 40 ? 'warn' : 'ok';
}

/** Builds the meter; `update` syncs it. */
export function createCohesionMeter(props: CohesionProps): {
  root: HTMLElement;
  update(p: CohesionProps): void;
} {
  const value = el('span', { className: 'cohesion__value num' });
  const fill = el('div', { className: 'meter__fill' });
  const bar = el(
    'div',
    {
      className: 'meter',
      attrs: { role: 'meter', 'aria-label': uiWords().campaign.westernCohesion, 'aria-valuemin': '0' },
    },
    [fill],
  );
  const change = el('span', { className: 'num' });
  const warning = el('p', { className: 'note' });
  const root = el(
    'section',
    { className: 'cohesion', attrs: { 'aria-label': uiWords().campaign.westernCohesion } },
    [
      el('div', { className: 'cohesion__head' }, [
        el('h3', { text: uiWords().campaign.westernCohesion }),
        value,
      ]),
      bar,
      el('p', { className: 'cohesion__rule' }, [change, uiWords().campaign.cohesionRule]),
      warning,
    ],
  );
  const update = (p: CohesionProps): void => {
    const v = Math.max(0, Math.round(p.cohesion));
    value.textContent = `${v} / ${p.max}`;
    fill.style.width = `${Math.min(100, (p.cohesion / p.max) * 100)}%`;
    bar.setAttribute('aria-valuemax', String(p.max));
    bar.setAttribute('aria-valuenow', String(v));
    const level = cohesionWarning(p.cohesion);
    fill.className = `meter__fill${level === 'ok' ? '' : ` meter__fill--${level}`}`;
    change.textContent =
      p.changeNextQuarter === null
        ? ''
        : interpolate(uiWords().campaign.cohesionExpected, { change: signed(p.changeNextQuarter) });
    warning.className = `note note--${level}`;
    warning.hidden = level === 'ok';
    warning.replaceChildren(
      ...(level === 'danger'
        ? [icon('danger'), el('span', { text: uiWords().campaign.cohesionDanger })]
        : level === 'warn'
          ? [
              icon('warning'),
              el('span', {
                text: interpolate(uiWords().campaign.cohesionWarning, { below: String(p.beliefRiseBelow) }),
              }),
            ]
          : []),
    );
  };
  update(props);
  return { root, update };
}
