/** Pieces shared by the review's tables (the debrief timeline, the memo, the team outcomes). */
import { el } from '../dom';

/** A header row of column headings. */
export function tableHead(head: readonly string[]): HTMLTableSectionElement {
  return el('thead', {}, [
    el(
      'tr',
      {},
      head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
    ),
  ]);
}

/** A table of text whose first column heads each row. */
export function textTable(
  caption: HTMLTableCaptionElement,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  className: string,
): HTMLTableElement {
  return el('table', { className }, [
    caption,
    tableHead(head),
    el(
      'tbody',
      {},
      rows.map((r) =>
        el('tr', {}, [
          el('th', { text: r[0] ?? '', attrs: { scope: 'row' } }),
          ...r.slice(1).map((c) => el('td', { text: c })),
        ]),
      ),
    ),
  ]);
}
