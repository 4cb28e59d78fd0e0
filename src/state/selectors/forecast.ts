/**
 * What the forecast's caption and odds say about the bands: the ones on screen, or, while the
 * runs for a new position of the levers or new forecast options are under way, the ones coming.
 */
import { quarterLabel } from '../../engine';
import { bandsJobFor, currentBands } from '../bands/bands-slice';
import type { GameStore } from '../store/contract';
import { bandRunsOf, type BandRuns } from './chart';

/** The bands' status: what they rest on, the label of the last quarter they reach, and whether they have arrived. */
export interface BandsStatus extends BandRuns {
  /** '2026-Q1': the last quarter run (cut at the horizon). */
  readonly lastLabel: string;
  /** True when these are the bands on screen; false while their runs are under way. */
  readonly ready: boolean;
}

/** The status of the bands for the game on screen, or null when no game is in play. */
export function selectBandsStatus(s: GameStore): BandsStatus | null {
  const job = bandsJobFor(s);
  if (!job) return null;
  const { params } = s.scenario;
  const label = (q: number): string => quarterLabel(params.startYear, params.startQuarter, q);
  const ready = bandRunsOf(currentBands(s));
  if (ready) return { ...ready, lastLabel: label(ready.lastQuarter), ready: true };
  const quarters = Math.max(0, Math.min(job.quarters, params.horizonQuarters - job.game.quarterIndex));
  const lastQuarter = job.game.quarterIndex + quarters - 1;
  return {
    runs: job.runs,
    seed: job.seed,
    disputed: job.disputed.length > 0,
    quarters,
    lastQuarter,
    lastLabel: label(lastQuarter),
    ready: false,
  };
}
