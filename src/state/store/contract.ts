/**
 * The store's shape: the one contract between the store (src/state) and the screens (src/scenes,
 * src/ui). Screens read these fields through selectors and call these actions; they never call
 * the engine themselves. The small types the slices share live here; each slice's fields and
 * actions live in its own file, and GameStore is their intersection.
 */
import type { TurnReport } from '../../engine';
import type { StateMessage } from './message-codes';
import type { AssumptionsSlice } from '../campaign/assumptions-slice';
import type { CampaignSlice } from '../campaign/campaign-slice';
import type { NegotiationSlice } from '../campaign/negotiation-slice';
import type { SessionSlice } from '../campaign/session-slice';
import type { SettingsSlice } from '../campaign/settings-slice';
import type { ShareSlice } from '../share/share-slice';
import type { FacilitatorSlice } from '../workshop/facilitator-slice';
import type { HotSeatSlice } from '../workshop/hot-seat-slice';
import type { TeamsSlice } from '../workshop/teams-slice';
import type { TutorialSlice } from '../workshop/tutorial-slice';
import type { GamesSlice } from '../saves/games-slice';
import type { RoomSlice } from '../room/room-slice';
import type { BandsSlice } from '../bands/bands-slice';
export type * from './workshop-contract';
export type { AssumptionsData, AssumptionsActions } from '../campaign/assumptions-slice';
export type { CampaignData, CampaignActions } from '../campaign/campaign-slice';
export type { NegotiationData, NegotiationActions } from '../campaign/negotiation-slice';
export type { SessionData, SessionActions } from '../campaign/session-slice';
export type { SettingsData, SettingsActions } from '../campaign/settings-slice';
export type { ShareData, ShareActions } from '../share/share-slice';
export type { FacilitatorData, FacilitatorActions } from '../workshop/facilitator-slice';
export type { HotSeatData, HotSeatActions } from '../workshop/hot-seat-slice';
export type { TeamsData, TeamsActions } from '../workshop/teams-slice';
export type { TutorialData, TutorialActions, TutorialState } from '../workshop/tutorial-slice';
export type { GamesData, GamesActions, GamesNotice, GameExport } from '../saves/games-slice';
export type { GameEntry, GameOrigin } from '../saves/game-library';
export type {
  RoomData,
  RoomActions,
  RoomConnection,
  RoomLink,
  RoomMembership,
  RoomSnapshot,
  RoomView,
} from '../room/room-slice';

/** Every screen the game shows, in the order a game passes through them: the one list of them. */
export const SCREENS = ['title', 'briefing', 'campaign', 'report', 'negotiation', 'debrief'] as const;

/** Which screen the game shows. */
export type Screen = (typeof SCREENS)[number];

/** Player settings, remembered across sessions. */
export interface Settings {
  /** 0–1. */
  readonly volume: number;
  readonly muted: boolean;
  readonly reducedMotion: boolean;
}

/** A save that could not be read, kept so nothing the player had is lost. */
export interface UnreadableSave {
  /** Why it could not be read, as a message ('save.damaged' with the part, 'save.version' …) for the screen to word. */
  readonly reason: StateMessage;
  /** The raw text of the save, offered for download. */
  readonly raw: string;
}

/** Four quarters run forward from the current state: under the pending policy and under the status quo. */
export interface Projection {
  readonly pending: readonly TurnReport[];
  readonly statusQuo: readonly TurnReport[];
}

/** A scenario the title screen can offer. */
export interface ScenarioChoice {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/**
 * The whole store: the intersection of its slices, each of which declares its own fields and
 * actions beside its code (the game: session, campaign, negotiation, settings; the workshop:
 * assumptions, share codes, facilitator, hot seat, teams, tutorial; the workshop room; the
 * projection's bands).
 */
export type GameStore = SessionSlice &
  CampaignSlice &
  NegotiationSlice &
  SettingsSlice &
  AssumptionsSlice &
  ShareSlice &
  FacilitatorSlice &
  HotSeatSlice &
  TeamsSlice &
  TutorialSlice &
  GamesSlice &
  RoomSlice &
  BandsSlice;

/** The store's fields without its actions. */
export type StoreData = {
  readonly [
    K in keyof GameStore as GameStore[K] extends (...args: never[]) => unknown ? never : K
  ]: GameStore[K];
};
