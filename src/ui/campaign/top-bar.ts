/** The campaign's top bar: the quarter being decided, the scenario, and the Sources button. */
import { button, el } from '../dom';
import { icon } from '../icons';

/** The top bar and its update. */
export interface TopBar {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  update(quarterText: string, scenarioName: string): void;
}

/** Builds the bar; `onSources` opens the bibliography. */
export function createTopBar(onSources: () => void): TopBar {
  const heading = el('h1', { className: 'topbar__quarter num', attrs: { tabindex: '-1' } });
  const scenario = el('p', { className: 'topbar__scenario muted' });
  const sources = button('Sources', onSources, 'ghost', 'btn--small');
  sources.prepend(icon('book'));
  const root = el('header', { className: 'topbar' }, [
    el('span', { className: 'topbar__brand', text: 'LEVERAGE', attrs: { 'aria-hidden': 'true' } }),
    heading,
    scenario,
    el('div', { className: 'topbar__tools' }, [sources]),
  ]);
  return {
    root,
    heading,
    update(quarterText, scenarioName) {
      heading.textContent = quarterText;
      scenario.textContent = scenarioName;
    },
  };
}
