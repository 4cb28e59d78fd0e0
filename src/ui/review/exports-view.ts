/**
 * The review's "Exports" tab: the game as CSV and as JSON, each key chart as a PNG image (title,
 * axes and legend drawn into the picture), and the one-page memo, previewed on paper, with
 * "Print memo" (the print page holds the memo while the debrief is open).
 */
import { button, el, srOnly } from '../dom';
import { chartPng, type CanvasChartSpec } from './canvas-chart';
import { downloadBlob, downloadText, fileSlug } from './download';

/** What the tab offers. */
export interface ExportsProps {
  /** File names start with this, e.g. "leverage-baseline-2025-seed7". */
  readonly fileStem: string;
  readonly csv: () => string;
  readonly json: () => string;
  /** One entry per key chart: its short name and its picture. */
  readonly charts: readonly { readonly label: string; readonly spec: () => CanvasChartSpec }[];
  /** The memo's preview for the screen. */
  readonly memo: HTMLElement;
  readonly onPrint: () => void;
}

/** Builds the tab. */
export function createExportsView(p: ExportsProps): HTMLElement {
  const status = el('p', { className: 'muted exports__status', attrs: { role: 'status' } });
  const png = (label: string, spec: () => CanvasChartSpec): HTMLButtonElement => {
    const b = el('button', { className: 'btn btn--small', attrs: { type: 'button' } }, [
      srOnly('Download chart as PNG: '),
      label,
    ]);
    b.addEventListener('click', () => {
      chartPng(spec()).then(
        (blob) => {
          downloadBlob(blob, `${p.fileStem}-${fileSlug(label)}.png`);
          status.textContent = `Saved the ${label} chart as a PNG image.`;
        },
        () => (status.textContent = 'The chart could not be saved as an image.'),
      );
    });
    return b;
  };
  return el('div', { className: 'exports' }, [
    el('div', { className: 'exports__actions panel' }, [
      el('h3', { text: 'Data' }),
      el('p', {
        className: 'muted',
        text: 'Every quarter’s decisions and indicators as a table, or the whole game (it replays exactly).',
      }),
      el('div', { className: 'exports__row' }, [
        button('Download CSV', () => downloadText(p.csv(), `${p.fileStem}.csv`, 'text/csv')),
        button('Download game (JSON)', () =>
          downloadText(p.json(), `${p.fileStem}.json`, 'application/json'),
        ),
      ]),
      el('h3', { text: 'Download chart as PNG' }),
      el(
        'div',
        { className: 'exports__row exports__charts' },
        p.charts.map((c) => png(c.label, c.spec)),
      ),
      el('h3', { text: 'Memo' }),
      el('p', {
        className: 'muted',
        text: 'One page with the decisions, the outcome, the key figures, the sources and the caveats. Choose “Save as PDF” in the print dialog for a file.',
      }),
      el('div', { className: 'exports__row' }, [button('Print memo', p.onPrint, 'primary')]),
      status,
    ]),
    el(
      'div',
      { className: 'exports__paper', attrs: { tabindex: '0', role: 'region', 'aria-label': 'Memo preview' } },
      [p.memo],
    ),
  ]);
}
