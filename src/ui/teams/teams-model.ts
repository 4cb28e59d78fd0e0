/**
 * The team comparison as the dialog reads it: a structural copy of what the store's comparison
 * selector returns (the UI layer does not import the store), and the part of the store's state
 * and actions the dialog uses.
 */
import type { IndicatorName } from '../../engine';

/** A team's outcomes. Aid in €bn, ground in km², casualties in people, cohesion 0–100. */
export interface TeamOutcomeView {
  readonly postureReached: { readonly level: number; readonly name: string; readonly quarter: string | null };
  readonly ending: 'settlement' | 'collapse' | 'horizon' | null;
  readonly settlement: { readonly quarter: string; readonly score: number } | null;
  readonly score: number | null;
  readonly finalCohesion: number | null;
  readonly aidSpentBnEur: number;
  readonly occupiedKm2Gained: number;
  readonly russianCasualties: number;
  readonly quartersPlayed: number;
}

/** One team on the dashboard. */
export interface TeamRowView {
  readonly index: number;
  readonly label: string;
  readonly ok: boolean;
  readonly error: string | null;
  readonly scenarioId: string | null;
  readonly sameScenario: boolean;
  /** Per key chart, one value per quarter of the horizon (null where not played); null when not overlaid. */
  readonly series: Readonly<Partial<Record<IndicatorName, readonly (number | null)[]>>> | null;
  readonly outcome: TeamOutcomeView | null;
}

/** The whole dashboard. */
export interface TeamComparisonView {
  readonly scenarioId: string;
  readonly charts: readonly IndicatorName[];
  /** Quarter labels of the horizon ('2025-Q1' …). */
  readonly quarters: readonly string[];
  readonly teams: readonly TeamRowView[];
  /** Per key chart, the start values of the posture thresholds drawn on it. */
  readonly thresholds: Readonly<Partial<Record<IndicatorName, readonly number[]>>>;
  /** The status quo of the war the overlaid teams share (their seed), or null when they share none. */
  readonly statusQuo: {
    readonly seed: number;
    readonly series: Readonly<Partial<Record<IndicatorName, readonly (number | null)[]>>>;
  } | null;
}

/** The part of the store's state the dialog reads and the actions it calls. */
export interface TeamsState {
  /** Compared by identity to know when to redraw. */
  readonly teams: readonly unknown[];
  readonly scenario: { readonly name: string };
  readonly importTeam: (label: string, code: string) => void;
  readonly removeTeam: (index: number) => void;
}

/** The game's store as the dialog uses it (zustand's vanilla store satisfies it). */
export interface TeamsStoreLike {
  getState(): TeamsState;
  subscribe(listener: (state: TeamsState, previous: TeamsState) => void): () => void;
}

/** Reads the comparison from the store's state (the store's selectTeamComparison). */
export type SelectTeamComparison = (state: never) => TeamComparisonView;
