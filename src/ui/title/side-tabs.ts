/**
 * Tabs for the title screen's setup panel (Scenario, Assumptions, Play modes, Sound): a WAI-ARIA
 * tablist with roving tabindex (arrows, Home and End move and select), each tab owning a panel that
 * stays in the page (hidden while another is shown), so its controls keep their state.
 */
import { tabKeyTarget } from '../chart/chart-tabs';
import { el, uid } from '../dom';
import { attachScrollCue } from '../scroll-cue';

/** One tab and its panel's content. */
export interface SideTab {
  readonly id: string;
  readonly label: string;
  readonly content: readonly Node[];
}

/** The built tabs. */
export interface SideTabs {
  readonly root: HTMLElement;
  /** The tab shown now. */
  selected(): string;
  select(id: string): void;
}

/** Builds the tabs; the first is shown. */
export function createSideTabs(tabs: readonly SideTab[], label: string): SideTabs {
  const ids = tabs.map(() => ({ tab: uid('side-tab'), panel: uid('side-panel') }));
  const buttons = tabs.map((t, i) =>
    el('button', {
      className: 'tab side-tabs__tab',
      text: t.label,
      attrs: { type: 'button', role: 'tab', id: ids[i]!.tab, 'aria-controls': ids[i]!.panel },
    }),
  );
  const panels = tabs.map((t, i) =>
    el(
      'div',
      {
        className: 'side-tabs__panel',
        attrs: { role: 'tabpanel', id: ids[i]!.panel, 'aria-labelledby': ids[i]!.tab, tabindex: '-1' },
      },
      [...t.content],
    ),
  );
  // Each panel scrolls inside the setup panel; a fade at its foot says when more follows.
  for (const p of panels) attachScrollCue(p);
  let current = tabs[0]?.id ?? '';
  const select = (id: string): void => {
    const index = tabs.findIndex((t) => t.id === id);
    if (index < 0) return;
    current = id;
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === index));
      b.tabIndex = i === index ? 0 : -1;
    });
    panels.forEach((p, i) => {
      p.hidden = i !== index;
    });
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
  select(current);
  const root = el('div', { className: 'side-tabs' }, [
    el(
      'div',
      { className: 'tabs side-tabs__list', attrs: { role: 'tablist', 'aria-label': label } },
      buttons,
    ),
    ...panels,
  ]);
  return { root, selected: () => current, select };
}
