/** Words for the debrief: forecast verdicts and the explanation of the score. Pure. */
import { countOf, NOUNS } from '../../text';

/** How a game compared with one of the report's forecasts. */
export type ForecastVerdict = 'as-forecast' | 'earlier' | 'later' | 'not-yet';

/** A verdict in words, with the quarter it happened when it did. */
export function verdictWords(verdict: ForecastVerdict, quarter: string | null): string {
  switch (verdict) {
    case 'as-forecast':
      return `Happened as forecast, in ${quarter ?? '—'}`;
    case 'earlier':
      return `Happened earlier than forecast, in ${quarter ?? '—'}`;
    case 'later':
      return `Happened later than forecast, in ${quarter ?? '—'}`;
    case 'not-yet':
      return 'Did not happen in this game';
  }
}

/** Weights and penalties of the settlement score, and the horizon score's points (scenario data). */
export interface ScoreRules {
  readonly weightUs: number;
  readonly weightUkraine: number;
  readonly weightEurope: number;
  readonly penaltyPerQuarter: number;
  readonly penaltyPerHundredBnEur: number;
  /** Points per posture level reached when the horizon ends the game. */
  readonly horizonPerPostureLevel: number;
  /** Points per point of Western cohesion left when the horizon ends the game. */
  readonly horizonPerCohesionPoint: number;
}

/** What the game's score was computed from. Aid in €bn; cohesion 0–100. */
export interface ScoreFacts {
  readonly score: number;
  readonly quarters: number;
  readonly aidSpentBnEur: number;
  readonly postureLevel: number;
  readonly postureName: string;
  readonly cohesion: number;
}

const one = (v: number): string => String(Math.round(v * 10) / 10);

function settlementRule(r: ScoreRules): string {
  return `A settlement scores how acceptable its terms are to the United States (weight ${r.weightUs}), Ukraine (weight ${r.weightUkraine}) and Europe (weight ${r.weightEurope}), out of 100, minus ${countOf(r.penaltyPerQuarter, NOUNS.point)} for each quarter the war went on and ${r.penaltyPerHundredBnEur} for each €100 bn of aid spent.`;
}

/**
 * What the score is made of, in sentences that describe the score actually given: a settlement's
 * acceptability minus time and aid, the horizon's points for posture and cohesion, or a collapse's 0.
 */
export function scoreExplanation(
  kind: 'settlement' | 'collapse' | 'horizon' | null,
  r: ScoreRules,
  f: ScoreFacts,
): string[] {
  if (kind === 'settlement') {
    const time = r.penaltyPerQuarter * f.quarters;
    const aid = (r.penaltyPerHundredBnEur * f.aidSpentBnEur) / 100;
    return [
      settlementRule(r),
      `Here: ${countOf(f.quarters, NOUNS.quarter)} of war cost ${one(time)} points and €${one(f.aidSpentBnEur)} bn of aid cost ${one(aid)}, which leaves ${f.score} of 100.`,
    ];
  }
  if (kind === 'collapse')
    return [
      `Western cohesion fell to zero and the coalition broke, so there is no settlement to score: ${f.score} of 100.`,
      settlementRule(r),
    ];
  if (kind === 'horizon') {
    const posture = r.horizonPerPostureLevel * f.postureLevel;
    const cohesion = r.horizonPerCohesionPoint * f.cohesion;
    return [
      `No settlement was reached before the horizon, so the score counts the leverage built and the coalition still standing: ${countOf(r.horizonPerPostureLevel, NOUNS.point)} for each level of Putin’s posture (he ended at level ${f.postureLevel}, “${f.postureName}”: ${one(posture)} points) plus ${r.horizonPerCohesionPoint} for each point of Western cohesion left (${one(f.cohesion)} left: ${one(cohesion)} points), which gives ${f.score} of 100.`,
      `${settlementRule(r)} A good settlement is meant to beat running out the clock.`,
    ];
  }
  return ['The game has not ended yet.', settlementRule(r)];
}
