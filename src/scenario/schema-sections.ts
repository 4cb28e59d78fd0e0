/**
 * The sections of a scenario document, one field per engine parameter. Each section is checked
 * against the engine's ScenarioParams with `satisfies`, so a parameter added to or removed from
 * the engine fails the type check here instead of surfacing as a confusing runtime error.
 */
import { z } from 'zod';
import { INDICATOR_RANGES, type Indicators, type ScenarioParams } from '../engine';
import {
  nonNegativeTable,
  shareTable,
  sourced,
  sourcedBetween,
  sourcedCount,
  sourcedNonNegative,
  sourcedNumber,
  sourcedPositive,
  sourcedShare,
  table,
  text,
} from './schema-parts';

/** A zod shape with exactly the keys of an engine parameter group. */
export type Shape<T> = Record<keyof T, z.ZodType>;
type Params = ScenarioParams;
/** Any number: a change or an offset that may go either way. */
const n = sourcedNumber;
/** 0 or more: stocks, capacities, rates, costs, caps, coefficients whose sign is physical. */
const nonNeg = sourcedNonNegative;
/** Above 0: a reference the engine divides by. */
const pos = sourcedPositive;
/** 0 to 1: shares, fractions, probabilities. */
const share = sourcedShare;
/** Inside the documented range of the indicator the value is read as (INDICATOR_RANGES). */
const inRangeOf = (indicator: keyof Indicators) => sourcedBetween(...INDICATOR_RANGES[indicator]);

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
    discountFloorUsdPerBbl: inRangeOf('uralsDiscountUsdPerBbl'),
    packageShockUsdPerBbl: nonNeg,
    dibCapacityPenaltyFraction: share,
    cohesionCostPerQuarter: n,
  } satisfies Shape<Params['policy']['sanctionsLevels'][number]>)
  .meta({ id: 'SanctionsLevel', description: 'One named level of the sanctions control.' });

/** The Western levers: aid markers and the sanctions ladder. */
export const policySection = {
  aidStatusQuoBnEurPerQuarter: pos,
  aidUsStopsBnEurPerQuarter: nonNeg,
  aidExpandedBnEurPerQuarter: nonNeg,
  aidMaxBnEurPerQuarter: inRangeOf('aidBnEur'),
  sanctionsStatusQuoLevel: sourcedCount,
  sanctionsLevels: z
    .array(sanctionsLevel)
    .min(1)
    .max(INDICATOR_RANGES.sanctionsLevel[1] + 1)
    .describe('The sanctions ladder, level 0 (relief) upwards.'),
} satisfies Shape<Params['policy']>;

/** Stocks and levels at the start of the scenario. */
export const initialSection = {
  tanksActive: inRangeOf('tanksActive'),
  tanksStorageRestorable: inRangeOf('tanksStorageRestorable'),
  tanksStorageUnrestorable: nonNeg,
  ifvApcActive: inRangeOf('ifvApcActive'),
  ifvApcStorageRestorable: inRangeOf('ifvApcStorageRestorable'),
  ifvApcStorageUnrestorable: nonNeg,
  artilleryActive: sourcedBetween(1, INDICATOR_RANGES.artilleryActive[1]),
  artilleryStorage: inRangeOf('artilleryStorage'),
  russianShellStockRounds: nonNeg,
  forceStrength: inRangeOf('forceStrength'),
  nwfLiquidTrnRub: inRangeOf('nwfLiquidTrnRub'),
  cpiPct: inRangeOf('inflationPct'),
  keyRatePct: inRangeOf('keyRatePct'),
  laborShortageM: inRangeOf('laborShortageM'),
  uralsDiscountUsdPerBbl: inRangeOf('uralsDiscountUsdPerBbl'),
  westernCohesion: inRangeOf('westernCohesion'),
  beliefWestQuits: inRangeOf('beliefWestQuits'),
  occupiedKm2: inRangeOf('occupiedKm2'),
  tempo: inRangeOf('tempo'),
} satisfies Shape<Params['initial']>;

/** Armour and artillery: losses, production, refurbishment, rationing curves. */
export const equipmentSection = {
  tankLossBasePerQuarter: nonNeg,
  ifvApcLossBasePerQuarter: nonNeg,
  artilleryCombatLossBasePerQuarter: nonNeg,
  tankNewPerQuarter: nonNeg,
  ifvApcNewPerQuarter: nonNeg,
  barrelNewPerQuarter: nonNeg,
  tankRefurbCapacityPerQuarter: nonNeg,
  ifvApcRefurbCapacityPerQuarter: nonNeg,
  barrelLifeRounds: pos,
  storedGunsPerServiceableBarrel: pos,
  tankUseByStockFraction: shareTable,
  ifvApcUseByStockFraction: shareTable,
  droneArmourFactorByQuarter: shareTable,
  warFootingSalvageFractionPerQuarter: share,
} satisfies Shape<Params['equipment']>;

/** Shells: Russian demand and supply, Ukrainian fire as a function of aid. */
export const ammunitionSection = {
  russianDemandRoundsPerQuarter: nonNeg,
  russianDemandGunShareCapFraction: nonNeg,
  russianDomesticRoundsPerQuarter: nonNeg,
  northKoreaGrossRoundsByQuarter: nonNegativeTable,
  northKoreaDudFraction: share,
  northKoreaSurgeGrossRoundsPerQuarter: nonNeg,
  iranRoundsPerQuarter: nonNeg,
  chinaRoundsPerQuarter: nonNeg,
  ukraineBaseRoundsPerQuarter: pos,
  ukraineFireByAidRatio: nonNegativeTable,
  westernOutputByQuarter: nonNegativeTable,
  aidDeliveryWeights: sourcedWeights,
} satisfies Shape<Params['ammunition']>;

/** Casualties and territory. */
export const battlefieldSection = {
  casualtiesBasePerQuarter: nonNeg,
  pressureElasticity: nonNeg,
  infantrySubstitutionPenalty: nonNeg,
  territoryBaseKm2PerQuarter: nonNeg,
  fireRatioReference: pos,
  fireRatioTerritoryElasticity: nonNeg,
  armourTerritoryWeight: share,
  pressureTerritoryElasticity: nonNeg,
  casualtyNoiseFraction: nonNeg,
  fireRatioMax: inRangeOf('fireRatio'),
  fireRatioMinForTerritory: nonNeg,
  casualtyNoiseFloorMultiplier: nonNeg,
  territoryNoiseScaleOfCasualtyNoise: nonNeg,
  territoryNoiseFloorMultiplier: nonNeg,
} satisfies Shape<Params['battlefield']>;

/** Recruitment, mobilisation and the labour it draws. */
export const manpowerSection = {
  recruitsBasePerQuarter: nonNeg,
  recruitDecayPerQuarter: share,
  bonusElasticity: nonNeg,
  permanentLossFraction: share,
  northKoreaTroopsPerRequest: nonNeg,
  mobilisationSize: nonNeg,
  mobilisationReadyFirstQuarterFraction: share,
  emigrantsPerMobilised: nonNeg,
  recruitLabourFraction: share,
  poolExpansionFraction: nonNeg,
  paymentCutRecruitPenaltyFraction: share,
} satisfies Shape<Params['manpower']>;

/** Russia's budget, its financing, inflation and the key rate. */
export const economySection = {
  brentUsdByQuarter: nonNegativeTable,
  oilPriceNoiseUsd: nonNeg,
  brentFloorUsdPerBbl: nonNeg,
  uralsFloorUsdPerBbl: nonNeg,
  budgetUralsUsdPerBbl: nonNeg,
  oilGasRevenueAtBudgetPriceTrnRubPerQuarter: nonNeg,
  oilGasRevenuePerUsdTrnRubPerQuarter: nonNeg,
  oilGasRevenueFloorTrnRubPerQuarter: nonNeg,
  nonOilRevenueTrnRubPerQuarter: nonNeg,
  nonDefenceSpendingTrnRubPerQuarter: nonNeg,
  defenceSpendingPlanTrnRubPerQuarter: nonNeg,
  casualtiesInPlanPerQuarter: nonNeg,
  costPerCasualtyAbovePlanMRub: nonNeg,
  firstQuarterFrontLoadTrnRub: nonNeg,
  debtServiceTrnRubPerQuarter: nonNeg,
  newDebtBudgetedRatePct: nonNeg,
  netBorrowingCapTrnRubPerQuarter: nonNeg,
  goldRevaluationTrnRubPerQuarter: n,
  fiscalRulePriceUsdPerBbl: nonNeg,
  fiscalRuleTrnRubPerUsd: nonNeg,
  gdpTrnRubPerYear: pos,
  sanctionsEvasionRetentionPerQuarter: share,
  inflationAnchorPct: n,
  inflationPersistence: share,
  inflationDeficitCoefficient: nonNeg,
  inflationLabourCoefficient: nonNeg,
  inflationRealRateCoefficient: nonNeg,
  neutralRealRatePct: n,
  inflationMonetisationCoefficient: nonNeg,
  perceivedInflationMultiplier: nonNeg,
  cpiMinPct: inRangeOf('inflationPct'),
  cpiMaxPct: inRangeOf('inflationPct'),
  keyRateSpreadPp: n,
  keyRateAdjustment: share,
  keyRateMinPct: inRangeOf('keyRatePct'),
  keyRateMaxPct: inRangeOf('keyRatePct'),
  dibHiringMPerQuarter: nonNeg,
  labourEasingMPerQuarter: nonNeg,
} satisfies Shape<Params['economy']>;

/** Western cohesion and Putin's belief that the West will quit. */
export const westSection = {
  cohesionMax: inRangeOf('westernCohesion'),
  cohesionFatiguePerQuarter: nonNeg,
  cohesionCostPerBnEurAboveStatusQuo: nonNeg,
  cohesionGainPerBnEurBelowStatusQuo: nonNeg,
  cohesionGainPerActivePressure: nonNeg,
  cohesionGainPerPostureLevel: nonNeg,
  cohesionLossPerKm2AboveReference: nonNeg,
  territoryReferenceKm2PerQuarter: nonNeg,
  beliefChangeByAidRatio: table,
  beliefRiseBelowCohesion: inRangeOf('westernCohesion'),
  beliefRisePerQuarterWhenCohesionLow: nonNeg,
} satisfies Shape<Params['west']>;

/** The Kremlin's options: tempo, bonuses, taxes, mobilisation, war footing, foreign supply. */
export const kremlinSection = {
  tempoReduced: inRangeOf('tempo'),
  tempoRaised: inRangeOf('tempo'),
  raiseTempoBeliefAbove: share,
  raiseTempoFireRatioAbove: nonNeg,
  bonusRaiseFactor: nonNeg,
  bonusRaiseCostTrnRubPerQuarter: nonNeg,
  bonusIndexMax: nonNeg,
  paymentCutSavingTrnRubPerQuarter: nonNeg,
  vatRiseRevenueTrnRubPerQuarter: nonNeg,
  vatRiseInflationPp: nonNeg,
  mobilisationProbability: share,
  mobilisationInflationPp: nonNeg,
  mobilisationCostTrnRub: nonNeg,
  mobilisationPostureFreezeQuarters: sourcedCount,
  warFootingProbability: share,
  warFootingLagQuarters: sourcedCount,
  warFootingCapacityMultiplier: nonNeg,
  warFootingInflationPp: nonNeg,
  warFootingCostTrnRubPerQuarter: nonNeg,
  northKoreaSurgeQuarters: sourcedCount,
  chinaProbability: share,
  chinaTanksPerQuarter: nonNeg,
  chinaIfvApcPerQuarter: nonNeg,
  decisionCooldownQuarters: sourcedCount,
  bonusReplacementRatioBelow: nonNeg,
  bonusRaiseInflationPp: nonNeg,
  northKoreaShellsFireRatioBelow: nonNeg,
  iranRussianFireBelowUkrainianFraction: nonNeg,
  chinaPressuresRequired: sourcedCount,
  chinaSecondarySanctionsLevel: sourcedCount,
  chinaSupplyRetainedUnderSecondarySanctions: share,
} satisfies Shape<Params['kremlin']>;
