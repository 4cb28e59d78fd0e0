/**
 * The sections of a scenario document, one field per engine parameter. Each section is checked
 * against the engine's ScenarioParams with `satisfies`, so a parameter added to or removed from
 * the engine fails the type check here instead of surfacing as a confusing runtime error.
 */
import { z } from 'zod';
import type { ScenarioParams } from '../engine';
import { sourced, sourcedCount, sourcedNumber, table, text } from './schema-parts';

/** A zod shape with exactly the keys of an engine parameter group. */
export type Shape<T> = Record<keyof T, z.ZodType>;
type Params = ScenarioParams;
const n = sourcedNumber;

/** A whole number of at least 1: the horizon, a condition's quarters. */
export const sourcedPositiveCount = sourced(
  z.int().min(1),
  'SourcedPositiveCount',
  'A whole number (1 or more) with its unit and its source keys or the modelling choice it is.',
);

/** Shares of a quarter's aid delivered with a lag: non-negative, with a positive sum. */
const sourcedWeights = sourced(
  z
    .array(z.number().min(0))
    .min(1)
    .check((ctx) => {
      if (!(ctx.value.reduce((sum, w) => sum + w, 0) > 0)) {
        ctx.issues.push({ code: 'custom', message: 'weights must add up to more than 0', input: ctx.value });
      }
    }),
  'SourcedWeights',
  'Non-negative weights (positive sum) with their unit and source keys or the modelling choice they are.',
);

const sanctionsLevel = z
  .strictObject({
    level: z.int().min(0).describe('0, 1, 2 … in order.'),
    name: text,
    summary: text,
    discountFloorUsdPerBbl: n,
    packageShockUsdPerBbl: n,
    dibCapacityPenaltyFraction: n,
    cohesionCostPerQuarter: n,
  } satisfies Shape<Params['policy']['sanctionsLevels'][number]>)
  .meta({ id: 'SanctionsLevel', description: 'One named level of the sanctions control.' });

/** The Western levers: aid markers and the sanctions ladder. */
export const policySection = {
  aidStatusQuoBnEurPerQuarter: n,
  aidUsStopsBnEurPerQuarter: n,
  aidExpandedBnEurPerQuarter: n,
  aidMaxBnEurPerQuarter: n,
  sanctionsStatusQuoLevel: sourcedCount,
  sanctionsLevels: z.array(sanctionsLevel).min(1).describe('The sanctions ladder, level 0 (relief) upwards.'),
} satisfies Shape<Params['policy']>;

/** Stocks and levels at the start of the scenario. */
export const initialSection = {
  tanksActive: n,
  tanksStorageRestorable: n,
  tanksStorageUnrestorable: n,
  ifvApcActive: n,
  ifvApcStorageRestorable: n,
  ifvApcStorageUnrestorable: n,
  artilleryActive: n,
  artilleryStorage: n,
  russianShellStockRounds: n,
  forceStrength: n,
  nwfLiquidTrnRub: n,
  cpiPct: n,
  keyRatePct: n,
  laborShortageM: n,
  uralsDiscountUsdPerBbl: n,
  westernCohesion: n,
  beliefWestQuits: n,
  occupiedKm2: n,
  tempo: n,
} satisfies Shape<Params['initial']>;

/** Armour and artillery: losses, production, refurbishment, rationing curves. */
export const equipmentSection = {
  tankLossBasePerQuarter: n,
  ifvApcLossBasePerQuarter: n,
  artilleryCombatLossBasePerQuarter: n,
  tankNewPerQuarter: n,
  ifvApcNewPerQuarter: n,
  barrelNewPerQuarter: n,
  tankRefurbCapacityPerQuarter: n,
  ifvApcRefurbCapacityPerQuarter: n,
  barrelLifeRounds: n,
  storedGunsPerServiceableBarrel: n,
  tankUseByStockFraction: table,
  ifvApcUseByStockFraction: table,
  droneArmourFactorByQuarter: table,
  warFootingSalvageFractionPerQuarter: n,
} satisfies Shape<Params['equipment']>;

/** Shells: Russian demand and supply, Ukrainian fire as a function of aid. */
export const ammunitionSection = {
  russianDemandRoundsPerQuarter: n,
  russianDemandGunShareCapFraction: n,
  russianDomesticRoundsPerQuarter: n,
  northKoreaGrossRoundsByQuarter: table,
  northKoreaDudFraction: n,
  northKoreaSurgeGrossRoundsPerQuarter: n,
  iranRoundsPerQuarter: n,
  chinaRoundsPerQuarter: n,
  ukraineBaseRoundsPerQuarter: n,
  ukraineFireByAidRatio: table,
  westernOutputByQuarter: table,
  aidDeliveryWeights: sourcedWeights,
} satisfies Shape<Params['ammunition']>;

/** Casualties and territory. */
export const battlefieldSection = {
  casualtiesBasePerQuarter: n,
  pressureElasticity: n,
  infantrySubstitutionPenalty: n,
  territoryBaseKm2PerQuarter: n,
  fireRatioReference: n,
  fireRatioTerritoryElasticity: n,
  armourTerritoryWeight: n,
  pressureTerritoryElasticity: n,
  casualtyNoiseFraction: n,
  fireRatioMax: n,
  fireRatioMinForTerritory: n,
  casualtyNoiseFloorMultiplier: n,
  territoryNoiseScaleOfCasualtyNoise: n,
  territoryNoiseFloorMultiplier: n,
} satisfies Shape<Params['battlefield']>;

/** Recruitment, mobilisation and the labour it draws. */
export const manpowerSection = {
  recruitsBasePerQuarter: n,
  recruitDecayPerQuarter: n,
  bonusElasticity: n,
  permanentLossFraction: n,
  northKoreaTroopsPerRequest: n,
  mobilisationSize: n,
  mobilisationReadyFirstQuarterFraction: n,
  emigrantsPerMobilised: n,
  recruitLabourFraction: n,
  poolExpansionFraction: n,
  paymentCutRecruitPenaltyFraction: n,
} satisfies Shape<Params['manpower']>;

/** Russia's budget, its financing, inflation and the key rate. */
export const economySection = {
  brentUsdByQuarter: table,
  oilPriceNoiseUsd: n,
  brentFloorUsdPerBbl: n,
  uralsFloorUsdPerBbl: n,
  budgetUralsUsdPerBbl: n,
  oilGasRevenueAtBudgetPriceTrnRubPerQuarter: n,
  oilGasRevenuePerUsdTrnRubPerQuarter: n,
  oilGasRevenueFloorTrnRubPerQuarter: n,
  nonOilRevenueTrnRubPerQuarter: n,
  nonDefenceSpendingTrnRubPerQuarter: n,
  defenceSpendingPlanTrnRubPerQuarter: n,
  casualtiesInPlanPerQuarter: n,
  costPerCasualtyAbovePlanMRub: n,
  firstQuarterFrontLoadTrnRub: n,
  debtServiceTrnRubPerQuarter: n,
  newDebtBudgetedRatePct: n,
  netBorrowingCapTrnRubPerQuarter: n,
  goldRevaluationTrnRubPerQuarter: n,
  fiscalRulePriceUsdPerBbl: n,
  fiscalRuleTrnRubPerUsd: n,
  gdpTrnRubPerYear: n,
  sanctionsEvasionRetentionPerQuarter: n,
  inflationAnchorPct: n,
  inflationPersistence: n,
  inflationDeficitCoefficient: n,
  inflationLabourCoefficient: n,
  inflationRealRateCoefficient: n,
  neutralRealRatePct: n,
  inflationMonetisationCoefficient: n,
  perceivedInflationMultiplier: n,
  cpiMinPct: n,
  cpiMaxPct: n,
  keyRateSpreadPp: n,
  keyRateAdjustment: n,
  keyRateMinPct: n,
  keyRateMaxPct: n,
  dibHiringMPerQuarter: n,
  labourEasingMPerQuarter: n,
} satisfies Shape<Params['economy']>;

/** Western cohesion and Putin's belief that the West will quit. */
export const westSection = {
  cohesionMax: n,
  cohesionFatiguePerQuarter: n,
  cohesionCostPerBnEurAboveStatusQuo: n,
  cohesionGainPerBnEurBelowStatusQuo: n,
  cohesionGainPerActivePressure: n,
  cohesionGainPerPostureLevel: n,
  cohesionLossPerKm2AboveReference: n,
  territoryReferenceKm2PerQuarter: n,
  beliefChangeByAidRatio: table,
  beliefRiseBelowCohesion: n,
  beliefRisePerQuarterWhenCohesionLow: n,
} satisfies Shape<Params['west']>;

/** The Kremlin's options: tempo, bonuses, taxes, mobilisation, war footing, foreign supply. */
export const kremlinSection = {
  tempoReduced: n,
  tempoRaised: n,
  raiseTempoBeliefAbove: n,
  raiseTempoFireRatioAbove: n,
  bonusRaiseFactor: n,
  bonusRaiseCostTrnRubPerQuarter: n,
  bonusIndexMax: n,
  paymentCutSavingTrnRubPerQuarter: n,
  vatRiseRevenueTrnRubPerQuarter: n,
  vatRiseInflationPp: n,
  mobilisationProbability: n,
  mobilisationInflationPp: n,
  mobilisationCostTrnRub: n,
  mobilisationPostureFreezeQuarters: n,
  warFootingProbability: n,
  warFootingLagQuarters: n,
  warFootingCapacityMultiplier: n,
  warFootingInflationPp: n,
  warFootingCostTrnRubPerQuarter: n,
  northKoreaSurgeQuarters: n,
  chinaProbability: n,
  chinaTanksPerQuarter: n,
  chinaIfvApcPerQuarter: n,
  decisionCooldownQuarters: n,
  bonusReplacementRatioBelow: n,
  bonusRaiseInflationPp: n,
  northKoreaShellsFireRatioBelow: n,
  iranRussianFireBelowUkrainianFraction: n,
  chinaPressuresRequired: n,
  chinaSecondarySanctionsLevel: n,
  chinaSupplyRetainedUnderSecondarySanctions: n,
} satisfies Shape<Params['kremlin']>;
