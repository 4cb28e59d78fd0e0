/** The log of the facilitator's actions, newest first, each with its quarter and, for overrides, the reason. */
import { el } from '../dom';
import { interpolate, uiWords } from '../../text';

/** One logged action in words. */
export interface LogRow {
  /** "Q2 2025". */
  readonly quarter: string;
  /** "Inject", "Override", "Pause" … */
  readonly kind: string;
  readonly text: string;
  readonly reason: string | null;
}

/** Builds the log; `update` rebuilds it when entries arrive. */
export function createFacilitatorLog(): { root: HTMLElement; update(rows: readonly LogRow[]): void } {
  const list = el('ol', { className: 'flog', attrs: { reversed: '' } });
  const empty = el('p', {
    className: 'muted',
    text: uiWords().facilitator.logEmpty,
  });
  const root = el('div', { className: 'flog__wrap' }, [empty, list]);
  let shown = '';
  return {
    root,
    update(rows) {
      const key = JSON.stringify(rows);
      if (key === shown) return;
      shown = key;
      empty.hidden = rows.length > 0;
      list.replaceChildren(
        ...[...rows].reverse().map((r) =>
          el('li', { className: 'flog__entry' }, [
            el('span', { className: 'flog__meta muted', text: `${r.quarter} · ${r.kind}` }),
            el('span', { className: 'flog__text', text: r.text }),
            r.reason
              ? el('span', {
                  className: 'flog__reason',
                  text: interpolate(uiWords().facilitator.logReason, { reason: r.reason }),
                })
              : null,
          ]),
        ),
      );
    },
  };
}
