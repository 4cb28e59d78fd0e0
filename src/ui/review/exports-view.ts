/**
 * The review's "Exports" tab: the game as CSV and as JSON, each key chart as a PNG image (title,
 * axes and legend drawn into the picture), and the one-page memo, previewed on paper, with
 * "Print memo" (the print page holds the memo while the debrief is open).
 */
import { button, el, srOnly } from '../dom';
import { chartPng, type CanvasChartSpec } from './canvas-chart';
import { downloadBlob, downloadText, fileSlug } from './download';
import { interpolate, uiWords } from '../../text';

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
  const words = uiWords().review;
  const status = el('p', { className: 'muted exports__status', attrs: { role: 'status' } });
  const png = (label: string, spec: () => CanvasChartSpec): HTMLButtonElement => {
    const b = el('button', { className: 'btn btn--small', attrs: { type: 'button' } }, [
      srOnly(words.downloadChartPrefix),
      label,
    ]);
    b.addEventListener('click', () => {
      chartPng(spec()).then(
        (blob) => {
          downloadBlob(blob, `${p.fileStem}-${fileSlug(label)}.png`);
          status.textContent = interpolate(words.chartSaved, { chart: label });
        },
        () => (status.textContent = words.chartNotSaved),
      );
    });
    return b;
  };
  return el('div', { className: 'exports' }, [
    el('div', { className: 'exports__actions panel' }, [
      el('h3', { text: words.data }),
      el('p', {
        className: 'muted',
        text: words.dataNote,
      }),
      el('div', { className: 'exports__row' }, [
        button(words.downloadCsv, () => downloadText(p.csv(), `${p.fileStem}.csv`, 'text/csv')),
        button(words.downloadJson, () => downloadText(p.json(), `${p.fileStem}.json`, 'application/json')),
      ]),
      el('h3', { text: words.downloadChart }),
      el(
        'div',
        { className: 'exports__row exports__charts' },
        p.charts.map((c) => png(c.label, c.spec)),
      ),
      el('h3', { text: words.memo }),
      el('p', {
        className: 'muted',
        text: words.memoNote,
      }),
      el('div', { className: 'exports__row' }, [button(words.printMemo, p.onPrint, 'primary')]),
      status,
    ]),
    el(
      'div',
      {
        className: 'exports__paper',
        attrs: { tabindex: '0', role: 'region', 'aria-label': words.memoPreview },
      },
      [p.memo],
    ),
  ]);
}
