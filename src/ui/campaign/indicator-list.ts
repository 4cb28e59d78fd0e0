/**
 * The indicator groups of the campaign screen. Each row: label, value, change since last quarter
 * (arrow and "better"/"worse" in words), a sparkline, the threshold where one applies; the row is
 * focusable and shows the description and sources on hover and focus.
 */
import { el } from '../dom';
import { icon } from '../icons';
import { attachTip, type TipContent } from '../tooltip';
import { sparkline } from './sparkline';
import { interpolate, uiWords } from '../../text';

/** One row as the list shows it (texts already formatted). */
export interface IndicatorRowView {
  readonly key: string;
  readonly label: string;
  readonly valueText: string;
  /** Direction of the change, or null before the first quarter. */
  readonly arrow: 'up' | 'down' | 'flat' | null;
  /** "+120 · worse", or '' before the first quarter. */
  readonly changeText: string;
  readonly verdict: 'better' | 'worse' | 'unchanged' | 'neutral';
  readonly series: readonly number[];
  /** "Threshold T2: below 500", or null. */
  readonly thresholdText: string | null;
  readonly thresholdActive: boolean;
  readonly tip: TipContent;
}

/** A group of rows under a heading. */
export interface IndicatorGroupView {
  readonly name: string;
  readonly rows: readonly IndicatorRowView[];
}

function row(r: IndicatorRowView): HTMLLIElement {
  const change = el('span', { className: `ind__change ind__change--${r.verdict} num` }, [
    r.arrow ? icon(r.arrow) : null,
    r.changeText || uiWords().campaign.noChangeYet,
  ]);
  const threshold = r.thresholdText
    ? el('span', { className: `ind__threshold${r.thresholdActive ? ' ind__threshold--on' : ''}` }, [
        r.thresholdActive ? icon('warning') : null,
        r.thresholdActive
          ? interpolate(uiWords().campaign.thresholdCrossed, { threshold: r.thresholdText })
          : r.thresholdText,
      ])
    : null;
  const li = el('li', { className: 'ind', attrs: { tabindex: '0', 'data-indicator': r.key } }, [
    el('span', { className: 'ind__label', text: r.label }),
    el('span', { className: 'ind__value num', text: r.valueText }),
    change,
    sparkline(r.series),
    threshold,
  ]);
  attachTip(li, () => r.tip);
  return li;
}

/** Builds the grouped list from scratch (cheap: it changes once a quarter). */
export function createIndicatorList(groups: readonly IndicatorGroupView[]): HTMLElement {
  return el(
    'div',
    { className: 'inds' },
    groups.map((g) =>
      el('section', { className: 'inds__group', attrs: { 'aria-label': g.name } }, [
        el('h3', { className: 'inds__title', text: g.name }),
        el('ul', { className: 'inds__list' }, g.rows.map(row)),
      ]),
    ),
  );
}
