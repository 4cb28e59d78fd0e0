/**
 * A WAI-ARIA tablist over several panels (roving tabindex: arrows, Home and End move and select;
 * Tab stops on the selected tab). Unlike the charts' tabs, each tab owns its own panel, which is
 * hidden while another tab is selected.
 */
import { tabKeyTarget } from '../chart/chart-tabs';
import { el, uid } from '../dom';

/** One tab and the panel it shows. */
export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly panel: HTMLElement;
}

/** The tablist and its control. */
export interface TabList {
  readonly root: HTMLElement;
  /** The panels, in order, ready to be placed in the page. */
  readonly panels: readonly HTMLElement[];
  /** The id of the tab on show. */
  readonly selected: () => string;
  /** Shows the tab with this id. */
  readonly select: (id: string) => void;
}

/** Builds a tablist named `label`; `onSelect` runs after a tab is shown. */
export function createTabList(
  label: string,
  tabs: readonly TabSpec[],
  onSelect: (id: string) => void = () => {},
  className = 'tabs',
): TabList {
  let current = tabs[0]?.id ?? '';
  const buttons = tabs.map((t) => {
    const panelId = t.panel.id || uid('tabpanel');
    t.panel.id = panelId;
    t.panel.setAttribute('role', 'tabpanel');
    const b = el('button', {
      className: 'tab',
      text: t.label,
      attrs: { type: 'button', role: 'tab', id: uid('tab'), 'aria-controls': panelId, 'data-tab': t.id },
    });
    t.panel.setAttribute('aria-labelledby', b.id);
    return b;
  });
  const select = (id: string): void => {
    if (!tabs.some((t) => t.id === id)) return;
    current = id;
    tabs.forEach((t, i) => {
      const on = t.id === id;
      const b = buttons[i]!;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    });
    onSelect(id);
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(tabs[i]!.id));
    b.addEventListener('keydown', (e) => {
      const target = tabKeyTarget(e.key, i, buttons.length);
      if (target === null) return;
      e.preventDefault();
      buttons[target]?.focus();
      select(tabs[target]!.id);
    });
  });
  const root = el('div', { className, attrs: { role: 'tablist', 'aria-label': label } }, buttons);
  select(current);
  return { root, panels: tabs.map((t) => t.panel), selected: () => current, select };
}
