/**
 * The campaign: the game state, its record (history and policies), the levers set for the
 * quarter being decided, and the projection they imply. Moving a lever never touches the game;
 * only endQuarter steps the engine, on plain state read with get(), written back in one set.
 */
import { castDraft } from 'immer';
import { stepQuarter, type Policy } from '../engine';
import type { GameStore } from './contract';
import { clampAid, clampSanctions, projectionFor, samePolicy } from './campaign-logic';
import type { SliceCreator } from './store-deps';

/** The campaign's fields and actions. */
export type CampaignSlice = Pick<
  GameStore,
  | 'game'
  | 'history'
  | 'policies'
  | 'pendingPolicy'
  | 'projection'
  | 'baselinePath'
  | 'lastReport'
  | 'setAid'
  | 'setSanctions'
  | 'endQuarter'
  | 'dismissReport'
>;

/** Creates the campaign slice; `initialPolicy` is the chosen scenario's status quo. */
export function createCampaignSlice(initialPolicy: Policy): SliceCreator<CampaignSlice> {
  return (set, get) => {
    /** Sets the pending levers and recomputes the projection; the game is left alone. */
    const setPending = (next: Policy): void => {
      const { pendingPolicy, game, scenario } = get();
      if (samePolicy(next, pendingPolicy)) return;
      const projection = projectionFor(game, next, scenario.params);
      set((d) => {
        d.pendingPolicy = next;
        d.projection = castDraft(projection);
      });
    };

    return {
      game: null,
      history: [],
      policies: [],
      pendingPolicy: initialPolicy,
      projection: null,
      baselinePath: [],
      lastReport: null,

      setAid: (aidBnEurPerQuarter) => {
        const aid = clampAid(aidBnEurPerQuarter, get().scenario.params);
        if (aid === null) return;
        setPending({ ...get().pendingPolicy, aidBnEurPerQuarter: aid });
      },
      setSanctions: (level) => {
        const sanctionsLevel = clampSanctions(level, get().scenario.params);
        if (sanctionsLevel === null) return;
        setPending({ ...get().pendingPolicy, sanctionsLevel });
      },
      endQuarter: () => {
        const { game, pendingPolicy, scenario } = get();
        if (!game || game.outcome) return;
        const params = scenario.params;
        const step = stepQuarter(game, pendingPolicy, params);
        const over = step.state.outcome !== null;
        const projection = projectionFor(step.state, pendingPolicy, params);
        set((d) => {
          d.game = castDraft(step.state);
          d.history.push(castDraft(step.report));
          d.policies.push(pendingPolicy);
          d.lastReport = castDraft(step.report);
          d.projection = castDraft(projection);
          d.screen = over ? 'debrief' : 'report';
          // The Kremlin answered the state of last quarter; the terms stay on the table.
          if (d.negotiation) d.negotiation.answer = null;
        });
      },
      dismissReport: () => {
        const { screen, game } = get();
        if (screen !== 'report') return;
        set((d) => {
          d.screen = game?.outcome ? 'debrief' : 'campaign';
          d.lastReport = null;
        });
      },
    };
  };
}
