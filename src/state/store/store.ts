/**
 * createGameStore: the game's one vanilla zustand store, built from its slices combined here (the
 * game: session, campaign, negotiation, settings; the workshop: assumptions, share codes,
 * facilitator, hot seat, teams, tutorial),
 * with immer (auto-freeze on) and the autosave middleware on the combined store only. Reads the
 * save slot and the settings at start-up; an unreadable save is reported, copied aside and left
 * in place, and the game starts clean.
 */
import { immer } from 'zustand/middleware/immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { withAutosave } from './autosave';
import { statusQuoPolicy } from '../campaign/campaign-logic';
import type { GameStore } from './contract';
import { createAssumptionsSlice } from '../campaign/assumptions-slice';
import { createCampaignSlice } from '../campaign/campaign-slice';
import { createFacilitatorSlice } from '../workshop/facilitator-slice';
import { createHotSeatSlice } from '../workshop/hot-seat-slice';
import { createNegotiationSlice } from '../campaign/negotiation-slice';
import { readSettings } from './persistence';
import { createSessionSlice, type SessionBoot } from '../campaign/session-slice';
import { createSettingsSlice } from '../campaign/settings-slice';
import { createShareSlice } from '../share/share-slice';
import { createTeamsSlice } from '../workshop/teams-slice';
import { createTutorialSlice } from '../workshop/tutorial-slice';
import { createGamesSlice } from '../saves/games-slice';
import { createRoomSlice } from '../room/room-slice';
import { createBandsSlice } from '../bands/bands-slice';
import { createStoreContext, type StoreContext, type StoreDeps } from './store-deps';

/** What createGameStore needs, re-exported so the composition root imports one file. */
export type { StoreDeps, ScenarioRegistry } from './store-deps';
/** The storage interface localStorage satisfies. */
export type { KeyValueStorage } from './persistence';

/** What the save slot holds at start-up, as the title screen needs it. */
function bootSession(ctx: StoreContext): SessionBoot {
  const scenario = ctx.findScenario(ctx.defaultScenarioId);
  if (!scenario) throw new Error(`No scenario to start with: "${ctx.defaultScenarioId}" is unknown.`);
  const slot = ctx.saveSlot.inspect();
  return {
    scenario,
    hasSave: slot.kind === 'ok',
    unreadableSave: slot.kind === 'unreadable' ? slot.unreadable : null,
  };
}

/**
 * Creates the store. `deps.storage` holds the save and settings (localStorage in the browser);
 * `deps.scenarios` defaults to the bundled scenarios; `deps.now` (ms) seeds new games, else seed 1.
 */
export function createGameStore(deps: StoreDeps): StoreApi<GameStore> {
  const ctx = createStoreContext(deps);
  const boot = bootSession(ctx);
  const settings = readSettings(ctx.storage);
  return createStore<GameStore>()(
    withAutosave(
      ctx,
      immer((...a) => ({
        ...createSessionSlice(ctx, boot)(...a),
        ...createCampaignSlice(statusQuoPolicy(boot.scenario.params))(...a),
        ...createNegotiationSlice()(...a),
        ...createSettingsSlice(settings)(...a),
        ...createAssumptionsSlice(ctx)(...a),
        ...createShareSlice(ctx)(...a),
        ...createFacilitatorSlice(ctx)(...a),
        ...createHotSeatSlice()(...a),
        ...createTeamsSlice(ctx)(...a),
        ...createTutorialSlice()(...a),
        ...createGamesSlice(ctx)(...a),
        ...createRoomSlice(ctx)(...a),
        ...createBandsSlice(ctx)(...a),
      })),
    ),
  );
}
