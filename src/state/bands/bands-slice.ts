/**
 * The uncertainty around the projection: many seeded runs of the next quarters from the game on
 * screen, under the pending levers and under the status quo, computed off the page's thread (the
 * app's ensemble worker) and handed in with setBands. Bands belong to one game state and one
 * position of the levers: once either changes they no longer apply and the screens stop drawing
 * them until the runs for the new position arrive. Never saved (they are recomputed).
 */
import type { EnsembleResult, GameState, Policy } from '../../engine';
import { castDraft } from 'immer';
import { samePolicy, statusQuoPolicy } from '../campaign/campaign-logic';
import type { GameStore } from '../store/contract';
import type { SliceCreator } from '../store/store-deps';

/** How many runs make the campaign's bands, and how far ahead (the projection's four quarters). */
export const BAND_RUNS = 500;
/** Quarters ahead the bands cover. */
export const BAND_QUARTERS = 4;

/** The runs for one game state and one position of the levers. */
export interface ProjectionBands {
  /** The game state the runs start from (the store's own object: compared by identity). */
  readonly forGame: GameState;
  /** The pending levers the runs were made for. */
  readonly forPolicy: Policy;
  readonly pending: EnsembleResult;
  readonly statusQuo: EnsembleResult;
}

/** A job for the ensemble worker: what to run, and the seed of its set of runs. */
export interface BandsJob {
  readonly game: GameState;
  readonly pending: Policy;
  readonly statusQuo: Policy;
  readonly runs: number;
  readonly quarters: number;
  readonly seed: number;
}

/** The bands' field. */
export interface BandsData {
  readonly bands: ProjectionBands | null;
}

/** What the bands let the app ask. */
export interface BandsActions {
  /** Takes the runs for a game state and levers; ignored when they are no longer on screen. */
  readonly setBands: (bands: ProjectionBands) => void;
}

/** The bands' field and action. */
export type BandsSlice = BandsData & BandsActions;

/**
 * The seed of the set of runs for a game state: the game's seed and the quarter, so the same
 * game at the same quarter always shows the same bands (and a class can reproduce them).
 */
export function bandsSeed(game: GameState): number {
  return (Math.imul(game.seed >>> 0, 31) + game.quarterIndex) >>> 0;
}

/** The job the screen on show needs, or null when there is no game in play. */
export function bandsJobFor(s: Pick<GameStore, 'game' | 'pendingPolicy' | 'scenario'>): BandsJob | null {
  const game = s.game;
  if (!game || game.outcome) return null;
  return {
    game,
    pending: s.pendingPolicy,
    statusQuo: statusQuoPolicy(s.scenario.params),
    runs: BAND_RUNS,
    quarters: BAND_QUARTERS,
    seed: bandsSeed(game),
  };
}

/** The bands when they belong to the game and levers on screen, else null. */
export function currentBands(s: Pick<GameStore, 'bands' | 'game' | 'pendingPolicy'>): ProjectionBands | null {
  const b = s.bands;
  return b && b.forGame === s.game && samePolicy(b.forPolicy, s.pendingPolicy) ? b : null;
}

/** Creates the bands slice. */
export function createBandsSlice(): SliceCreator<BandsSlice> {
  return (set, get) => ({
    bands: null,
    setBands: (bands) => {
      const s = get();
      if (bands.forGame !== s.game || !samePolicy(bands.forPolicy, s.pendingPolicy)) return;
      set((d) => {
        d.bands = castDraft(bands);
      });
    },
  });
}
