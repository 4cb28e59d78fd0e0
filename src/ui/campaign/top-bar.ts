/**
 * The campaign's top bar: the quarter being decided, the scenario, and the tools: Share, the
 * facilitator's console (in facilitator mode) and Sources.
 */
import { button, el } from '../dom';
import { icon } from '../icons';
import { uiWords } from '../../text';

/** What the bar's buttons do. */
export interface TopBarCallbacks {
  readonly onSources: () => void;
  readonly onShare: () => void;
  readonly onFacilitator: () => void;
}

/** The top bar and its update. */
export interface TopBar {
  readonly root: HTMLElement;
  readonly heading: HTMLElement;
  /** The Facilitator button (focus returns here when the console closes). */
  readonly facilitator: HTMLButtonElement;
  update(quarterText: string, scenarioName: string, facilitatorMode: boolean): void;
}

/** Builds the bar. */
export function createTopBar(cb: TopBarCallbacks): TopBar {
  const heading = el('h1', { className: 'topbar__quarter num', attrs: { tabindex: '-1' } });
  const scenario = el('p', { className: 'topbar__scenario muted' });
  const share = button(uiWords().campaign.share, cb.onShare, 'ghost', 'btn--small');
  const facilitator = button(
    uiWords().campaign.facilitator,
    cb.onFacilitator,
    'default',
    'btn--small topbar__facilitator',
  );
  facilitator.setAttribute('aria-haspopup', 'dialog');
  const sources = button(uiWords().campaign.sources, cb.onSources, 'ghost', 'btn--small');
  sources.prepend(icon('book'));
  const root = el('header', { className: 'topbar' }, [
    el('span', {
      className: 'topbar__brand',
      text: uiWords().common.wordmark,
      attrs: { 'aria-hidden': 'true' },
    }),
    heading,
    scenario,
    el('div', { className: 'topbar__tools' }, [facilitator, share, sources]),
  ]);
  return {
    root,
    heading,
    facilitator,
    update(quarterText, scenarioName, facilitatorMode) {
      heading.textContent = quarterText;
      scenario.textContent = scenarioName;
      facilitator.hidden = !facilitatorMode;
    },
  };
}
