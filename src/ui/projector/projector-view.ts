/**
 * The projector view: a second window, without controls, that shows the game to the room. The
 * quarter, Putin's posture track (every level, the current one marked by a shape and the word
 * "Current"), the sentence on what the next level needs, the facilitator's two or three charts,
 * and the ending once there is one. Every text is at least 28 px at 1280 × 720.
 */
import { chartUnit, indicatorInfo, quarterText, uiWords } from '../../text';
import { el } from '../dom';
import { icon } from '../icons';
import { chartCanvas, DARK_THEME, type CanvasTheme } from '../review/canvas-chart';
import { tabLabel } from '../chart/chart-tabs';
import { svgEl } from '../icons';
import type { CanvasChartSpec } from '../review/canvas-chart';
import { DARK_INK, specFromChartData, type ChartDataLike } from '../review/chart-spec';
import { outcomeLine, type ProjectorSnapshotLike } from './projector-model';

/** Chart text for the back of the room. */
const PROJECTOR_THEME: CanvasTheme = { ...DARK_THEME, fontPx: 28, titlePx: 30 };

/**
 * A chart for the room: a short title over its unit (a line of its own, so a long unit such as a
 * ratio's direction is never cut off), no legend of its own (the page has one).
 */
function projectorSpec(c: ChartDataLike): CanvasChartSpec {
  const spec = specFromChartData(c, DARK_INK);
  const unit = indicatorInfo(c.indicator).ratio ? uiWords().projector.ratioUnit : chartUnit(c.indicator);
  return { ...spec, title: tabLabel(c.indicator, spec.title), unit, legend: false };
}

/** One legend entry: a small drawn sample and its words. */
function legendItem(label: string, sample: SVGElement): HTMLElement {
  const svg = svgEl('svg', { viewBox: '0 0 48 16', width: '48', height: '16', 'aria-hidden': 'true' });
  svg.append(sample);
  return el('li', {}, [svg, label]);
}

/** The legend shared by the charts. */
function legend(): HTMLElement {
  const line = (stroke: string, width: string, dash = ''): SVGElement =>
    svgEl('line', {
      x1: '0',
      y1: '8',
      x2: '48',
      y2: '8',
      stroke,
      'stroke-width': width,
      ...(dash ? { 'stroke-dasharray': dash } : {}),
    });
  const words = uiWords().projector;
  return el('ul', { className: 'proj__legend', attrs: { 'aria-label': words.legend } }, [
    legendItem(words.legendThisGame, line(DARK_INK.path, '4')),
    legendItem(words.legendBaseline, line(DARK_INK.baseline, '2')),
    legendItem(words.legendThreshold, line(PROJECTOR_THEME.threshold, '3', '10 5')),
    legendItem(
      words.legendForecast,
      svgEl('rect', {
        x: '4',
        y: '0',
        width: '40',
        height: '16',
        fill: PROJECTOR_THEME.forecast,
        'fill-opacity': '0.3',
      }),
    ),
  ]);
}

/** The view and how to feed it. */
export interface ProjectorView {
  readonly root: HTMLElement;
  /** Shows a snapshot (the first one replaces the waiting message). */
  show(snapshot: ProjectorSnapshotLike): void;
}

function postureStrip(s: ProjectorSnapshotLike): HTMLElement {
  return el(
    'ol',
    { className: 'proj__levels', attrs: { 'aria-label': uiWords().projector.postureLevels } },
    s.postureTrack.levels.map((l) =>
      el(
        'li',
        {
          className: `proj__level${l.current ? ' proj__level--current' : ''}`,
          attrs: l.current ? { 'aria-current': 'step' } : {},
        },
        [
          l.current ? icon('marker') : null,
          el('span', { className: 'proj__level-name' }, [
            el('span', { className: 'proj__level-num num', text: `${l.level} ` }),
            l.name,
          ]),
          l.current ? el('span', { className: 'proj__current', text: uiWords().common.current }) : null,
        ],
      ),
    ),
  );
}

/** Builds the view inside `parent`, showing "Waiting for the game window…" until the first snapshot. */
export function createProjectorView(parent: HTMLElement): ProjectorView {
  const words = uiWords().projector;
  const waiting = el('div', { className: 'proj__waiting' }, [
    el('p', { className: 'proj__waiting-title', text: words.waitingTitle }),
    el('p', {
      className: 'proj__waiting-hint',
      text: words.waitingHint,
    }),
  ]);
  const root = el('main', { className: 'proj', attrs: { 'aria-label': words.view, 'aria-live': 'polite' } }, [
    waiting,
  ]);
  parent.append(root);
  let last: ProjectorSnapshotLike | null = null;
  const render = (s: ProjectorSnapshotLike): void => {
    const ending = outcomeLine(s.outcome, s.quarterLabel);
    const charts = el('div', { className: `proj__charts proj__charts--${Math.max(1, s.charts.length)}` });
    root.replaceChildren(
      el('header', { className: 'proj__head' }, [
        el('p', { className: 'proj__brand', text: words.brand }),
        el('h1', { className: 'proj__quarter num', text: quarterText(s.quarterLabel) }),
      ]),
      el('section', { className: 'proj__posture', attrs: { 'aria-label': words.putinsPosture } }, [
        el('h2', { className: 'proj__h', text: words.putinsPosture }),
        postureStrip(s),
      ]),
      ending
        ? el('p', { className: 'proj__outcome', attrs: { role: 'status' } }, [icon('check'), ending])
        : el('p', { className: 'proj__sentence', text: `${s.postureTrack.sentence}.` }),
      charts,
      ...(s.charts.length > 0 ? [legend()] : []),
    );
    // Size the canvases to their boxes once the layout is known.
    const boxes = s.charts.map((c) => {
      const box = el('figure', { className: 'proj__chart' });
      charts.append(box);
      return { c, box };
    });
    for (const { c, box } of boxes) {
      const w = Math.max(200, Math.floor(box.clientWidth));
      const h = Math.max(160, Math.floor(box.clientHeight));
      const spec = projectorSpec(c);
      const canvas = chartCanvas(spec, w, h, PROJECTOR_THEME);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', spec.title);
      box.append(canvas);
    }
  };
  window.addEventListener('resize', () => {
    if (last) render(last);
  });
  return {
    root,
    show(snapshot) {
      last = snapshot;
      render(snapshot);
    },
  };
}
