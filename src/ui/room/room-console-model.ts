/**
 * What the facilitator's room console shows and where its controls send the facilitator's
 * decisions. Structural types only: the app computes the props from the store (the UI layer does
 * not import it) and turns the actions into the room's settings and actions.
 */

/** One team in the console's table, in words. */
export interface ConsoleTeamRow {
  readonly id: string;
  readonly name: string;
  readonly posture: string;
  readonly cohesion: string;
  /** "Connected" or "Not connected": whether a device of the team is in the room now. */
  readonly device: string;
  /** "Deciding Q3 2025", "Ended Q3 2025, waiting", "Game over: …". */
  readonly state: string;
  /** True once the team has ended the quarter the room waits on (or its game is over). */
  readonly done: boolean;
  /** The last levers, or "Hidden" words when not revealed to the teams (the facilitator always sees them). */
  readonly levers: string;
}

/** A field the facilitator may override, with its bounds in its unit. */
export interface ConsoleOverrideChoice {
  readonly target: string;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly wholeSteps: boolean;
}

/** The console's props. */
export interface RoomConsoleProps {
  readonly title: string;
  readonly connectionText: string;
  readonly teams: readonly ConsoleTeamRow[];
  readonly pace: 'free' | 'locked';
  readonly paused: boolean;
  readonly reveal: boolean;
  readonly projectorView: 'all' | 'team' | 'posture' | 'join';
  readonly projectorTeamId: string | null;
  /** "Open Q3 2025 for every team", or null in free pace or once every quarter is open. */
  readonly openNextText: string | null;
  /** "Open up to Q2 2025" in locked pace. */
  readonly openedText: string | null;
  readonly clockText: string | null;
  readonly injects: readonly { readonly id: string; readonly title: string }[];
  readonly overrides: readonly ConsoleOverrideChoice[];
  /** Quarters a team may be rewound to (the start of each quarter played by some team). */
  readonly rewindQuarters: readonly { readonly index: number; readonly label: string }[];
  /** Each team with a game: its review link (a share-code link that opens its after-action review). */
  readonly reviews: readonly { readonly teamId: string; readonly label: string; readonly href: string }[];
}

/** A join link with its QR code (a data: URL of a PNG). */
export interface JoinLink {
  readonly label: string;
  readonly url: string;
  readonly qr: string;
}

/** Where the console's controls go; `team` null means every team. */
export interface RoomConsoleActions {
  readonly setPace: (pace: 'free' | 'locked') => void;
  /** Opens the next quarter for every team, with a countdown of `minutes` (0 for none). */
  readonly openNext: (minutes: number) => void;
  readonly setPaused: (paused: boolean) => void;
  readonly setReveal: (reveal: boolean) => void;
  readonly setProjector: (view: RoomConsoleProps['projectorView'], teamId: string | null) => void;
  readonly inject: (team: string | null, injectId: string) => string;
  readonly override: (team: string | null, target: string, value: number, reason: string) => string;
  readonly rewind: (team: string, toQuarter: number) => string;
  readonly compare: () => void;
  readonly exportCodes: () => void;
}
