/**
 * The Games list as the store holds it: every game started or opened, the notice of what just
 * happened to the list (a game opened beside the player's own, old games dropped, a game that
 * cannot be saved), and a deleted game kept for Undo. Starting a game (New game, a share code)
 * always takes a fresh entry (startedGameFields), so nothing is written over; resuming one puts
 * it on the table by the same path as Continue.
 */
import { castDraft } from 'immer';
import { quarterLabel, type GameState, type ScenarioParams } from '../../engine';
import type { GameStore } from '../store/contract';
import type { SliceCreator, StoreContext } from '../store/store-deps';
import type { DeletedGame, GameEntry, GameOrigin, GameStanding } from './game-library';
import { readSaveText, type RestoredGame } from './save-reading';
import { encodeShareCode, MAX_SHARE_CODE_CHARS } from '../share/share-code';
import { shareRecordOf } from '../share/share-loading';

/** What just happened to the Games list, for a notice; the screen puts it in words. */
export type GamesNotice =
  /** A shared game was opened as a new game; `kept` is the player's game, still in the list. */
  | { readonly kind: 'openedAsNew'; readonly kept: GameEntry }
  /** The list was full: these, the least recently played, were removed to make room. */
  | { readonly kind: 'oldestDropped'; readonly dropped: readonly GameEntry[] }
  /** Storage is full or unavailable: the game goes on but is not saved. */
  | { readonly kind: 'notSaved' }
  /** A game was deleted; Undo brings it back. */
  | { readonly kind: 'deleted'; readonly entry: GameEntry };

/** The Games list's fields. */
export interface GamesData {
  /** Every saved game, the most recently played first. */
  readonly games: readonly GameEntry[];
  readonly gamesNotice: GamesNotice | null;
  /** The last game deleted, until Undo or another deletion. */
  readonly deletedGame: DeletedGame | null;
}

/** A game exported from the list: its share code (null when too long for one) and its save file. */
export interface GameExport {
  readonly code: string | null;
  /** The save file's text (JSON), as the autosave wrote it. */
  readonly fileText: string;
}

/** What the Games list lets screens ask. */
export interface GamesActions {
  /** Puts a game from the list on the table where it was left (as Continue does for the last one). */
  readonly resumeGame: (id: string) => void;
  /** Names a game; an empty name gives back the default (scenario and quarter). */
  readonly renameGame: (id: string, name: string) => void;
  readonly deleteGame: (id: string) => void;
  readonly undoDeleteGame: () => void;
  readonly dismissGamesNotice: () => void;
  /** The code and save file of a game in the list, or null when it cannot be read. Changes nothing. */
  readonly exportGame: (id: string) => GameExport | null;
}

/** The Games list's fields and actions. */
export type GamesSlice = GamesData & GamesActions;

/** How a game stands, for its entry in the list. */
export function standingOfGame(game: GameState, params: ScenarioParams): GameStanding {
  const outcome = game.outcome;
  const quarter = outcome ? outcome.quarterIndex : game.quarterIndex;
  return {
    scenarioId: game.scenarioId,
    quarterIndex: game.quarterIndex,
    quarter: quarterLabel(params.startYear, params.startQuarter, quarter),
    posture: game.posture.level,
    outcome: outcome?.kind ?? null,
    score: outcome ? outcome.score : null,
  };
}

/** How a raw save stands, or null when it cannot be read: for the list's first load and its rebuilding. */
export function standingOfSave(raw: string, findScenario: StoreContext['findScenario']): GameStanding | null {
  const reading = readSaveText(raw, findScenario);
  return reading.ok ? standingOfGame(reading.restored.game, reading.restored.scenario.params) : null;
}

/**
 * The list's fields for a game about to start (New game, a share code): a fresh entry, the
 * player's game kept under its own key first. When it cannot be kept, the slot is held (nothing
 * is written over) and the notice says the new game is not saved.
 */
export function startedGameFields(
  ctx: StoreContext,
  s: GameStore,
  origin: GameOrigin,
): Pick<GamesData, 'games' | 'gamesNotice'> {
  const previous = s.games.find((g) => g.id === ctx.library.activeId()) ?? null;
  if (!ctx.library.switchTo(ctx.library.freshId(), origin, ctx.now())) {
    ctx.saveSlot.hold();
    return { games: ctx.library.list(), gamesNotice: { kind: 'notSaved' } };
  }
  const notice: GamesNotice | null =
    origin === 'share' && previous ? { kind: 'openedAsNew', kept: previous } : null;
  return { games: ctx.library.list(), gamesNotice: notice };
}

/** The share code of a saved game, or null when it would be longer than a code may be. */
function shareCodeOfSaved(r: RestoredGame): string | null {
  const record = shareRecordOf({ ...r, assumptions: r.workshop.assumptions });
  if (!record) return null;
  const code = encodeShareCode(record);
  return code.length <= MAX_SHARE_CODE_CHARS ? code : null;
}

/** Creates the Games list's slice over the store's games list. */
export function createGamesSlice(ctx: StoreContext): SliceCreator<GamesSlice> {
  return (set, get) => {
    const refresh = (notice?: GamesNotice | null): void =>
      set((d) => {
        d.games = castDraft(ctx.library.list());
        if (notice !== undefined) d.gamesNotice = castDraft(notice);
      });

    return {
      games: ctx.library.list(),
      gamesNotice: null,
      deletedGame: null,

      resumeGame: (id) => {
        if (get().game !== null || !get().games.some((g) => g.id === id)) return;
        if (!ctx.library.switchTo(id, 'new', ctx.now())) {
          refresh({ kind: 'notSaved' });
          return;
        }
        refresh();
        get().continueGame();
      },
      renameGame: (id, name) => {
        if (typeof name !== 'string' || !ctx.library.rename(id, name)) return;
        refresh();
      },
      deleteGame: (id) => {
        const deleted = ctx.library.remove(id);
        if (!deleted) return;
        set((d) => {
          d.deletedGame = castDraft(deleted);
          d.games = castDraft(ctx.library.list());
          d.gamesNotice = castDraft({ kind: 'deleted', entry: deleted.entry });
          if (deleted.wasActive) d.hasSave = false;
        });
      },
      undoDeleteGame: () => {
        const deleted = get().deletedGame;
        if (!deleted || !ctx.library.restore(deleted)) return;
        set((d) => {
          d.deletedGame = null;
          d.games = castDraft(ctx.library.list());
          d.gamesNotice = null;
          if (ctx.library.activeId() === deleted.entry.id) d.hasSave = true;
        });
      },
      dismissGamesNotice: () => {
        if (get().gamesNotice === null) return;
        set((d) => {
          d.gamesNotice = null;
        });
      },
      exportGame: (id) => {
        const raw = ctx.library.raw(id);
        if (raw === null) return null;
        const reading = readSaveText(raw, ctx.findScenario);
        return { code: reading.ok ? shareCodeOfSaved(reading.restored) : null, fileText: raw };
      },
    };
  };
}
