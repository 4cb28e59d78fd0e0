/**
 * Opening a share code: the game it holds is rebuilt by replay and put on the table exactly as if
 * it had been played here (record, reports, levers, assumptions), on the campaign or, for a game
 * that ended, the debrief. A bad code sets shareError and changes nothing else.
 */
import { castDraft } from 'immer';
import { ASSUMPTION_PRESETS, type AssumptionChoices } from '../../scenario/runtime';
import { statusQuoPolicy } from '../campaign/campaign-logic';
import { gameFields, perGameReset } from '../campaign/game-fields';
import { replaySharedCode } from './share-loading';
import { startedGameFields } from '../saves/games-slice';
import type { SliceCreator, StoreContext } from '../store/store-deps';
import type { StateMessage } from '../store/message-codes';

/** The share code's field. */
export interface ShareData {
  /** A bad ?game= code: what is wrong with it, for a message; nothing else changed. */
  readonly shareError: StateMessage | null;
}

/** What share codes let screens ask. */
export interface ShareActions {
  /** Rebuilds a game from a share code (scenario, version, assumptions, seed, turns) by replay; a bad code sets shareError only. */
  readonly loadShareCode: (code: string) => void;
  readonly dismissShareError: () => void;
}

/** The share code's fields and actions. */
export type ShareSlice = ShareData & ShareActions;

/** The preset whose choices are exactly these, or null. */
export function presetMatching(choices: AssumptionChoices): string | null {
  const same = (a: AssumptionChoices, b: AssumptionChoices): boolean =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
  return ASSUMPTION_PRESETS.find((p) => same(p.choices, choices))?.id ?? null;
}

/** Creates the share slice. */
export function createShareSlice(ctx: StoreContext): SliceCreator<ShareSlice> {
  return (set, get) => ({
    shareError: null,

    loadShareCode: (code) => {
      const shared = replaySharedCode(code, ctx.findScenario);
      if (!shared.ok) {
        set((d) => {
          d.shareError = shared.error;
        });
        return;
      }
      const { record, scenario, game } = shared;
      const fields = gameFields({
        ...shared,
        history: shared.reports,
        turns: record.turns,
        pendingPolicy:
          record.current?.policy ?? record.turns.at(-1)?.policy ?? statusQuoPolicy(scenario.params),
        pendingInjects: record.current?.injects ?? [],
        pendingOverrides: record.current?.overrides ?? [],
      });
      const reset = perGameReset(get());
      // The shared game opens as a new entry in the Games list; the player's own is kept.
      const listed = startedGameFields(ctx, get(), 'share');
      set((d) => {
        Object.assign(d, fields, reset, castDraft(listed));
        d.assumptions = record.assumptions;
        d.assumptionPreset = presetMatching(record.assumptions);
        d.screen = game.outcome ? 'debrief' : 'campaign';
        d.shareError = null;
      });
    },
    dismissShareError: () => {
      set((d) => {
        d.shareError = null;
      });
    },
  });
}
