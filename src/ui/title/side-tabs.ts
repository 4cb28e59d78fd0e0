/**
 * Tabs for the title screen's setup panel (Scenario, Assumptions, Play modes, Sound): the shared
 * tablist (src/ui/review/tab-list.ts) over panels that scroll inside the setup panel, each with a
 * scroll cue. A panel stays in the page while hidden, so its controls keep their state.
 */
import { el } from '../dom';
import { createTabList } from '../review/tab-list';
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
  const specs = tabs.map((t) => ({
    id: t.id,
    label: t.label,
    panel: el('div', { className: 'side-tabs__panel', attrs: { tabindex: '-1' } }, [...t.content]),
  }));
  for (const s of specs) attachScrollCue(s.panel);
  const list = createTabList(label, specs, () => {}, 'tabs side-tabs__list');
  return {
    root: el('div', { className: 'side-tabs' }, [list.root, ...list.panels]),
    selected: list.selected,
    select: list.select,
  };
}
