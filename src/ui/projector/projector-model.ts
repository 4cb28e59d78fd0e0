/**
 * What the projector window receives: a structural copy of the store's projector snapshot (the
 * UI layer does not import the store), and the words it shows for the game's ending. Pure.
 */
import type { Outcome } from '../../engine';
import { quarterText } from '../../text';
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

const ENDINGS = {
  settlement: 'Settlement signed',
  collapse: 'The coalition collapsed',
  horizon: 'The war goes on: the campaign is over',
} as const;

/** The ending in words with its score, or null while the game runs. */
export function outcomeLine(outcome: Outcome | null, quarterLabel: string): string | null {
  if (!outcome) return null;
  return `${ENDINGS[outcome.kind]} in ${quarterText(quarterLabel)}. Score ${outcome.score} / 100.`;
}
