/**
 * Manpower: contract recruitment [31] decaying as the pool of men willing to sign for money is
 * used up [32][33] (E38, about −6 %/yr), barely moved by bonuses (elasticity ≈ 0.1, E39), cut by
 * payment cuts [44][45]; the force in the zone gains recruits, North Korean troops [38] and
 * trained mobilised men, and loses the permanent share of casualties (p ≈ 0.75, E37).
 */
import { withinRange } from '../invariants';
import type { ScenarioParams } from '../params';
import type { GameState } from '../types';

/** Recruits signed this quarter. */
export function recruitsThisQuarter(
  manpower: GameState['manpower'],
  quarterIndex: number,
  params: ScenarioParams,
): number {
  const m = params.manpower;
  return (
    m.recruitsBasePerQuarter *
    Math.pow(m.recruitDecayPerQuarter, quarterIndex) *
    manpower.recruitPoolIndex *
    Math.pow(manpower.bonusIndex, m.bonusElasticity) *
    (manpower.paymentsCut ? 1 - m.paymentCutRecruitPenaltyFraction : 1)
  );
}

/** The force after a quarter and its net change. */
export interface ForceStep {
  readonly forceStrength: number;
  readonly forceChange: number;
  readonly mobilisedReady: number;
  readonly mobilisedInTraining: number;
}

/** Integrates the force: recruits, foreign troops and trained mobilised men in; permanent losses out. */
export function integrateForce(
  manpower: GameState['manpower'],
  recruits: number,
  foreignTroops: number,
  casualties: number,
  params: ScenarioParams,
): ForceStep {
  const mobilisedReady = manpower.mobilisedInTraining;
  const change =
    recruits + foreignTroops + mobilisedReady - params.manpower.permanentLossFraction * casualties;
  // Modelling bound: the force saturates at the top of its documented range (never below none).
  const forceStrength = withinRange('forceStrength', manpower.forceStrength + change);
  return {
    forceStrength,
    forceChange: forceStrength - manpower.forceStrength,
    mobilisedReady,
    mobilisedInTraining: 0,
  };
}
