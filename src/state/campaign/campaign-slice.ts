/**
 * The campaign: the game state, its record (history and turns), the levers set for the quarter
 * being decided, and the projection they imply. Moving a lever never touches the game; only
 * endQuarter steps the engine, on plain state read with get(), written back in one set. While the
 * facilitator has paused the game, the levers and End quarter do nothing; with the hot seat on,
 * End quarter hands the device to the Kremlin player instead (hot-seat-slice.ts plays the quarter).
 */
import { castDraft } from 'immer';
import type { GameState, Policy, Turn, TurnReport } from '../../engine';
import type { GameStore, Projection } from '../store/contract';
import { savePart } from '../store/save-part';
import { clampAid, clampSanctions, projectionFor, samePolicy } from './campaign-logic';
import { quarterEndFields } from './game-fields';
import type { SliceCreator } from '../store/store-deps';

/** The campaign's fields: the game, its record and the levers set for the quarter being decided. */
export interface CampaignData {
  /** Null before a game starts. */
  readonly game: GameState | null;
  /** One report per completed quarter, oldest first. */
  readonly history: readonly TurnReport[];
  /** Policies played, oldest first: derived, always equal to turns.map((t) => t.policy). */
  readonly policies: readonly Policy[];
  /** The replay record: one Turn per completed quarter (policy, injects, overrides, Kremlin choices). */
  readonly turns: readonly Turn[];
  /** What the player has set for the current quarter; nothing moves until endQuarter. */
  readonly pendingPolicy: Policy;
  readonly projection: Projection | null;
  /** The status-quo path from the start over the whole horizon, for the charts' baseline. */
  readonly baselinePath: readonly TurnReport[];
  /** The last quarter's report while the report screen is shown. */
  readonly lastReport: TurnReport | null;
}

/** What the campaign lets screens ask. */
export interface CampaignActions {
  readonly setAid: (aidBnEurPerQuarter: number) => void;
  readonly setSanctions: (level: number) => void;
  /** Steps the engine under the pending policy, autosaves, shows the quarter report (or the debrief at an ending). */
  readonly endQuarter: () => void;
  /** Closes the report and returns to the campaign (or the debrief when the game has ended). */
  readonly dismissReport: () => void;
}

/** The campaign's fields and actions. */
export type CampaignSlice = CampaignData & CampaignActions;

/** What a save holds of the campaign: the replay record, the levers not yet played, the state it produced. */
export interface CampaignSaved {
  readonly seed: number;
  readonly turns: readonly Turn[];
  /** The levers set for the quarter not yet played, so a reload keeps them. */
  readonly pendingPolicy: Policy;
  readonly game: GameState;
  readonly history: readonly TurnReport[];
}

/** The campaign's part of a save. */
export const CAMPAIGN_SAVE_PART = savePart(
  ['game', 'history', 'turns', 'pendingPolicy'],
  (s, game): CampaignSaved => ({
    seed: game.seed,
    turns: s.turns,
    pendingPolicy: s.pendingPolicy,
    game,
    history: s.history,
  }),
);

/** The campaign's fields when no game is loaded: at start-up and after Play again. */
export function noGameFields(): Omit<CampaignData, 'pendingPolicy'> {
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
  if (s.room) return s.room.role === 'team' && !s.room.settings?.paused;
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
        if (s.room) {
          s.roomEndQuarter();
          return;
        }
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
