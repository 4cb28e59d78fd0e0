/**
 * The chart legend: each line style drawn as a small inline SVG sample next to its words, so the
 * legend works without colour (solid, dashed, dotted, thin, red dashes, a shaded window).
 */
import { el } from '../dom';
import { svgEl } from '../icons';

interface LegendItem {
  readonly label: string;
  readonly stroke: string;
  readonly width: number;
  readonly dash: string;
  readonly band?: boolean;
}

/** The legend's entries, in drawing order of importance. */
export const LEGEND_ITEMS: readonly LegendItem[] = [
  { label: 'So far', stroke: '#e8edf3', width: 3, dash: '' },
  { label: 'Your policy, next 4 quarters', stroke: '#e0a526', width: 3, dash: '9 5' },
  { label: 'Status quo, next 4 quarters', stroke: '#8fb4e3', width: 2, dash: '2 4' },
  { label: 'Status quo since Q1 2025', stroke: '#7d8ea6', width: 1.5, dash: '' },
  { label: 'Threshold', stroke: '#e06c5f', width: 2, dash: '10 5' },
  { label: 'Report forecast window', stroke: '#e0a526', width: 1, dash: '3 3', band: true },
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

/** Builds the legend list. */
export function createChartLegend(): HTMLUListElement {
  return el(
    'ul',
    { className: 'legend', attrs: { 'aria-label': 'Chart legend' } },
    LEGEND_ITEMS.map((item) =>
      el('li', { className: 'legend__item' }, [sample(item), el('span', { text: item.label })]),
    ),
  );
}
