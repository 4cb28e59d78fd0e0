/** Words for the debrief: forecast verdicts and the explanation of the score. Pure. */
import { countOf, nouns, interpolate, uiWords } from '../../text';

/** How a game compared with one of the report's forecasts. */
export type ForecastVerdict = 'as-forecast' | 'earlier' | 'later' | 'not-yet';

/** A verdict in words, with the quarter it happened when it did. */
export function verdictWords(verdict: ForecastVerdict, quarter: string | null): string {
  switch (verdict) {
    case 'as-forecast':
      return interpolate(uiWords().debrief.verdictAsForecast, { quarter: quarter ?? '—' });
    case 'earlier':
      return interpolate(uiWords().debrief.verdictEarlier, { quarter: quarter ?? '—' });
    case 'later':
      return interpolate(uiWords().debrief.verdictLater, { quarter: quarter ?? '—' });
    case 'not-yet':
      return uiWords().debrief.verdictNotYet;
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
  return interpolate(uiWords().debrief.settlementRule, {
    weightUs: String(r.weightUs),
    weightUkraine: String(r.weightUkraine),
    weightEurope: String(r.weightEurope),
    perQuarter: countOf(r.penaltyPerQuarter, nouns().point),
    perHundredBn: String(r.penaltyPerHundredBnEur),
  });
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
      interpolate(uiWords().debrief.settlementScore, {
        quarters: countOf(f.quarters, nouns().quarter),
        timeCost: one(time),
        aid: one(f.aidSpentBnEur),
        aidCost: one(aid),
        score: String(f.score),
      }),
    ];
  }
  if (kind === 'collapse')
    return [interpolate(uiWords().debrief.collapseScore, { score: String(f.score) }), settlementRule(r)];
  if (kind === 'horizon') {
    const posture = r.horizonPerPostureLevel * f.postureLevel;
    const cohesion = r.horizonPerCohesionPoint * f.cohesion;
    return [
      interpolate(uiWords().debrief.horizonScore, {
        perLevel: countOf(r.horizonPerPostureLevel, nouns().point),
        level: String(f.postureLevel),
        postureName: f.postureName,
        posturePoints: one(posture),
        perCohesionPoint: String(r.horizonPerCohesionPoint),
        cohesion: one(f.cohesion),
        cohesionPoints: one(cohesion),
        score: String(f.score),
      }),
      interpolate(uiWords().debrief.horizonRule, { settlementRule: settlementRule(r) }),
    ];
  }
  return [uiWords().debrief.notEnded, settlementRule(r)];
}
