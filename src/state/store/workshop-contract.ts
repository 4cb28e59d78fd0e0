/**
 * The store's workshop features (classroom and tabletop play): assumptions, share codes, the
 * facilitator's console, the projector view, the Kremlin played by a person, team comparison,
 * the after-action review's exports and the tutorial. Additive to contract.ts: GameStore becomes
 * GameData & GameActions & WorkshopData & WorkshopActions. Screens read these fields through
 * selectors and call these actions; they never call the engine themselves.
 */
import type {
  IndicatorName,
  KremlinOption,
  Outcome,
  Override,
  OverrideTarget,
  Turn,
  TurnReport,
} from '../../engine';

/** One thing the facilitator did, for the log and the after-action review. */
export interface FacilitatorLogEntry {
  /** Quarter index when it happened (the quarter being decided). */
  readonly quarterIndex: number;
  readonly kind: 'pause' | 'resume' | 'inject' | 'override' | 'reveal' | 'rewind' | 'hot-seat';
  /** A sentence for the log, e.g. 'Fired inject "The oil price falls $10".' */
  readonly text: string;
  /** The override's written reason, when kind is 'override'. */
  readonly reason?: string;
}

/** The facilitator's console. */
export interface FacilitatorState {
  readonly enabled: boolean;
  /** While paused, End quarter and the levers do nothing (the class is talking). */
  readonly paused: boolean;
  /** Shows the Kremlin's hidden state (belief, rolls, pending decisions) on the console. */
  readonly revealKremlin: boolean;
  readonly log: readonly FacilitatorLogEntry[];
}

/** Hot seat: after the West decides, the device passes to the Kremlin player, who chooses options. */
export interface HotSeatState {
  readonly enabled: boolean;
  /** 'west': the West sets levers; 'handover': a screen asks to pass the device; 'kremlin': the Kremlin chooses. */
  readonly phase: 'west' | 'handover' | 'kremlin';
  readonly kremlinChoices: readonly KremlinOption[];
}

/** One imported team for the comparison dashboard. */
export interface TeamEntry {
  readonly label: string;
  readonly code: string;
  /** The replayed game, or the reason its code could not be read. */
  readonly result:
    | {
        readonly ok: true;
        readonly scenarioId: string;
        /** The assumptions the team played under (assumption id → option id). */
        readonly assumptions: Readonly<Record<string, string>>;
        readonly seed: number;
        readonly turns: readonly Turn[];
        readonly reports: readonly TurnReport[];
        /** The replayed game's ending (a settlement when the code holds one), or null while it runs. */
        readonly outcome: Outcome | null;
      }
    | { readonly ok: false; readonly error: string };
}

/** What the workshop features add to the store's data. */
export interface WorkshopData {
  /** Assumption id → option id (scenarios/assumptions.json); empty = the scenario's own values. */
  readonly assumptions: Readonly<Record<string, string>>;
  /** The preset the assumptions came from, or null when edited by hand. */
  readonly assumptionPreset: string | null;
  /** The status-quo path under the chosen assumptions, beside baselinePath (the report's). */
  readonly modifiedBaselinePath: readonly TurnReport[];
  /** The replay record: one Turn per completed quarter (policy, injects, overrides, Kremlin choices). */
  readonly turns: readonly Turn[];
  /** Injects fired and overrides made during the current quarter (already applied to `game`). */
  readonly pendingInjects: readonly string[];
  readonly pendingOverrides: readonly Override[];
  readonly facilitator: FacilitatorState;
  readonly hotSeat: HotSeatState;
  /** A bad ?game= code: what is wrong with it, for a message; nothing else changed. */
  readonly shareError: string | null;
  readonly teams: readonly TeamEntry[];
  /** Charts the projector view shows (two or three), chosen by the facilitator. */
  readonly projectorCharts: readonly IndicatorName[];
  readonly tutorial: { readonly enabled: boolean; readonly step: number };
}

/** What the workshop features let screens ask. */
export interface WorkshopActions {
  readonly setAssumption: (assumptionId: string, optionId: string) => void;
  readonly applyAssumptionPreset: (presetId: string) => void;
  /** Rebuilds a game from a share code (scenario, version, assumptions, seed, turns) by replay; a bad code sets shareError only. */
  readonly loadShareCode: (code: string) => void;
  readonly dismissShareError: () => void;
  readonly setFacilitatorMode: (enabled: boolean) => void;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly fireInject: (injectId: string) => void;
  /** The white cell's adjudication of a model outcome, with the reason written down (required, non-empty). */
  readonly overrideOutcome: (target: OverrideTarget, value: number, reason: string) => void;
  readonly setRevealKremlin: (reveal: boolean) => void;
  /** Back to the start of a quarter already played (0 = the start), by replaying the turns before it. */
  readonly rewindTo: (quarterIndex: number) => void;
  readonly setHotSeat: (enabled: boolean) => void;
  /** The Kremlin player has the device: show the options. */
  readonly startKremlinTurn: () => void;
  /** Back from the hand-over to the West's levers, unlocked; nothing is played. */
  readonly cancelHandover: () => void;
  readonly toggleKremlinChoice: (option: KremlinOption) => void;
  /** Ends the quarter with the West's pending policy and the Kremlin player's choices. */
  readonly confirmKremlinTurn: () => void;
  readonly importTeam: (label: string, code: string) => void;
  readonly removeTeam: (index: number) => void;
  readonly setProjectorCharts: (charts: readonly IndicatorName[]) => void;
  readonly setTutorial: (enabled: boolean) => void;
  readonly nextTutorialStep: () => void;
}
