/**
 * The chart legend: each line style drawn as a small inline SVG sample next to its words, so the
 * legend works without colour (solid, dashed, dotted, thin, red dashes, a shaded window).
 */
import { el } from '../dom';
import { svgEl } from '../icons';

interface LegendItem {
  /** Names the entry for show/hide (only the modified baseline comes and goes). */
  readonly id: string;
  readonly label: string;
  readonly stroke: string;
  readonly width: number;
  readonly dash: string;
  readonly band?: boolean;
}

/** The words of the status quo under the player's assumptions, in the legend and the data table. */
export const MODIFIED_BASELINE_LABEL = 'Status quo under your assumptions';

/** The legend's entries, in drawing order of importance. */
export const LEGEND_ITEMS: readonly LegendItem[] = [
  { id: 'path', label: 'So far', stroke: '#e8edf3', width: 3, dash: '' },
  { id: 'pending', label: 'Your policy, next 4 quarters', stroke: '#e0a526', width: 3, dash: '9 5' },
  { id: 'status-quo', label: 'Status quo, next 4 quarters', stroke: '#8fb4e3', width: 2, dash: '2 4' },
  { id: 'baseline', label: 'Status quo since Q1 2025', stroke: '#7d8ea6', width: 1.5, dash: '' },
  {
    id: 'modified-baseline',
    label: MODIFIED_BASELINE_LABEL,
    stroke: '#c7a2e8',
    width: 2,
    dash: '14 4',
  },
  { id: 'threshold', label: 'Threshold', stroke: '#e06c5f', width: 2, dash: '10 5' },
  { id: 'forecast', label: 'Report forecast window', stroke: '#e0a526', width: 1, dash: '3 3', band: true },
];

function sample(item: LegendItem): SVGSVGElement {
  const svg = svgEl('svg', { viewBox: '0 0 32 12', width: '32', height: '12', 'aria-hidden': 'true' });
  if (item.band)
    svg.append(
      svgEl('rect', { x: '4', y: '0', width: '24', height: '12', fill: item.stroke, 'fill-opacity': '0.25' }),
    );
  svg.append(
    svgEl('line', {
      x1: '0',
      y1: '6',
      x2: '32',
      y2: '6',
      stroke: item.stroke,
      'stroke-width': String(item.width),
      ...(item.dash ? { 'stroke-dasharray': item.dash } : {}),
    }),
  );
  return svg;
}

/** The legend and the one entry that comes and goes. */
export interface ChartLegend {
  readonly root: HTMLUListElement;
  /** Shows the modified baseline's entry while a chart draws it (assumptions differ from the report's). */
  showModifiedBaseline(shown: boolean): void;
}

/** Builds the legend list; the modified baseline's entry starts hidden. */
export function createChartLegend(): ChartLegend {
  const items = LEGEND_ITEMS.map((item) =>
    el('li', { className: 'legend__item', attrs: { 'data-legend': item.id } }, [
      sample(item),
      el('span', { text: item.label }),
    ]),
  );
  const modified = items[LEGEND_ITEMS.findIndex((i) => i.id === 'modified-baseline')];
  if (modified) modified.hidden = true;
  return {
    root: el('ul', { className: 'legend', attrs: { 'aria-label': 'Chart legend' } }, items),
    showModifiedBaseline(shown) {
      if (modified) modified.hidden = !shown;
    },
  };
}
