/**
 * Tabs choosing which key chart the campaign shows: a WAI-ARIA tablist with roving tabindex
 * (arrows, Home and End move and select; the selected tab is the one Tab stops on).
 */
import { el, uid } from '../dom';
import { chartTabLabels, uiWords } from '../../text';

/** The short tab label of a chart id, or the fallback (the chart's full title). */
export function tabLabel(id: string, fallback: string): string {
  return chartTabLabels()[id] ?? fallback;
}

/** One tab. */
export interface ChartTab {
  readonly id: string;
  readonly label: string;
}

/** Index reached from `index` by a key among `count` tabs, or null for other keys; pure. */
export function tabKeyTarget(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** Builds the tablist; `panel` gets role=tabpanel and is labelled by the selected tab. */
export function createChartTabs(
  tabs: readonly ChartTab[],
  panel: HTMLElement,
  onSelect: (id: string) => void,
): { root: HTMLElement; select(id: string): void; setHidden(id: string, hidden: boolean): void } {
  const panelId = panel.id || uid('chart-panel');
  panel.id = panelId;
  panel.setAttribute('role', 'tabpanel');
  const buttons = tabs.map((t) =>
    el('button', {
      className: 'tab',
      text: t.label,
      attrs: { type: 'button', role: 'tab', id: uid('tab'), 'aria-controls': panelId, 'data-tab': t.id },
    }),
  );
  const select = (id: string): void => {
    buttons.forEach((b, i) => {
      const on = tabs[i]?.id === id;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      if (on) panel.setAttribute('aria-labelledby', b.id);
    });
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => onSelect(tabs[i]!.id));
    b.addEventListener('keydown', (e) => {
      // Arrows move among the tabs shown; a hidden tab (the map on a large screen) is skipped.
      const shown = buttons.flatMap((x, j) => (x.hidden ? [] : [j]));
      const target = tabKeyTarget(e.key, shown.indexOf(i), shown.length);
      const index = target === null ? undefined : shown[target];
      if (index === undefined) return;
      e.preventDefault();
      buttons[index]?.focus();
      onSelect(tabs[index]!.id);
    });
  });
  const setHidden = (id: string, hidden: boolean): void => {
    const b = buttons[tabs.findIndex((t) => t.id === id)];
    if (b) b.hidden = hidden;
  };
  return {
    root: el(
      'div',
      { className: 'tabs', attrs: { role: 'tablist', 'aria-label': uiWords().chart.keyCharts } },
      buttons,
    ),
    select,
    setHidden,
  };
}
