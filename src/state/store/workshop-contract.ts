/**
 * The records the workshop's slices share (the facilitator's log and console, the hot seat, the
 * team comparison's entries); the slices that hold them declare their fields in their own files.
 */
import type { KremlinOption, Outcome, Turn, TurnReport } from '../../engine';
import type { StateMessage } from './message-codes';

/**
 * One thing the facilitator did, for the log and the after-action review: a message whose code
 * ('log.injectFired', values id and title; 'log.override', target, value and reason; 'log.rewound',
 * quarter …) the text layer words, e.g. 'Fired inject “The oil price falls $10”'.
 */
export interface FacilitatorLogEntry extends StateMessage {
  /** Quarter index when it happened (the quarter being decided). */
  readonly quarterIndex: number;
  readonly kind: 'pause' | 'resume' | 'inject' | 'override' | 'reveal' | 'rewind' | 'hot-seat';
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
  /** The name the facilitator gave the team, or null when none was given (the screen names it by number). */
  readonly label: string | null;
  /** The team's number, counted from 1 in the order the teams were imported. */
  readonly number: number;
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
    | { readonly ok: false; readonly error: StateMessage };
}
