/**
 * The campaign: the game state, its record (history and turns), the levers set for the quarter
 * being decided, and the projection they imply. Moving a lever never touches the game; only
 * endQuarter steps the engine, on plain state read with get(), written back in one set. While the
 * facilitator has paused the game, the levers and End quarter do nothing; with the hot seat on,
 * End quarter hands the device to the Kremlin player instead (hot-seat-slice.ts plays the quarter).
 */
import { castDraft } from 'immer';
import type { Policy } from '../../engine';
import type { GameStore } from '../store/contract';
import { clampAid, clampSanctions, projectionFor, samePolicy } from './campaign-logic';
import { quarterEndFields } from './game-fields';
import type { SliceCreator } from '../store/store-deps';

/** The campaign's fields and actions. */
export type CampaignSlice = Pick<
  GameStore,
  | 'game'
  | 'history'
  | 'policies'
  | 'turns'
  | 'pendingPolicy'
  | 'projection'
  | 'baselinePath'
  | 'lastReport'
  | 'setAid'
  | 'setSanctions'
  | 'endQuarter'
  | 'dismissReport'
>;

/** The campaign's fields when no game is loaded: at start-up and after Play again. */
export function noGameFields(): Pick<
  GameStore,
  'game' | 'history' | 'policies' | 'turns' | 'projection' | 'baselinePath' | 'lastReport'
> {
  return {
    game: null,
    history: [],
    policies: [],
    turns: [],
    projection: null,
    baselinePath: [],
    lastReport: null,
  };
}

/** True when the West may move its levers: not paused, and the device is not with the Kremlin player. */
export function leversOpen(s: GameStore): boolean {
  return !s.facilitator.paused && (!s.hotSeat.enabled || s.hotSeat.phase === 'west');
}

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
      ...noGameFields(),
      pendingPolicy: initialPolicy,

      setAid: (aidBnEurPerQuarter) => {
        const aid = clampAid(aidBnEurPerQuarter, get().scenario.params);
        if (aid === null || !leversOpen(get())) return;
        setPending({ ...get().pendingPolicy, aidBnEurPerQuarter: aid });
      },
      setSanctions: (level) => {
        const sanctionsLevel = clampSanctions(level, get().scenario.params);
        if (sanctionsLevel === null || !leversOpen(get())) return;
        setPending({ ...get().pendingPolicy, sanctionsLevel });
      },
      endQuarter: () => {
        const s = get();
        if (!s.game || s.game.outcome || !leversOpen(s)) return;
        if (s.hotSeat.enabled) {
          set((d) => {
            d.hotSeat.phase = 'handover';
          });
          return;
        }
        const fields = quarterEndFields(s, null);
        if (fields)
          set((d) => {
            Object.assign(d, fields);
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
