/** The campaign's chart area: tabs over the key charts, one chart at a time, and the legend. */
import { el } from '../dom';
import { createChartLegend } from './chart-legend';
import { createChartTabs, type ChartTab } from './chart-tabs';
import { createChartView, type ChartView } from './chart-view';

/** The panel and what the scene needs to draw and update it. */
export interface ChartsPanel {
  readonly root: HTMLElement;
  /** The chart shown now. */
  selected(): string;
  /** The view of the chart shown now (its slot is where the canvas draws). */
  view(): ChartView;
  /** Shows a chart. */
  select(id: string): void;
}

/** Builds the panel; `onSelect` lets the scene redraw when another chart is chosen. */
export function createChartsPanel(tabs: readonly ChartTab[], onSelect: (id: string) => void): ChartsPanel {
  const views = new Map(tabs.map((t) => [t.id, createChartView(t.id)]));
  const panel = el('div', { className: 'charts__panel' });
  let current = tabs[0]?.id ?? '';
  const select = (id: string): void => {
    const v = views.get(id);
    if (!v) return;
    current = id;
    tabList.select(id);
    panel.replaceChildren(v.root);
    onSelect(id);
  };
  const tabList = createChartTabs(tabs, panel, select);
  const root = el('section', { className: 'charts panel', attrs: { 'aria-label': 'Key charts' } }, [
    tabList.root,
    panel,
    createChartLegend(),
  ]);
  select(current);
  return { root, selected: () => current, view: () => views.get(current)!, select };
}
