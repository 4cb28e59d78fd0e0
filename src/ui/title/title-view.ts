/**
 * The title screen: the wordmark and pitch, New game / Continue / Your games, the tools of those who run
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
import { openGamesDialog, type GamesDialog } from '../games/games-dialog';
import type { GamesCallbacks, GamesListProps } from '../games/games-model';
import { createGamesNotice } from '../games/games-notice';
import { createUnreadableBanner, type UnreadableProps } from './unreadable-banner';
import { uiWords, type Language } from '../../text';
import { createLanguageSelect } from './language-select';

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
  /** The saved games, for the Games list. */
  readonly games: GamesListProps;
  /** The label of the button that opens the Games list ("Your games (3)"). */
  readonly gamesButton: string;
  /** The language the page is written in. */
  readonly language: Language;
}

/** Where the title screen sends the player's choices. */
export interface TitleCallbacks
  extends SettingsCallbacks, AssumptionsCallbacks, PlayModesCallbacks, GamesCallbacks {
  readonly onNewGame: () => void;
  readonly onContinue: () => void;
  readonly onScenario: (id: string) => void;
  readonly onDismissUnreadable: () => void;
  readonly onOpenCode: (code: string) => void;
  readonly onDismissShareError: () => void;
  readonly onCompareTeams: () => void;
  readonly onRoleBriefs: () => void;
  /** Starts the page again in another language. */
  readonly onLanguage: (language: Language) => void;
}

function scenarioCards(props: TitleProps, onScenario: (id: string) => void): HTMLFieldSetElement {
  const name = uid('scenario');
  return el('fieldset', { className: 'group stack' }, [
    el('legend', { text: uiWords().title.scenario }),
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
  const newGame = button(uiWords().title.newGame, cb.onNewGame, 'primary', 'btn--large');
  const cont = button(uiWords().title.continue, cb.onContinue, 'default', 'btn--large');
  let gamesDialog: GamesDialog | null = null;
  let latest = props;
  const gamesButton = button(
    props.gamesButton,
    () => {
      // Inside the screen, so that leaving the title (Resume) takes the dialog with it.
      gamesDialog ??= openGamesDialog(latest.games, cb, root, () => {
        gamesDialog = null;
        update(latest);
        gamesButton.focus();
      });
    },
    'default',
    'btn--large',
  );
  const gamesNotice = el('div', { className: 'title__games-notice' });
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
      createLanguageSelect(props.language, cb.onLanguage, true),
      el('h1', { className: 'wordmark', text: uiWords().common.wordmark, attrs: { id: 'title-wordmark' } }),
      el('p', {
        className: 'title__pitch',
        text: uiWords().title.pitch,
      }),
      el('p', {
        className: 'muted',
        text: uiWords().title.basedOn,
      }),
      el('div', { className: 'row title__actions' }, [newGame, cont, gamesButton]),
      gamesNotice,
      vintage,
      el('section', { className: 'title__sessions', attrs: { 'aria-label': uiWords().title.forWorkshops } }, [
        el('div', { className: 'row title__tools' }, [
          button(uiWords().title.compareTeams, cb.onCompareTeams),
          button(uiWords().title.roleBriefs, cb.onRoleBriefs),
        ]),
        createOpenShared(cb.onOpenCode),
      ]),
    ],
  );
  const tabs = createSideTabs(
    [
      { id: 'scenario', label: uiWords().title.scenario, content: [cardsSlot, settings.seed] },
      { id: 'assumptions', label: uiWords().title.assumptions, content: [assumptions.root] },
      { id: 'modes', label: uiWords().title.playModes, content: [modes.root] },
      {
        id: 'sound',
        label: uiWords().title.sound,
        content: [settings.sound, createLanguageSelect(props.language, cb.onLanguage)],
      },
    ],
    uiWords().title.gameSetup,
  );
  const side = el(
    'section',
    { className: 'title__side panel enter', attrs: { 'aria-label': uiWords().title.gameSetup } },
    [tabs.root],
  );
  const root = el('main', { className: 'screen screen--title' }, [bannerSlot, main, side]);

  let shownBanner: UnreadableProps | null = null;
  let shownGamesNotice: GamesListProps['notice'] = null;
  let shownShareError: string | null = null;
  let shownCards = '';
  const update = (p: TitleProps): void => {
    latest = p;
    cont.hidden = !p.hasSave;
    gamesButton.hidden = p.games.rows.length === 0;
    gamesButton.textContent = p.gamesButton;
    gamesDialog?.update(p.games);
    // With the list open its notice shows there; on the title itself otherwise.
    const notice = gamesDialog ? null : p.games.notice;
    if (notice !== shownGamesNotice) {
      shownGamesNotice = notice;
      gamesNotice.replaceChildren(...(notice ? [createGamesNotice(notice, p.games.words, cb)] : []));
    }
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
