/** The loading screen: the wordmark and a labelled progress bar that reports real progress. */
import { el } from './dom';
import { interpolate, uiWords } from '../text';

/** A progress view and its setter. */
export interface ProgressView {
  readonly root: HTMLElement;
  /** Shows `done` of `total` steps complete. */
  set(done: number, total: number): void;
}

/** Builds the loading view. */
export function createProgressView(label: string): ProgressView {
  const fill = el('div', { className: 'progress__fill' });
  const bar = el(
    'div',
    {
      className: 'progress__bar',
      attrs: { role: 'progressbar', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': '100' },
    },
    [fill],
  );
  const caption = el('p', { className: 'muted', text: label });
  const root = el('div', { className: 'progress' }, [
    el('div', { className: 'wordmark wordmark--small', text: uiWords().common.wordmark }),
    bar,
    caption,
  ]);
  return {
    root,
    set(done, total) {
      const pct = total > 0 ? Math.round((done / total) * 100) : 100;
      fill.style.width = `${pct}%`;
      bar.setAttribute('aria-valuenow', String(pct));
      caption.textContent = interpolate(uiWords().common.progressCaption, { label, percent: String(pct) });
    },
  };
}
