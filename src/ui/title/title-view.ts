/**
 * The title screen: the wordmark and pitch, New game / Continue, the tools of those who run
 * sessions (compare teams, role briefs, open a shared game), and the setup panel in tabs: the
 * scenario and its seed, the assumptions (kept apart from policy), the play modes and the sound.
 * Props in, callbacks out.
 */
import { button, el, uid } from '../dom';
import type { SourceLookup } from '../source-chip';
import {
  createAssumptionsPanel,
  type AssumptionsCallbacks,
  type AssumptionsProps,
} from './assumptions-panel';
import { createOpenShared } from './open-shared';
import { createPlayModes, type PlayModesCallbacks, type PlayModesProps } from './play-modes';
import { createSettingsPanel, type SettingsCallbacks, type SettingsProps } from './settings-panel';
import { createShareErrorBanner } from './share-error-banner';
import { createSideTabs } from './side-tabs';
import { createUnreadableBanner, type UnreadableProps } from './unreadable-banner';

/** A scenario card's content. */
export interface ScenarioChoice {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** Everything the title screen shows. */
export interface TitleProps extends SettingsProps {
  readonly scenarios: readonly ScenarioChoice[];
  readonly scenarioId: string;
  readonly hasSave: boolean;
  readonly unreadable: UnreadableProps | null;
  /** "Figures as of …; model version …". */
  readonly vintage: string;
  readonly assumptions: AssumptionsProps;
  readonly modes: PlayModesProps;
  /** Why a shared game could not be opened, or null. */
  readonly shareError: string | null;
}

/** Where the title screen sends the player's choices. */
export interface TitleCallbacks extends SettingsCallbacks, AssumptionsCallbacks, PlayModesCallbacks {
  readonly onNewGame: () => void;
  readonly onContinue: () => void;
  readonly onScenario: (id: string) => void;
  readonly onDismissUnreadable: () => void;
  readonly onOpenCode: (code: string) => void;
  readonly onDismissShareError: () => void;
  readonly onCompareTeams: () => void;
  readonly onRoleBriefs: () => void;
}

function scenarioCards(props: TitleProps, onScenario: (id: string) => void): HTMLFieldSetElement {
  const name = uid('scenario');
  return el('fieldset', { className: 'group stack' }, [
    el('legend', { text: 'Scenario' }),
    ...props.scenarios.map((s) => {
      const input = el('input', { attrs: { type: 'radio', name, value: s.id } });
      input.checked = s.id === props.scenarioId;
      input.addEventListener('change', () => input.checked && onScenario(s.id));
      return el('label', { className: 'rcard rcard--scenario' }, [
        input,
        el('span', { className: 'rcard__name', text: s.name }),
        el('span'),
        el('span', { className: 'rcard__desc', text: s.description }),
      ]);
    }),
  ]);
}

/** Builds the title screen; `update` syncs it with the store. */
export function createTitleView(
  props: TitleProps,
  cb: TitleCallbacks,
  lookup: SourceLookup,
): { root: HTMLElement; primary: HTMLElement; update(p: TitleProps): void } {
  const newGame = button('New game', cb.onNewGame, 'primary', 'btn--large');
  const cont = button('Continue', cb.onContinue, 'default', 'btn--large');
  const bannerSlot = el('div', { className: 'title__banner' });
  const cardsSlot = el('div');
  const settings = createSettingsPanel(props, cb);
  const assumptions = createAssumptionsPanel(props.assumptions, cb, lookup);
  const modes = createPlayModes(props.modes, cb);
  const vintage = el('p', { className: 'muted title__vintage' });
  const main = el(
    'section',
    { className: 'title__main enter', attrs: { 'aria-labelledby': 'title-wordmark' } },
    [
      el('h1', { className: 'wordmark', text: 'LEVERAGE', attrs: { id: 'title-wordmark' } }),
      el('p', {
        className: 'title__pitch',
        text: 'You lead the Western coalition. Each quarter from 2025 you set military aid to Ukraine and sanctions on Russia, and watch whether Russia’s weaknesses bring Putin to the table before Western unity runs out.',
      }),
      el('p', {
        className: 'muted',
        text: 'Based on the Institute for the Study of War’s report “Russia’s Weakness Offers Leverage” (19 February 2025).',
      }),
      el('div', { className: 'row title__actions' }, [newGame, cont]),
      vintage,
      el('section', { className: 'title__sessions', attrs: { 'aria-label': 'For workshops and classes' } }, [
        el('div', { className: 'row title__tools' }, [
          button('Compare teams', cb.onCompareTeams),
          button('Role briefs', cb.onRoleBriefs),
        ]),
        createOpenShared(cb.onOpenCode),
      ]),
    ],
  );
  const tabs = createSideTabs(
    [
      { id: 'scenario', label: 'Scenario', content: [cardsSlot, settings.seed] },
      { id: 'assumptions', label: 'Assumptions', content: [assumptions.root] },
      { id: 'modes', label: 'Play modes', content: [modes.root] },
      { id: 'sound', label: 'Sound', content: [settings.sound] },
    ],
    'Game setup',
  );
  const side = el(
    'section',
    { className: 'title__side panel enter', attrs: { 'aria-label': 'Game setup' } },
    [tabs.root],
  );
  const root = el('main', { className: 'screen screen--title' }, [bannerSlot, main, side]);

  let shownBanner: UnreadableProps | null = null;
  let shownShareError: string | null = null;
  let shownCards = '';
  const update = (p: TitleProps): void => {
    cont.hidden = !p.hasSave;
    vintage.textContent = p.vintage;
    settings.update(p);
    assumptions.update(p.assumptions);
    modes.update(p.modes);
    if (p.unreadable !== shownBanner || p.shareError !== shownShareError) {
      const hadFocus = bannerSlot.contains(document.activeElement);
      shownBanner = p.unreadable;
      shownShareError = p.shareError;
      bannerSlot.replaceChildren(
        ...(p.shareError ? [createShareErrorBanner(p.shareError, cb.onDismissShareError)] : []),
        ...(p.unreadable ? [createUnreadableBanner(p.unreadable, cb.onDismissUnreadable)] : []),
      );
      // Dismissing removes the button that had focus: give it to the primary action, not the page.
      if (hadFocus && !bannerSlot.contains(document.activeElement)) (p.hasSave ? cont : newGame).focus();
    }
    const cardsKey = `${p.scenarioId}|${p.scenarios.map((s) => s.id).join(',')}`;
    if (cardsKey !== shownCards) {
      shownCards = cardsKey;
      const hadFocus = cardsSlot.contains(document.activeElement);
      cardsSlot.replaceChildren(scenarioCards(p, cb.onScenario));
      if (hadFocus) cardsSlot.querySelector<HTMLInputElement>('input:checked')?.focus();
    }
  };
  update(props);
  return { root, primary: props.hasSave ? cont : newGame, update };
}
