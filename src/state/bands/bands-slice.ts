/**
 * The uncertainty around the projection: many seeded runs of the next quarters from the game on
 * screen, under the pending levers and under the status quo, computed off the page's thread (the
 * app's ensemble worker) and handed in with setBands. Bands belong to one game state, one position
 * of the levers and one choice of forecast options: once any changes they no longer apply and the
 * screens stop drawing them until the runs for the new position arrive. Never saved (they are
 * recomputed); the forecast options are remembered (forecast-options.ts).
 */
import type { DisputedFigure, EnsembleResult, GameState, Policy } from '../../engine';
import { castDraft } from 'immer';
import { disputedFiguresFor } from '../../scenario/runtime';
import { samePolicy, statusQuoPolicy } from '../campaign/campaign-logic';
import type { GameStore } from '../store/contract';
import type { SliceCreator, StoreContext } from '../store/store-deps';
import {
  readForecastOptions,
  sameForecastOptions,
  writeForecastOptions,
  type ForecastOptions,
} from './forecast-options';

/** How many runs make the campaign's bands, and how far ahead (the projection's four quarters). */
export const BAND_RUNS = 500;
/** Quarters ahead the bands cover by default (those of the projection). */
export const BAND_QUARTERS = 4;

/** The runs for one game state, one position of the levers and one choice of forecast options. */
export interface ProjectionBands {
  /** The game state the runs start from (the store's own object: compared by identity). */
  readonly forGame: GameState;
  /** The pending levers the runs were made for. */
  readonly forPolicy: Policy;
  /** The forecast options the runs were made for (how far ahead, whether the disputed figures vary). */
  readonly forOptions: ForecastOptions;
  readonly pending: EnsembleResult;
  readonly statusQuo: EnsembleResult;
}

/** A job for the ensemble worker: what to run, and the seed of its set of runs. */
export interface BandsJob {
  readonly game: GameState;
  readonly pending: Policy;
  readonly statusQuo: Policy;
  readonly runs: number;
  /** Quarters ahead: BAND_QUARTERS, or every quarter left to the horizon when forecasting to the end. */
  readonly quarters: number;
  readonly seed: number;
  /** The forecast options the job follows. */
  readonly options: ForecastOptions;
  /** The disputed figures each run draws ([] when only the shocks vary). */
  readonly disputed: readonly DisputedFigure[];
}

/** The bands' fields. */
export interface BandsData {
  readonly bands: ProjectionBands | null;
  /** The player's forecast options (default: four quarters, shocks only). */
  readonly forecast: ForecastOptions;
}

/** What the bands let the app and the screens ask. */
export interface BandsActions {
  /** Takes the runs for a game state and levers; ignored when they are no longer on screen. */
  readonly setBands: (bands: ProjectionBands) => void;
  /** Changes one or both forecast options (and remembers them); the bands are then run again. */
  readonly setForecastOptions: (options: Partial<ForecastOptions>) => void;
}

/** The bands' fields and actions. */
export type BandsSlice = BandsData & BandsActions;

/**
 * The seed of the set of runs for a game state: the game's seed and the quarter, so the same
 * game at the same quarter always shows the same bands (and a class can reproduce them). The
 * forecast options do not change it: with the disputed figures each run keeps its shocks.
 */
export function bandsSeed(game: GameState): number {
  return (Math.imul(game.seed >>> 0, 31) + game.quarterIndex) >>> 0;
}

/** Quarters the bands run from a game state: BAND_QUARTERS, or all those left when forecasting to the end. */
export function bandQuarters(game: GameState, horizonQuarters: number, options: ForecastOptions): number {
  const left = Math.max(0, horizonQuarters - game.quarterIndex);
  return options.toHorizon ? Math.max(1, left) : BAND_QUARTERS;
}

/** The job the screen on show needs, or null when there is no game in play. */
export function bandsJobFor(
  s: Pick<GameStore, 'game' | 'pendingPolicy' | 'scenario' | 'forecast'>,
): BandsJob | null {
  const game = s.game;
  if (!game || game.outcome) return null;
  const { params } = s.scenario;
  return {
    game,
    pending: s.pendingPolicy,
    statusQuo: statusQuoPolicy(params),
    runs: BAND_RUNS,
    quarters: bandQuarters(game, params.horizonQuarters, s.forecast),
    seed: bandsSeed(game),
    options: s.forecast,
    disputed: s.forecast.disputed ? disputedFiguresFor(params) : [],
  };
}

/** True when bands were made for this game, these levers and these forecast options. */
const belongs = (b: ProjectionBands, s: Pick<GameStore, 'game' | 'pendingPolicy' | 'forecast'>): boolean =>
  b.forGame === s.game &&
  samePolicy(b.forPolicy, s.pendingPolicy) &&
  sameForecastOptions(b.forOptions, s.forecast);

/** The bands when they belong to the game, levers and forecast options on screen, else null. */
export function currentBands(
  s: Pick<GameStore, 'bands' | 'game' | 'pendingPolicy' | 'forecast'>,
): ProjectionBands | null {
  const b = s.bands;
  return b && belongs(b, s) ? b : null;
}

/** Creates the bands slice, with the forecast options remembered in the context's storage. */
export function createBandsSlice(ctx: Pick<StoreContext, 'storage'>): SliceCreator<BandsSlice> {
  return (set, get) => ({
    bands: null,
    forecast: readForecastOptions(ctx.storage),
    setBands: (bands) => {
      if (!belongs(bands, get())) return;
      set((d) => {
        d.bands = castDraft(bands);
      });
    },
    setForecastOptions: (options) => {
      const before = get().forecast;
      const next: ForecastOptions = {
        toHorizon: typeof options.toHorizon === 'boolean' ? options.toHorizon : before.toHorizon,
        disputed: typeof options.disputed === 'boolean' ? options.disputed : before.disputed,
      };
      if (sameForecastOptions(before, next)) return;
      set((d) => {
        d.forecast = next;
      });
      writeForecastOptions(ctx.storage, next);
    },
  });
}
