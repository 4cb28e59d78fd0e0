/** The bibliography: every source key of the scenario with its title and citation, in a dialog. */
import { button, el } from '../dom';
import { createModal } from '../modal';
import { uiWords } from '../../text';

/** One bibliography entry as listed. */
export interface SourceRow {
  readonly key: string;
  readonly title: string;
  readonly citation: string;
}

/** Report footnotes first in numeric order, then the other keys alphabetically; pure. */
export function sortSourceKeys(keys: readonly string[]): string[] {
  const footnote = (k: string): number | null => {
    const m = /^\[(\d+)\]$/.exec(k);
    return m ? Number(m[1]) : null;
  };
  return [...keys].sort((a, b) => {
    const fa = footnote(a);
    const fb = footnote(b);
    if (fa !== null && fb !== null) return fa - fb;
    if (fa !== null) return -1;
    if (fb !== null) return 1;
    return a.localeCompare(b, 'en', { numeric: true });
  });
}

/** Opens the bibliography dialog in `parent`; it removes itself when closed. */
export function openSourcesDialog(
  parent: HTMLElement,
  rows: readonly SourceRow[],
  returnFocus: HTMLElement | null,
): void {
  const close = (): void => {
    modal.dialog.close();
    modal.dialog.remove();
    returnFocus?.focus();
  };
  const modal = createModal({
    title: uiWords().campaign.sourcesTitle,
    eyebrow: uiWords().campaign.sourcesEyebrow,
    className: 'modal--wide',
    body: [
      el('p', {
        className: 'muted',
        text: uiWords().campaign.sourcesNote,
      }),
      el(
        'dl',
        { className: 'biblio' },
        rows.flatMap((r) => [
          el('dt', { className: 'num', text: r.key }),
          el('dd', {}, [
            el('span', { className: 'biblio__title', text: r.title }),
            el('span', { className: 'muted biblio__cite', text: r.citation }),
          ]),
        ]),
      ),
    ],
    footer: [button(uiWords().common.close, () => close(), 'primary')],
    onClose: close,
  });
  modal.open(parent);
  modal.heading.focus();
}
