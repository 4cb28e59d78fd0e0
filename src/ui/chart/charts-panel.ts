/**
 * The chart area: tabs over the key charts, one chart at a time, and the legend. Extra tabs with
 * their own content (the theatre map on small screens) can come first and be shown or hidden.
 */
import { el } from '../dom';
import { createChartLegend } from './chart-legend';
import type { ChartModel } from './chart-model';
import { createChartTabs, type ChartTab } from './chart-tabs';
import { createChartView, type ChartView } from './chart-view';
import { uiWords } from '../../text';

/** A tab whose panel is given content rather than a chart. */
export interface ExtraTab extends ChartTab {
  readonly content: HTMLElement;
}

/** The panel and what the scene needs to draw and update it. */
export interface ChartsPanel {
  readonly root: HTMLElement;
  /** The tab shown now. */
  selected(): string;
  /** The view of the chart shown now (its slot is where the canvas draws), or null on an extra tab. */
  view(): ChartView | null;
  /** Shows a tab. */
  select(id: string): void;
  /** Shows or hides an extra tab; hiding the selected one moves to the first chart. */
  setExtraShown(id: string, shown: boolean): void;
  /** Fits the legend to the chart drawn: only the lines it shows. */
  showLegendFor(model: ChartModel): void;
}

/**
 * Builds the panel; `onSelect` lets the scene redraw when another tab is chosen. A `footer` (the
 * campaign's forecast options) sits under the legend and, like it, shows with the charts only.
 */
export function createChartsPanel(
  tabs: readonly ChartTab[],
  onSelect: (id: string) => void,
  extras: readonly ExtraTab[] = [],
  footer: HTMLElement | null = null,
): ChartsPanel {
  const views = new Map(tabs.map((t) => [t.id, createChartView(t.id)]));
  const contents = new Map(extras.map((x) => [x.id, x.content]));
  const panel = el('div', { className: 'charts__panel' });
  const legend = createChartLegend();
  let current = tabs[0]?.id ?? '';
  const select = (id: string): void => {
    const content = views.get(id)?.root ?? contents.get(id);
    if (!content) return;
    current = id;
    tabList.select(id);
    panel.replaceChildren(content);
    legend.root.hidden = !views.has(id);
    if (footer) footer.hidden = !views.has(id);
    onSelect(id);
  };
  const tabList = createChartTabs([...extras, ...tabs], panel, select);
  const root = el(
    'section',
    { className: 'charts panel', attrs: { 'aria-label': uiWords().chart.keyCharts } },
    [tabList.root, panel, legend.root, footer],
  );
  select(current);
  return {
    root,
    selected: () => current,
    view: () => views.get(current) ?? null,
    select,
    setExtraShown(id, shown) {
      tabList.setHidden(id, !shown);
      if (!shown && current === id) select(tabs[0]?.id ?? '');
    },
    showLegendFor: (model) => legend.showFor(model),
  };
}
