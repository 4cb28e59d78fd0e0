/**
 * The front: Russian casualties and territory gained. Casualties scale with tempo, the pressure
 * of Ukrainian fire and an infantry-substitution penalty as armour is rationed [13]-[16] (model
 * reference §3.2 step 4). Gains scale with tempo, the fire ratio [20] and armour use, and shrink
 * under Ukrainian pressure (§3.2 step 7). Casualties per km² gained is the report's "burn rates …
 * disproportionate to the territorial gains" (final section).
 */
import { clamp } from '../lookup';
import type { ScenarioParams } from '../params';

/** Inputs of the front this quarter. */
export interface FrontInput {
  readonly tempo: number;
  readonly pressure: number;
  readonly armourUseMean: number;
  readonly fireRatio: number;
  /** Standard-normal shocks drawn for this quarter. */
  readonly casualtyShock: number;
  readonly territoryShock: number;
  /** Territory of Ukraine not yet occupied, km²: the most the front can still gain. */
  readonly unoccupiedKm2: number;
}

/** Casualties, km² gained and the cost of an advance. */
export interface FrontResult {
  readonly casualties: number;
  readonly territoryGainedKm2: number;
  readonly casualtiesPerKm2: number;
}

/** Russian fire ÷ Ukrainian fire, bounded by the scenario's fireRatioMax so an empty side does not give infinity. */
export function fireRatio(russianRounds: number, ukrainianRounds: number, params: ScenarioParams): number {
  return Math.min(params.battlefield.fireRatioMax, russianRounds / Math.max(ukrainianRounds, 1));
}

/** Casualties and territory for the quarter. */
export function front(input: FrontInput, params: ScenarioParams): FrontResult {
  const b = params.battlefield;
  const noise = b.casualtyNoiseFraction;
  const casualties =
    b.casualtiesBasePerQuarter *
    input.tempo *
    input.pressure *
    (1 + b.infantrySubstitutionPenalty * (1 - input.armourUseMean)) *
    Math.max(b.casualtyNoiseFloorMultiplier, 1 + noise * input.casualtyShock);
  const ratioTerm = Math.pow(
    Math.max(b.fireRatioMinForTerritory, input.fireRatio) / b.fireRatioReference,
    b.fireRatioTerritoryElasticity,
  );
  const armourTerm = 1 - b.armourTerritoryWeight + b.armourTerritoryWeight * input.armourUseMean;
  const territory =
    (b.territoryBaseKm2PerQuarter * input.tempo * ratioTerm * armourTerm) /
    Math.pow(input.pressure, b.pressureTerritoryElasticity);
  const territoryNoise = b.territoryNoiseScaleOfCasualtyNoise * noise;
  // Modelling bound: the advance saturates once all of Ukraine is occupied.
  const territoryGainedKm2 = clamp(
    territory * Math.max(b.territoryNoiseFloorMultiplier, 1 + territoryNoise * input.territoryShock),
    0,
    Math.max(0, input.unoccupiedKm2),
  );
  return {
    casualties,
    territoryGainedKm2,
    casualtiesPerKm2: casualties / Math.max(territoryGainedKm2, 1),
  };
}
