/**
 * The session: which screen shows, which scenario and seed the next game uses, and the save slot
 * as the title screen sees it (hasSave, an unreadable save). Starting, continuing and leaving a
 * game live here; they fill the campaign fields in the same set.
 */
import { castDraft } from 'immer';
import { applyAssumptions, type LoadedScenario } from '../../scenario/runtime';
import type { GameStore, ScenarioChoice, Screen, UnreadableSave } from '../store/contract';
import { savePart } from '../store/save-part';
import { isValidSeed } from './campaign-logic';
import { gameFields, newGameFields, perGameReset } from './game-fields';
import { noModifiedBaseline } from './assumptions-slice';
import { noGameFields } from './campaign-slice';
import { noNegotiationFields } from './negotiation-slice';
import { noPendingActions } from '../workshop/facilitator-slice';
import type { RestoredGame } from '../saves/save-reading';
import { startedGameFields } from '../saves/games-slice';
import type { SliceCreator, StoreContext } from '../store/store-deps';

/** The session's fields: which screen shows, the next game's scenario and seed, the save slot. */
export interface SessionData {
  readonly screen: Screen;
  /** Id of the scenario chosen on the title screen. */
  readonly scenarioId: string;
  /** The chosen scenario itself (parameters, names, sources); selectScenario reads it. */
  readonly scenario: LoadedScenario;
  /** Every scenario the title screen can offer, in menu order. */
  readonly scenarioChoices: readonly ScenarioChoice[];
  readonly seed: number;
  readonly hasSave: boolean;
  readonly unreadableSave: UnreadableSave | null;
}

/** What the session lets screens ask. */
export interface SessionActions {
  readonly chooseScenario: (scenarioId: string) => void;
  readonly setSeed: (seed: number) => void;
  /** Starts a new game of the chosen scenario and seed and shows the briefing. */
  readonly newGame: () => void;
  /** Restores the saved game exactly (state, history, pending levers). */
  readonly continueGame: () => void;
  /** Leaves the briefing for the campaign screen. */
  readonly begin: () => void;
  /** Back to the title screen with a fresh game ready. */
  readonly playAgain: () => void;
  readonly dismissUnreadableSave: () => void;
}

/** The session's fields and actions. */
export type SessionSlice = SessionData & SessionActions;

/** What a save holds of the session: the scenario the game is of, and the screen it was on. */
export interface SessionSaved {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  readonly screen: Screen;
}

/** The session's part of a save. */
export const SESSION_SAVE_PART = savePart(['scenario', 'screen'], (s): SessionSaved => ({
  scenarioId: s.scenario.id,
  scenarioVersion: s.scenario.version,
  screen: s.screen,
}));

/** What the store found in storage at start-up. */
export interface SessionBoot {
  readonly scenario: LoadedScenario;
  readonly hasSave: boolean;
  readonly unreadableSave: UnreadableSave | null;
}

/**
 * The store fields that load a checked save; the screen follows the saved one where it can. The
 * workshop's settings come back with the game; the team comparison (session only) is left alone.
 */
export function restoredFields(r: RestoredGame): Partial<GameStore> {
  const over = r.game.outcome !== null;
  const last = r.history.at(-1) ?? null;
  const screen = r.screen === 'report' && last ? 'report' : over ? 'debrief' : 'campaign';
  return {
    ...gameFields(r),
    ...r.workshop,
    screen,
    lastReport: screen === 'campaign' ? null : last,
    negotiation: r.negotiationProposal && !over ? { proposal: r.negotiationProposal, answer: null } : null,
    hasSave: true,
  };
}

/** Creates the session slice over the shared context and what start-up found. */
export function createSessionSlice(ctx: StoreContext, boot: SessionBoot): SliceCreator<SessionSlice> {
  const choices: ScenarioChoice[] = ctx.scenarioIds.flatMap((id) => {
    const s = ctx.findScenario(id);
    return s ? [{ id: s.id, name: s.name, description: s.description }] : [];
  });
  return (set, get) => ({
    screen: 'title',
    scenarioId: boot.scenario.id,
    scenario: boot.scenario,
    scenarioChoices: choices,
    seed: ctx.freshSeed(),
    hasSave: boot.hasSave,
    unreadableSave: boot.unreadableSave,

    chooseScenario: (scenarioId) => {
      // The scenario belongs to the loaded game: it can change only while none is loaded.
      const shipped = ctx.findScenario(scenarioId);
      if (!shipped || get().game !== null) return;
      const scenario = applyAssumptions(shipped, get().assumptions);
      set((d) => {
        d.scenarioId = scenario.id;
        d.scenario = castDraft(scenario);
      });
    },
    setSeed: (seed) => {
      if (!isValidSeed(seed)) return;
      set((d) => {
        d.seed = seed;
      });
    },
    newGame: () => {
      const s = get();
      const fields = newGameFields(ctx.findScenario(s.scenarioId) ?? s.scenario, s.scenario, s.seed);
      const reset = perGameReset(s);
      // A new game takes a new entry in the Games list: the game in the slot is kept first.
      const listed = startedGameFields(ctx, s, 'new');
      set((d) => {
        Object.assign(d, fields, reset, castDraft(listed));
        d.screen = 'briefing';
      });
    },
    continueGame: () => {
      const slot = ctx.saveSlot.inspect();
      if (slot.kind === 'empty') {
        set((d) => {
          d.hasSave = false;
        });
        return;
      }
      const fields = slot.kind === 'ok' ? restoredFields(slot.restored) : null;
      set((d) => {
        if (fields) Object.assign(d, fields);
        else if (slot.kind === 'unreadable') {
          d.unreadableSave = slot.unreadable;
          d.hasSave = false;
        }
      });
    },
    begin: () => {
      if (get().screen !== 'briefing' || get().game === null) return;
      set((d) => {
        d.screen = 'campaign';
      });
    },
    playAgain: () => {
      const seed = ctx.freshSeed();
      const reset = perGameReset(get());
      // Each slice says what its fields are with no game loaded.
      const cleared = {
        ...noGameFields(),
        ...noPendingActions(),
        ...noModifiedBaseline(),
        ...noNegotiationFields(),
      };
      set((d) => {
        Object.assign(d, reset, cleared);
        d.screen = 'title';
        d.seed = seed;
        // Back on the title, the Games list shows how every game stands now.
        d.games = castDraft(ctx.library.list());
      });
    },
    dismissUnreadableSave: () => {
      set((d) => {
        d.unreadableSave = null;
      });
    },
  });
}
