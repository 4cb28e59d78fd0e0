/**
 * The team comparison dashboard: every imported team's path on the key charts (overlaid when the
 * team played this scenario) and a row of outcomes: the posture reached and when, the settlement
 * and its score, final Western cohesion, aid spent, ground taken and Russian casualties. A team
 * from another scenario is listed and marked, never overlaid; a bad code is listed with its error.
 * The charts also carry the posture thresholds and, when every overlaid team played the same seed
 * under the assumptions on screen, the status quo of that war: what changing nothing would have got.
 */
import { quarterLabel, type IndicatorName, type ScenarioParams, type TurnReport } from '../../engine';
import { baselineFor } from '../campaign/campaign-logic';
import { KEY_CHARTS } from '../selectors/chart';
import type { GameStore } from '../store/contract';
import { conditionsOn, memoOnIdentity } from '../selectors/selector-support';
import type { TeamEntry } from '../store/workshop-contract';
import type { StateMessage } from '../store/message-codes';

/** One of the key charts (KEY_CHARTS). */
export type KeyChart = (typeof KEY_CHARTS)[number];

/** A team's outcomes. Aid in €bn, ground in km², casualties in people, cohesion 0–100. */
export interface TeamOutcome {
  /** The highest posture level reached, and the first quarter it was reached (null: never moved). */
  readonly postureReached: {
    readonly level: number;
    /** The level's name in the scenario, or null when the scenario has no such level. */
    readonly name: string | null;
    readonly quarter: string | null;
  };
  /** How the game ended, or null while it runs. */
  readonly ending: 'settlement' | 'collapse' | 'horizon' | null;
  readonly settlement: { readonly quarter: string; readonly score: number } | null;
  /** 0–100 once the game has ended, else null. */
  readonly score: number | null;
  readonly finalCohesion: number | null;
  readonly aidSpentBnEur: number;
  readonly occupiedKm2Gained: number;
  readonly russianCasualties: number;
  readonly quartersPlayed: number;
}

/** One team on the dashboard. */
export interface TeamView {
  readonly index: number;
  /** The name the team was given, or null (the screen names it by its number). */
  readonly label: string | null;
  /** The team's number, counted from 1 in the order the teams were imported. */
  readonly number: number;
  readonly ok: boolean;
  /** Why the code could not be read, for a team that is not ok (a 'share.*' message). */
  readonly error: StateMessage | null;
  readonly scenarioId: string | null;
  /** False for a team from another scenario: listed with its outcomes, not overlaid. */
  readonly sameScenario: boolean;
  /** Per key chart, one value per quarter of this scenario's horizon (null where not played); null when not overlaid. */
  readonly series: Readonly<Record<KeyChart, readonly (number | null)[]>> | null;
  readonly outcome: TeamOutcome | null;
}

/** The whole dashboard. */
export interface TeamComparison {
  readonly scenarioId: string;
  readonly charts: readonly KeyChart[];
  /** Quarter labels of this scenario's horizon, the charts' x axis. */
  readonly quarters: readonly string[];
  readonly teams: readonly TeamView[];
  /** Per key chart, the start values of the posture thresholds drawn on it. */
  readonly thresholds: Readonly<Record<KeyChart, readonly number[]>>;
  /**
   * The status quo over the horizon for the seed every overlaid team played, under the scenario
   * and assumptions on screen; null when the overlaid teams played different seeds or other
   * assumptions (no one war to compare them with), or when none is overlaid.
   */
  readonly statusQuo: {
    readonly seed: number;
    readonly series: Readonly<Record<KeyChart, readonly (number | null)[]>>;
  } | null;
}

/** Two assumption choices are the same (assumption id → option id). */
function sameAssumptions(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The one war the overlaid teams share, if they share one: its seed. */
function sharedSeed(
  teams: readonly TeamEntry[],
  scenarioId: string,
  assumptions: Readonly<Record<string, string>>,
): number | null {
  const overlaid = teams.flatMap((t) =>
    t.result.ok && t.result.scenarioId === scenarioId ? [t.result] : [],
  );
  const first = overlaid[0];
  if (!first) return null;
  const shared = overlaid.every((r) => r.seed === first.seed && sameAssumptions(r.assumptions, assumptions));
  return shared ? first.seed : null;
}

function seriesOf(reports: readonly TurnReport[], horizon: number): Record<KeyChart, (number | null)[]> {
  const entries = KEY_CHARTS.map((name: IndicatorName) => {
    const values = new Array<number | null>(horizon).fill(null);
    for (const r of reports) if (r.quarterIndex < horizon) values[r.quarterIndex] = r.indicators[name];
    return [name, values] as const;
  });
  return Object.fromEntries(entries) as Record<KeyChart, (number | null)[]>;
}

function outcomeOf(result: Extract<TeamEntry['result'], { ok: true }>, params: ScenarioParams): TeamOutcome {
  const { reports, outcome } = result;
  const sum = (f: (r: TurnReport) => number): number => reports.reduce((n, r) => n + f(r), 0);
  const level = reports.reduce((top, r) => Math.max(top, r.indicators.posture), 0);
  const reachedAt = level > 0 ? (reports.find((r) => r.indicators.posture === level)?.quarter ?? null) : null;
  const label = (q: number): string => quarterLabel(params.startYear, params.startQuarter, q);
  return {
    postureReached: {
      level,
      name: params.posture.levels[level]?.name ?? null,
      quarter: reachedAt,
    },
    ending: outcome?.kind ?? null,
    settlement:
      outcome?.kind === 'settlement' ? { quarter: label(outcome.quarterIndex), score: outcome.score } : null,
    score: outcome ? outcome.score : null,
    finalCohesion: reports.at(-1)?.indicators.westernCohesion ?? null,
    aidSpentBnEur: sum((r) => r.policy.aidBnEurPerQuarter),
    occupiedKm2Gained: sum((r) => r.indicators.territoryGainedKm2),
    russianCasualties: sum((r) => r.indicators.casualties),
    quartersPlayed: reports.length,
  };
}

const build = memoOnIdentity(
  (
    scenarioId: string,
    params: ScenarioParams,
    teams: readonly TeamEntry[],
    assumptions: Readonly<Record<string, string>>,
  ): TeamComparison => {
    const horizon = params.horizonQuarters;
    const seed = sharedSeed(teams, scenarioId, assumptions);
    return {
      scenarioId,
      charts: KEY_CHARTS,
      thresholds: Object.fromEntries(
        KEY_CHARTS.map((name) => [name, conditionsOn(name, params).map((c) => c.condition.start)]),
      ) as Record<KeyChart, number[]>,
      statusQuo: seed === null ? null : { seed, series: seriesOf(baselineFor(params, seed), horizon) },
      quarters: Array.from({ length: horizon }, (_, i) =>
        quarterLabel(params.startYear, params.startQuarter, i),
      ),
      teams: teams.map((team, index) => {
        const r = team.result;
        if (!r.ok) {
          const base = {
            index,
            label: team.label,
            number: team.number,
            ok: false,
            error: r.error,
            scenarioId: null,
          };
          return { ...base, sameScenario: false, series: null, outcome: null };
        }
        const sameScenario = r.scenarioId === scenarioId;
        return {
          index,
          label: team.label,
          number: team.number,
          ok: true,
          error: null,
          scenarioId: r.scenarioId,
          sameScenario,
          series: sameScenario ? seriesOf(r.reports, horizon) : null,
          outcome: outcomeOf(r, params),
        };
      }),
    };
  },
);

/** The comparison of the imported teams against the scenario on screen. */
export function selectTeamComparison(s: GameStore): TeamComparison {
  return build(s.scenario.id, s.scenario.params, s.teams, s.assumptions);
}
