/**
 * The store's shape: the one contract between the store (src/state) and the screens (src/scenes,
 * src/ui). Screens read these fields through selectors and call these actions; they never call
 * the engine themselves.
 */
import type { GameState, NegotiationAnswer, Policy, Proposal, TurnReport } from '../../engine';
import type { LoadedScenario } from '../../scenario/runtime';
import type { WorkshopActions, WorkshopData } from './workshop-contract';

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
  /** Why it could not be read, in a sentence for the player. */
  readonly reason: string;
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

/** Everything the game holds. */
export interface GameData {
  readonly screen: Screen;
  /** Id of the scenario chosen on the title screen. */
  readonly scenarioId: string;
  /** The chosen scenario itself (parameters, names, sources); selectScenario reads it. */
  readonly scenario: LoadedScenario;
  /** Every scenario the title screen can offer, in menu order. */
  readonly scenarioChoices: readonly ScenarioChoice[];
  readonly seed: number;
  /** Null before a game starts. */
  readonly game: GameState | null;
  /** One report per completed quarter, oldest first. */
  readonly history: readonly TurnReport[];
  /** Policies played, oldest first: derived, always equal to turns.map((t) => t.policy). */
  readonly policies: readonly Policy[];
  /** What the player has set for the current quarter; nothing moves until endQuarter. */
  readonly pendingPolicy: Policy;
  readonly projection: Projection | null;
  /** The status-quo path from the start over the whole horizon, for the charts' baseline. */
  readonly baselinePath: readonly TurnReport[];
  /** The last quarter's report while the report screen is shown. */
  readonly lastReport: TurnReport | null;
  readonly negotiation: { readonly proposal: Proposal; readonly answer: NegotiationAnswer | null } | null;
  readonly settings: Settings;
  readonly unreadableSave: UnreadableSave | null;
  readonly hasSave: boolean;
}

/** What screens may ask the store to do. */
export interface GameActions {
  readonly chooseScenario: (scenarioId: string) => void;
  readonly setSeed: (seed: number) => void;
  /** Starts a new game of the chosen scenario and seed and shows the briefing. */
  readonly newGame: () => void;
  /** Restores the saved game exactly (state, history, pending levers). */
  readonly continueGame: () => void;
  /** Leaves the briefing for the campaign screen. */
  readonly begin: () => void;
  readonly setAid: (aidBnEurPerQuarter: number) => void;
  readonly setSanctions: (level: number) => void;
  /** Steps the engine under the pending policy, autosaves, shows the quarter report (or the debrief at an ending). */
  readonly endQuarter: () => void;
  /** Closes the report and returns to the campaign (or the debrief when the game has ended). */
  readonly dismissReport: () => void;
  readonly openNegotiation: () => void;
  readonly setTerm: (termId: string, optionId: string) => void;
  /** Asks the Kremlin; the answer lands in negotiation.answer. */
  readonly propose: () => void;
  /** Accepts the Kremlin's counter-offer (or an accepted proposal) and ends the game in a settlement. */
  readonly settle: () => void;
  readonly closeNegotiation: () => void;
  /** Back to the title screen with a fresh game ready. */
  readonly playAgain: () => void;
  readonly setVolume: (volume: number) => void;
  readonly setMuted: (muted: boolean) => void;
  readonly setReducedMotion: (reduced: boolean) => void;
  readonly dismissUnreadableSave: () => void;
}

/** The whole store: the game, and the workshop features beside it (workshop-contract.ts). */
export type GameStore = GameData & GameActions & WorkshopData & WorkshopActions;
