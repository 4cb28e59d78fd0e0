/**
 * What the projector window receives: a structural copy of the store's projector snapshot (the
 * UI layer does not import the store), and the words it shows for the game's ending. Pure.
 */
import type { Outcome } from '../../engine';
import { quarterText, interpolate, uiWords } from '../../text';
import type { ChartDataLike } from '../review/chart-spec';

/** One level of Putin's posture track. */
export interface ProjectorLevel {
  readonly level: number;
  readonly name: string;
  readonly current: boolean;
}

/** The snapshot the game window posts. */
export interface ProjectorSnapshotLike {
  /** '2025-Q3'. */
  readonly quarterLabel: string;
  readonly postureTrack: {
    readonly levels: readonly ProjectorLevel[];
    readonly current: number;
    /** "3 of 4 pressures active; his belief that the West will quit: 0.62, shifts below 0.50". */
    readonly sentence: string;
  };
  readonly charts: readonly ChartDataLike[];
  readonly outcome: Outcome | null;
}

/** The ending in words with its score, or null while the game runs. */
export function outcomeLine(outcome: Outcome | null, quarterLabel: string): string | null {
  if (!outcome) return null;
  const words = uiWords().projector;
  const endings = {
    settlement: words.endingSettlement,
    collapse: words.endingCollapse,
    horizon: words.endingHorizon,
  } as const;
  return interpolate(words.outcome, {
    ending: endings[outcome.kind],
    quarter: quarterText(quarterLabel),
    score: String(outcome.score),
  });
}
