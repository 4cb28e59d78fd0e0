/**
 * The West: Western cohesion (political will, 0–100) and Putin's belief that the West will quit.
 * Cohesion is the constraint that makes the player choose: aid above the status quo and the energy
 * pain of sanctions drain it, fatigue wears it, big Russian gains shake it, and visible Russian
 * weakness (pressures active, a softer posture) restores it. All its coefficients are modelling
 * choices. The belief moves with aid only (model reference §3.3): the report warns that sanctions
 * alone will not change Putin's theory of victory (final section); a faltering coalition raises it.
 */
import { clamp, lookup } from '../lookup';
import type { ScenarioParams } from '../params';

/** Inputs of the West's quarter. */
export interface WestInput {
  readonly cohesion: number;
  readonly belief: number;
  readonly aidBnEur: number;
  readonly sanctionsLevel: number;
  readonly activePressures: number;
  readonly postureLevel: number;
  readonly territoryGainedKm2: number;
}

/** Cohesion and belief after the quarter, with the parts of the cohesion change for the report. */
export interface WestStep {
  readonly cohesion: number;
  readonly belief: number;
  readonly cohesionFromAid: number;
  readonly cohesionFromSanctions: number;
  readonly cohesionFromRussianWeakness: number;
  readonly cohesionFromFront: number;
}

/** Cohesion cost (negative) or gain of an aid level alone, points per quarter; the UI shows it beside the slider. */
export function cohesionEffectOfAid(aidBnEur: number, params: ScenarioParams): number {
  const w = params.west;
  const sq = params.policy.aidStatusQuoBnEurPerQuarter;
  return aidBnEur > sq
    ? -w.cohesionCostPerBnEurAboveStatusQuo * (aidBnEur - sq)
    : w.cohesionGainPerBnEurBelowStatusQuo * (sq - aidBnEur);
}

/** Cohesion cost (negative) of a sanctions level alone, points per quarter. */
export function cohesionEffectOfSanctions(level: number, params: ScenarioParams): number {
  return -(params.policy.sanctionsLevels[level]?.cohesionCostPerQuarter ?? 0);
}

/** Advances cohesion and Putin's belief by one quarter. */
export function stepWest(input: WestInput, params: ScenarioParams): WestStep {
  const w = params.west;
  const fromAid = cohesionEffectOfAid(input.aidBnEur, params);
  const fromSanctions = cohesionEffectOfSanctions(input.sanctionsLevel, params);
  const fromWeakness =
    w.cohesionGainPerActivePressure * input.activePressures +
    w.cohesionGainPerPostureLevel * input.postureLevel;
  const fromFront =
    -w.cohesionLossPerKm2AboveReference *
    Math.max(0, input.territoryGainedKm2 - w.territoryReferenceKm2PerQuarter);
  const cohesion = clamp(
    input.cohesion - w.cohesionFatiguePerQuarter + fromAid + fromSanctions + fromWeakness + fromFront,
    0,
    w.cohesionMax,
  );
  const aidRatio = input.aidBnEur / params.policy.aidStatusQuoBnEurPerQuarter;
  const weakCoalition = cohesion < w.beliefRiseBelowCohesion ? w.beliefRisePerQuarterWhenCohesionLow : 0;
  const belief = clamp(input.belief + lookup(w.beliefChangeByAidRatio, aidRatio) + weakCoalition, 0, 1);
  return {
    cohesion,
    belief,
    cohesionFromAid: fromAid,
    cohesionFromSanctions: fromSanctions,
    cohesionFromRussianWeakness: fromWeakness,
    cohesionFromFront: fromFront,
  };
}
