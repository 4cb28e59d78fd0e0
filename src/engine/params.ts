/**
 * ScenarioParams: every number the engine reads, as plain values. The scenario layer builds
 * this from a validated scenario file, where each value also carries its unit and source;
 * names carry units here so code stays readable without the file at hand.
 */
import type { LookupTable } from './lookup';
import type { ModifierKind } from './types';

/** One named level of the sanctions control (0 = relief … 4 = secondary sanctions). */
export interface SanctionsLevelParams {
  readonly level: number;
  readonly name: string;
  readonly summary: string;
  /** Urals discount to Brent that enforcement at this level holds once evasion has adapted, $/bbl. */
  readonly discountFloorUsdPerBbl: number;
  /** Extra discount on the quarter the West steps up to this level, decaying as evasion adapts, $/bbl. */
  readonly packageShockUsdPerBbl: number;
  /** Fraction of Russian defence-industry capacity lost to machine-tool and component controls. */
  readonly dibCapacityPenaltyFraction: number;
  /** Western cohesion points lost each quarter from energy prices and enforcement friction. */
  readonly cohesionCostPerQuarter: number;
}

/** One condition of a posture threshold: a metric crossing a value, with hysteresis. */
export interface ThresholdConditionParams {
  /** Name of an Indicators field. */
  readonly metric: string;
  /** 'below': active when metric < start, released when metric > stop. 'above' mirrors it. */
  readonly direction: 'below' | 'above';
  readonly start: number;
  readonly stop: number;
  /** Consecutive quarters the start condition must hold before the condition turns active. */
  readonly quarters: number;
}

/** A pressure on Putin's posture (T1–T8 of the model reference), active when any condition is. */
export interface ThresholdParams {
  readonly id: string;
  readonly name: string;
  /** 'material' thresholds count towards the pressures; 'belief' is the T8 gate. */
  readonly kind: 'material' | 'belief';
  readonly conditions: readonly ThresholdConditionParams[];
  /** The report's sentence or footnote this threshold encodes. */
  readonly reportBasis: string;
  readonly sources: readonly string[];
}

/** One level of Putin's negotiating posture and what it takes to move up to it. */
export interface PostureLevelParams {
  readonly level: number;
  readonly name: string;
  readonly summary: string;
  /** Active material pressures needed to move up to this level (ignored for level 0). */
  readonly pressuresRequired: number;
  /** His belief that the West will quit must be below this to move up to this level. */
  readonly beliefBelow: number;
}

/** One option of a negotiable term, with what it costs Russia and how acceptable it is to each party (0–1). */
export interface TermOptionParams {
  readonly id: string;
  readonly label: string;
  /** How much the Kremlin has to give up, in concession points. */
  readonly kremlinCost: number;
  readonly acceptabilityUs: number;
  readonly acceptabilityUkraine: number;
  readonly acceptabilityEurope: number;
}

/** A negotiable term (ceasefire line, security guarantees …) with its options, most favourable to Russia first. */
export interface TermParams {
  readonly id: string;
  readonly name: string;
  readonly options: readonly TermOptionParams[];
}

/** One effect of an inject on the model. */
export type InjectEffect =
  | {
      readonly type: 'modifier';
      readonly kind: ModifierKind;
      readonly amount: number;
      readonly quarters: number;
    }
  | { readonly type: 'russianForce'; readonly amount: number }
  | { readonly type: 'cohesion'; readonly amount: number }
  | { readonly type: 'belief'; readonly amount: number }
  | { readonly type: 'chinaSupplies' };

/** A scripted event a facilitator can fire, or that fires itself on a scheduled quarter. */
export interface InjectParams {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Quarter index when it fires by itself, or null for on demand. */
  readonly scheduledQuarter: number | null;
  readonly effects: readonly InjectEffect[];
  readonly sources: readonly string[];
}

/** Everything the engine reads from a scenario. */
export interface ScenarioParams {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly startYear: number;
  /** 1–4. */
  readonly startQuarter: number;
  readonly horizonQuarters: number;

  readonly policy: {
    readonly aidStatusQuoBnEurPerQuarter: number;
    readonly aidUsStopsBnEurPerQuarter: number;
    readonly aidExpandedBnEurPerQuarter: number;
    readonly aidMaxBnEurPerQuarter: number;
    readonly sanctionsStatusQuoLevel: number;
    readonly sanctionsLevels: readonly SanctionsLevelParams[];
  };

  readonly initial: {
    readonly tanksActive: number;
    readonly tanksStorageRestorable: number;
    readonly tanksStorageUnrestorable: number;
    readonly ifvApcActive: number;
    readonly ifvApcStorageRestorable: number;
    readonly ifvApcStorageUnrestorable: number;
    readonly artilleryActive: number;
    readonly artilleryStorage: number;
    readonly russianShellStockRounds: number;
    readonly forceStrength: number;
    readonly nwfLiquidTrnRub: number;
    readonly cpiPct: number;
    readonly keyRatePct: number;
    readonly laborShortageM: number;
    readonly uralsDiscountUsdPerBbl: number;
    readonly westernCohesion: number;
    readonly beliefWestQuits: number;
    readonly occupiedKm2: number;
    readonly tempo: number;
  };

  readonly equipment: {
    readonly tankLossBasePerQuarter: number;
    readonly ifvApcLossBasePerQuarter: number;
    readonly artilleryCombatLossBasePerQuarter: number;
    readonly tankNewPerQuarter: number;
    readonly ifvApcNewPerQuarter: number;
    readonly barrelNewPerQuarter: number;
    readonly tankRefurbCapacityPerQuarter: number;
    readonly ifvApcRefurbCapacityPerQuarter: number;
    readonly barrelLifeRounds: number;
    readonly storedGunsPerServiceableBarrel: number;
    /** Armour use (0–1) against fielded fleet plus restorable storage, as a fraction of the start. */
    readonly tankUseByStockFraction: LookupTable;
    readonly ifvApcUseByStockFraction: LookupTable;
    /** Extra rationing of IFVs/APCs on a drone-saturated front, by quarter index. */
    readonly droneArmourFactorByQuarter: LookupTable;
    /** Share of unrestorable hulls that war footing brings back per quarter (cannibalised parts). */
    readonly warFootingSalvageFractionPerQuarter: number;
  };

  readonly ammunition: {
    readonly russianDemandRoundsPerQuarter: number;
    /** Cap on guns fielded ÷ guns at the start in the demand for rounds (more guns than this add no demand). */
    readonly russianDemandGunShareCapFraction: number;
    readonly russianDomesticRoundsPerQuarter: number;
    readonly northKoreaGrossRoundsByQuarter: LookupTable;
    readonly northKoreaDudFraction: number;
    readonly northKoreaSurgeGrossRoundsPerQuarter: number;
    readonly iranRoundsPerQuarter: number;
    readonly chinaRoundsPerQuarter: number;
    readonly ukraineBaseRoundsPerQuarter: number;
    /** Ukrainian fire as a multiple of the base, against delivered aid ÷ status-quo aid. */
    readonly ukraineFireByAidRatio: LookupTable;
    /** Growth of what a euro of aid buys as Western shell production ramps up, by quarter index. */
    readonly westernOutputByQuarter: LookupTable;
    /** Share of a quarter's aid delivered in the same quarter, one quarter later, two quarters later. */
    readonly aidDeliveryWeights: readonly number[];
  };

  readonly battlefield: {
    readonly casualtiesBasePerQuarter: number;
    readonly pressureElasticity: number;
    readonly infantrySubstitutionPenalty: number;
    readonly territoryBaseKm2PerQuarter: number;
    readonly fireRatioReference: number;
    readonly fireRatioTerritoryElasticity: number;
    readonly armourTerritoryWeight: number;
    readonly pressureTerritoryElasticity: number;
    readonly casualtyNoiseFraction: number;
    /** Upper bound of the fire ratio, so that Ukrainian fire near zero does not give an unbounded ratio. */
    readonly fireRatioMax: number;
    /** Lowest fire ratio the territory equation uses, so that starved Russian fire still gains a little ground. */
    readonly fireRatioMinForTerritory: number;
    /** Lowest multiplier the casualty shock may put on casualties. */
    readonly casualtyNoiseFloorMultiplier: number;
    /** Standard deviation of the territory shock as a multiple of casualtyNoiseFraction. */
    readonly territoryNoiseScaleOfCasualtyNoise: number;
    /** Lowest multiplier the territory shock may put on the territory gained. */
    readonly territoryNoiseFloorMultiplier: number;
  };

  readonly manpower: {
    readonly recruitsBasePerQuarter: number;
    readonly recruitDecayPerQuarter: number;
    readonly bonusElasticity: number;
    readonly permanentLossFraction: number;
    readonly northKoreaTroopsPerRequest: number;
    readonly mobilisationSize: number;
    readonly mobilisationReadyFirstQuarterFraction: number;
    readonly emigrantsPerMobilised: number;
    readonly recruitLabourFraction: number;
    readonly poolExpansionFraction: number;
    readonly paymentCutRecruitPenaltyFraction: number;
  };

  readonly economy: {
    readonly brentUsdByQuarter: LookupTable;
    readonly oilPriceNoiseUsd: number;
    /** Lowest Brent price, after the drawn shock and after any inject's change. */
    readonly brentFloorUsdPerBbl: number;
    /** Lowest Urals price, however wide the discount. */
    readonly uralsFloorUsdPerBbl: number;
    readonly budgetUralsUsdPerBbl: number;
    readonly oilGasRevenueAtBudgetPriceTrnRubPerQuarter: number;
    readonly oilGasRevenuePerUsdTrnRubPerQuarter: number;
    /** Lowest oil and gas revenue a quarter, however low the Urals price. */
    readonly oilGasRevenueFloorTrnRubPerQuarter: number;
    readonly nonOilRevenueTrnRubPerQuarter: number;
    readonly nonDefenceSpendingTrnRubPerQuarter: number;
    readonly defenceSpendingPlanTrnRubPerQuarter: number;
    readonly casualtiesInPlanPerQuarter: number;
    readonly costPerCasualtyAbovePlanMRub: number;
    readonly firstQuarterFrontLoadTrnRub: number;
    readonly debtServiceTrnRubPerQuarter: number;
    /** Interest on net new debt is charged only on the key rate above this rate, taken as budgeted. */
    readonly newDebtBudgetedRatePct: number;
    readonly netBorrowingCapTrnRubPerQuarter: number;
    readonly goldRevaluationTrnRubPerQuarter: number;
    readonly fiscalRulePriceUsdPerBbl: number;
    readonly fiscalRuleTrnRubPerUsd: number;
    readonly gdpTrnRubPerYear: number;
    readonly sanctionsEvasionRetentionPerQuarter: number;
    readonly inflationAnchorPct: number;
    readonly inflationPersistence: number;
    readonly inflationDeficitCoefficient: number;
    readonly inflationLabourCoefficient: number;
    readonly inflationRealRateCoefficient: number;
    readonly neutralRealRatePct: number;
    readonly inflationMonetisationCoefficient: number;
    readonly perceivedInflationMultiplier: number;
    /** Bounds of official inflation, % y/y. */
    readonly cpiMinPct: number;
    readonly cpiMaxPct: number;
    readonly keyRateSpreadPp: number;
    readonly keyRateAdjustment: number;
    /** Bounds of the key rate, %. */
    readonly keyRateMinPct: number;
    readonly keyRateMaxPct: number;
    readonly dibHiringMPerQuarter: number;
    readonly labourEasingMPerQuarter: number;
  };

  readonly west: {
    readonly cohesionMax: number;
    readonly cohesionFatiguePerQuarter: number;
    readonly cohesionCostPerBnEurAboveStatusQuo: number;
    readonly cohesionGainPerBnEurBelowStatusQuo: number;
    readonly cohesionGainPerActivePressure: number;
    readonly cohesionGainPerPostureLevel: number;
    readonly cohesionLossPerKm2AboveReference: number;
    readonly territoryReferenceKm2PerQuarter: number;
    /** Change per quarter of Putin's belief that the West will quit, against aid ÷ status-quo aid. */
    readonly beliefChangeByAidRatio: LookupTable;
    readonly beliefRiseBelowCohesion: number;
    readonly beliefRisePerQuarterWhenCohesionLow: number;
  };

  readonly kremlin: {
    readonly tempoReduced: number;
    readonly tempoRaised: number;
    readonly raiseTempoBeliefAbove: number;
    readonly raiseTempoFireRatioAbove: number;
    readonly bonusRaiseFactor: number;
    readonly bonusRaiseCostTrnRubPerQuarter: number;
    /** Bonus index (1 = January 2025) at or above which the Kremlin raises bonuses no further. */
    readonly bonusIndexMax: number;
    readonly paymentCutSavingTrnRubPerQuarter: number;
    readonly vatRiseRevenueTrnRubPerQuarter: number;
    readonly vatRiseInflationPp: number;
    readonly mobilisationProbability: number;
    readonly mobilisationInflationPp: number;
    readonly mobilisationCostTrnRub: number;
    readonly mobilisationPostureFreezeQuarters: number;
    readonly warFootingProbability: number;
    readonly warFootingLagQuarters: number;
    readonly warFootingCapacityMultiplier: number;
    readonly warFootingInflationPp: number;
    readonly warFootingCostTrnRubPerQuarter: number;
    readonly northKoreaSurgeQuarters: number;
    readonly chinaProbability: number;
    readonly chinaTanksPerQuarter: number;
    readonly chinaIfvApcPerQuarter: number;
    readonly decisionCooldownQuarters: number;
    /** Recruits ÷ casualties below which the Kremlin raises enlistment bonuses. */
    readonly bonusReplacementRatioBelow: number;
    /** One-off inflation impulse of a bonus rise, percentage points. */
    readonly bonusRaiseInflationPp: number;
    /** Fire ratio below which the Kremlin asks North Korea for more shells. */
    readonly northKoreaShellsFireRatioBelow: number;
    /** The Kremlin asks Iran when its rounds fired fall below this share of Ukraine's. */
    readonly iranRussianFireBelowUkrainianFraction: number;
    /** Active pressures needed before the Kremlin asks China (which then answers by chance). */
    readonly chinaPressuresRequired: number;
    /** Sanctions level from which the West's secondary sanctions reach China's suppliers. */
    readonly chinaSecondarySanctionsLevel: number;
    /** Share of China's supply it still sends under secondary sanctions. */
    readonly chinaSupplyRetainedUnderSecondarySanctions: number;
  };

  readonly posture: {
    readonly levels: readonly PostureLevelParams[];
    readonly thresholds: readonly ThresholdParams[];
    readonly retreatAidBelowFraction: number;
    readonly retreatQuarters: number;
    readonly retreatBeliefAbove: number;
  };

  readonly injects: readonly InjectParams[];

  readonly negotiation: {
    readonly terms: readonly TermParams[];
    /** Concession points the Kremlin accepts, by posture level. */
    readonly toleranceByPosture: readonly number[];
    /** A proposal within tolerance + margin gets a counter-offer rather than a rejection. */
    readonly counterOfferMargin: number;
    readonly scoreWeightUs: number;
    readonly scoreWeightUkraine: number;
    readonly scoreWeightEurope: number;
    readonly scorePenaltyPerQuarter: number;
    readonly scorePenaltyPerHundredBnEurAid: number;
    /** Score at the horizon without a settlement: points per posture level reached … */
    readonly horizonScorePerPostureLevel: number;
    /** … plus points per point of Western cohesion left. */
    readonly horizonScorePerCohesionPoint: number;
  };
}
