/**
 * The chart legend: each line style drawn as a small inline SVG sample next to its words, so the
 * legend works without colour (solid, dashed, dotted, thin, red dashes, a shaded window).
 */
import { el } from '../dom';
import { svgEl } from '../icons';
import type { ChartModel } from './chart-model';
import { uiWords, type UiWords } from '../../text';

interface LegendItem {
  /** Names the entry for show/hide (only the modified baseline comes and goes). */
  readonly id: string;
  /** Its words in the widget catalogue's chart section. */
  readonly label: keyof UiWords['chart'];
  readonly stroke: string;
  readonly width: number;
  readonly dash: string;
  readonly band?: boolean;
}

/** The legend's entries, in drawing order of importance. */
export const LEGEND_ITEMS: readonly LegendItem[] = [
  { id: 'path', label: 'legendSoFar', stroke: '#e8edf3', width: 3, dash: '' },
  { id: 'pending', label: 'legendPending', stroke: '#e0a526', width: 3, dash: '9 5' },
  { id: 'status-quo', label: 'legendStatusQuo', stroke: '#8fb4e3', width: 2, dash: '2 4' },
  { id: 'band', label: 'legendBand', stroke: '#e0a526', width: 1.5, dash: '', band: true },
  { id: 'baseline', label: 'legendBaseline', stroke: '#7d8ea6', width: 1.5, dash: '' },
  {
    id: 'modified-baseline',
    label: 'legendModifiedBaseline',
    stroke: '#c7a2e8',
    width: 2,
    dash: '14 4',
  },
  { id: 'threshold', label: 'legendThreshold', stroke: '#e06c5f', width: 2, dash: '10 5' },
  { id: 'forecast', label: 'legendForecast', stroke: '#e0a526', width: 1, dash: '3 3', band: true },
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

/**
 * The ids of the legend entries a chart draws, so the legend names only lines on screen: no
 * projection on the debrief, no threshold on a chart without one, the modified baseline only when
 * the assumptions differ from the report's. Pure.
 */
export function legendEntriesFor(model: ChartModel): Set<string> {
  const drawn: Record<string, boolean> = {
    path: model.path.length > 0,
    pending: model.pending.length > 0,
    'status-quo': model.statusQuo.length > 0,
    band: model.pendingBand.length > 0 || model.statusQuoBand.length > 0,
    baseline: model.baseline.length > 0,
    'modified-baseline': model.modifiedBaseline.length > 0,
    threshold: model.thresholds.length > 0,
    forecast: model.forecasts.length > 0,
  };
  return new Set(LEGEND_ITEMS.map((i) => i.id).filter((id) => drawn[id]));
}

/** The legend, whose entries follow the chart shown. */
export interface ChartLegend {
  readonly root: HTMLUListElement;
  /** Shows the entries of what this chart draws (see legendEntriesFor) and hides the others. */
  showFor(model: ChartModel): void;
}

/**
 * Builds the legend list with every entry shown until the first chart is drawn. The bands' entry
 * is also their caption: it gives the chart's bandCaption (runs, what varied, seed) when there is one.
 */
export function createChartLegend(): ChartLegend {
  const labels = LEGEND_ITEMS.map((item) => el('span', { text: uiWords().chart[item.label] }));
  const items = LEGEND_ITEMS.map((item, i) =>
    el('li', { className: 'legend__item', attrs: { 'data-legend': item.id } }, [sample(item), labels[i]]),
  );
  const bandAt = LEGEND_ITEMS.findIndex((item) => item.id === 'band');
  return {
    root: el('ul', { className: 'legend', attrs: { 'aria-label': uiWords().chart.legend } }, items),
    showFor(model) {
      const shown = legendEntriesFor(model);
      LEGEND_ITEMS.forEach((item, i) => {
        const li = items[i];
        if (li) li.hidden = !shown.has(item.id);
      });
      const band = labels[bandAt];
      const words = model.bandCaption ?? uiWords().chart.legendBand;
      if (band && band.textContent !== words) band.textContent = words;
    },
  };
}
