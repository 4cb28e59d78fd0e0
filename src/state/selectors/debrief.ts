/**
 * The debrief: how the game ended, the quarter-by-quarter timeline of decisions and of the Kremlin's
 * moves, the report's forecasts beside what happened, and the totals of the war.
 */
import {
  quarterLabel,
  type GameState,
  type Message,
  type Outcome,
  type ReportEvent,
  type ScenarioParams,
  type TurnReport,
} from '../../engine';
import { checkForecasts, type ForecastCheck } from '../../scenario/report-forecasts';
import type { GameStore } from '../store/contract';
import { message } from '../store/message-codes';
import { memoOnIdentity, startState } from './selector-support';

/** Report event categories the timeline keeps: decisions of the other side and their turning points. */
export const TIMELINE_CATEGORIES: readonly ReportEvent['category'][] = [
  'kremlin',
  'threshold',
  'posture',
  'outcome',
];

/** One quarter of the timeline. Aid in €bn for the quarter; posture levels (0 = maximalist). */
export interface TimelineEntry {
  readonly quarter: string;
  readonly aid: number;
  readonly sanctions: number;
  readonly postureBefore: number;
  readonly postureAfter: number;
  readonly events: readonly ReportEvent[];
}

/** Totals over the quarters played. */
export interface DebriefTotals {
  readonly aidSpentBnEur: number;
  readonly quarters: number;
  readonly occupiedKm2Gained: number;
  readonly russianCasualties: number;
}

/** Everything the debrief screen shows. */
export interface Debrief {
  /** Null while the game is still running. */
  readonly outcome: Outcome | null;
  /** 0–100; 0 for a collapse, the horizon, or a game still running. */
  readonly score: number;
  /** How the game ended, or that it goes on: 'outcome.settlement' (quarter, score), 'outcome.collapse', 'outcome.horizon' (quarter) or 'outcome.running'. */
  readonly headline: Message;
  readonly timeline: readonly TimelineEntry[];
  readonly forecasts: readonly ForecastCheck[];
  readonly totals: DebriefTotals;
}

/** How the game ended, as a message; the quarter as a label ('2025-Q4'). */
function headline(outcome: Outcome | null, params: ScenarioParams): Message {
  if (!outcome) return message('outcome.running');
  const quarter = quarterLabel(params.startYear, params.startQuarter, outcome.quarterIndex);
  return outcome.kind === 'settlement'
    ? message('outcome.settlement', { quarter, score: outcome.score })
    : message(`outcome.${outcome.kind}`, { quarter });
}

const build = memoOnIdentity(
  (
    params: ScenarioParams,
    start: GameState,
    game: GameState | null,
    history: readonly TurnReport[],
  ): Debrief => {
    const outcome = game?.outcome ?? null;
    const sum = (f: (r: TurnReport) => number): number => history.reduce((n, r) => n + f(r), 0);
    return {
      outcome,
      score: outcome?.score ?? 0,
      headline: headline(outcome, params),
      timeline: history.map((r, i) => ({
        quarter: r.quarter,
        aid: r.policy.aidBnEurPerQuarter,
        sanctions: r.policy.sanctionsLevel,
        postureBefore: history[i - 1]?.indicators.posture ?? start.posture.level,
        postureAfter: r.indicators.posture,
        events: r.events.filter((e) => TIMELINE_CATEGORIES.includes(e.category)),
      })),
      forecasts: checkForecasts(history),
      totals: {
        aidSpentBnEur: sum((r) => r.policy.aidBnEurPerQuarter),
        quarters: history.length,
        occupiedKm2Gained: sum((r) => r.indicators.territoryGainedKm2),
        russianCasualties: sum((r) => r.indicators.casualties),
      },
    };
  },
);

/** The debrief of the current game. */
export function selectDebrief(s: GameStore): Debrief {
  return build(s.scenario.params, startState(s), s.game, s.history);
}
