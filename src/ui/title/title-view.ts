/**
 * The title screen: the wordmark and pitch, New game / Continue, the scenario choice as radio
 * cards, the settings, and the data vintage. Props in, callbacks out.
 */
import { button, el, uid } from '../dom';
import { createSettingsPanel, type SettingsCallbacks, type SettingsProps } from './settings-panel';
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
}

/** Where the title screen sends the player's choices. */
export interface TitleCallbacks extends SettingsCallbacks {
  readonly onNewGame: () => void;
  readonly onContinue: () => void;
  readonly onScenario: (id: string) => void;
  readonly onDismissUnreadable: () => void;
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
): { root: HTMLElement; primary: HTMLElement; update(p: TitleProps): void } {
  const newGame = button('New game', cb.onNewGame, 'primary', 'btn--large');
  const cont = button('Continue', cb.onContinue, 'default', 'btn--large');
  const bannerSlot = el('div', { className: 'title__banner' });
  const cardsSlot = el('div');
  const settings = createSettingsPanel(props, cb);
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
    ],
  );
  const side = el(
    'section',
    { className: 'title__side panel enter', attrs: { 'aria-label': 'Game setup' } },
    [cardsSlot, settings.root],
  );
  const root = el('main', { className: 'screen screen--title' }, [bannerSlot, main, side]);

  let shownBanner: UnreadableProps | null = null;
  let shownCards = '';
  const update = (p: TitleProps): void => {
    cont.hidden = !p.hasSave;
    vintage.textContent = p.vintage;
    settings.update(p);
    if (p.unreadable !== shownBanner) {
      shownBanner = p.unreadable;
      bannerSlot.replaceChildren(
        ...(p.unreadable ? [createUnreadableBanner(p.unreadable, cb.onDismissUnreadable)] : []),
      );
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
