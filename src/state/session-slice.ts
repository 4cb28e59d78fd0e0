/**
 * The session: which screen shows, which scenario and seed the next game uses, and the save slot
 * as the title screen sees it (hasSave, an unreadable save). Starting, continuing and leaving a
 * game live here; they fill the campaign fields in the same set.
 */
import { castDraft } from 'immer';
import type { LoadedScenario } from '../scenario';
import type { GameStore, ScenarioChoice, UnreadableSave } from './contract';
import { baselineFor, freshCampaign, isValidSeed, projectionFor } from './campaign-logic';
import type { RestoredGame } from './save-reading';
import type { SliceCreator, StoreContext } from './store-deps';

/** The session's fields and actions. */
export type SessionSlice = Pick<
  GameStore,
  | 'screen'
  | 'scenarioId'
  | 'scenario'
  | 'scenarioChoices'
  | 'seed'
  | 'hasSave'
  | 'unreadableSave'
  | 'chooseScenario'
  | 'setSeed'
  | 'newGame'
  | 'continueGame'
  | 'begin'
  | 'playAgain'
  | 'dismissUnreadableSave'
>;

/** What the store found in storage at start-up. */
export interface SessionBoot {
  readonly scenario: LoadedScenario;
  readonly hasSave: boolean;
  readonly unreadableSave: UnreadableSave | null;
}

/** The store fields that load a checked save; the screen follows the saved one where it can. */
export function restoredFields(r: RestoredGame): Partial<GameStore> {
  const params = r.scenario.params;
  const over = r.game.outcome !== null;
  const last = r.history.at(-1) ?? null;
  const screen = r.screen === 'report' && last ? 'report' : over ? 'debrief' : 'campaign';
  return {
    screen,
    scenarioId: r.scenario.id,
    scenario: r.scenario,
    seed: r.seed,
    game: r.game,
    history: r.history,
    policies: r.policies,
    pendingPolicy: r.pendingPolicy,
    projection: projectionFor(r.game, r.pendingPolicy, params),
    baselinePath: baselineFor(params, r.seed),
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
      const scenario = ctx.findScenario(scenarioId);
      if (!scenario || get().game !== null) return;
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
      const { scenario, seed } = get();
      const fields = freshCampaign(scenario.params, seed);
      set((d) => {
        Object.assign(d, fields);
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
      set((d) => {
        d.screen = 'title';
        d.seed = seed;
        d.game = null;
        d.history = [];
        d.policies = [];
        d.projection = null;
        d.baselinePath = [];
        d.lastReport = null;
        d.negotiation = null;
      });
    },
    dismissUnreadableSave: () => {
      set((d) => {
        d.unreadableSave = null;
      });
    },
  });
}
