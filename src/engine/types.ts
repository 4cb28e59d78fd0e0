/**
 * Plain-JSON data of the simulation: the game state, the player's policy, the per-quarter
 * indicators and the report. No classes, Maps or Dates, so a state survives JSON.stringify
 * and structuredClone unchanged and two states compare with deep equality.
 */

/** The Western coalition's levers for one quarter. */
export interface Policy {
  /** Military aid to Ukraine, billions of euros this quarter (status quo 10.4). */
  readonly aidBnEurPerQuarter: number;
  /** Sanctions level 0–4 (0 relief, 1 January 2025 status quo), named in the scenario. */
  readonly sanctionsLevel: number;
}

/** Kinds of temporary modifier an inject can put on the model. */
export type ModifierKind =
  'aidCapBnEur' | 'oilPriceUsd' | 'revenueTrnRub' | 'russianRoundsPerQuarter' | 'russianForcePerQuarter';

/** A temporary change to the model from an inject, for some quarters (e.g. +$10 oil for 2 quarters). */
export interface Modifier {
  readonly kind: ModifierKind;
  /** In the kind's unit: € bn (a cap), $/bbl, trillion RUB a quarter, rounds a quarter, troops a quarter. */
  readonly amount: number;
  readonly quartersLeft: number;
  /** The inject that put it there. */
  readonly injectId: string;
}

/** How a game ended. */
export type OutcomeKind = 'settlement' | 'collapse' | 'horizon';

/** The ending, once reached; the simulation may still be stepped for research runs. */
export interface Outcome {
  readonly kind: OutcomeKind;
  /** Quarter index at which it happened. */
  readonly quarterIndex: number;
  /** 0–100, see negotiation scoring; 0 for a collapse. */
  readonly score: number;
  readonly terms: Readonly<Record<string, string>> | null;
}

/** Russia's equipment stocks, in vehicles or guns. */
export interface EquipmentState {
  readonly tanksActive: number;
  readonly tanksStorageRestorable: number;
  readonly tanksStorageUnrestorable: number;
  readonly ifvApcActive: number;
  readonly ifvApcStorageRestorable: number;
  readonly ifvApcStorageUnrestorable: number;
  readonly artilleryActive: number;
  /** Stored guns that can still donate a barrel or be fielded. */
  readonly artilleryStorage: number;
}

/** The whole game: every stock, the generator state and the posture's memory. */
export interface GameState {
  readonly schemaVersion: 1;
  readonly scenarioId: string;
  readonly seed: number;
  /** mulberry32 state, advanced only inside stepQuarter. */
  readonly rngState: number;
  /** 0 = the scenario's first quarter (Q1 2025). */
  readonly quarterIndex: number;
  readonly equipment: EquipmentState;
  readonly russianShellStockRounds: number;
  readonly manpower: {
    readonly forceStrength: number;
    /** Recruitment pool, 1 at the start; shrinks with the decay, grows with pool decrees. */
    readonly recruitPoolIndex: number;
    /** Enlistment bonus relative to the January 2025 level. */
    readonly bonusIndex: number;
    readonly mobilisedInTraining: number;
    readonly paymentsCut: boolean;
  };
  readonly economy: {
    readonly nwfLiquidTrnRub: number;
    /** Net new domestic debt since the start, trillion rubles. */
    readonly newDebtTrnRub: number;
    readonly cpiPct: number;
    readonly keyRatePct: number;
    readonly laborShortageM: number;
    /** Urals discount to Brent, $/bbl. */
    readonly uralsDiscountUsdPerBbl: number;
    readonly vatRaised: boolean;
    /** Extra spending a quarter from Kremlin decisions (bonuses, war footing), trillion rubles. */
    readonly extraSpendingTrnRubPerQuarter: number;
    readonly extraRevenueTrnRubPerQuarter: number;
    /** One-off spending due in the next quarter's budget (a mobilisation's pay and kit), trillion rubles. */
    readonly oneOffSpendingTrnRub: number;
    /** One-off inflation impulses waiting to pass into CPI next quarter, percentage points. */
    readonly pendingInflationPp: number;
  };
  readonly battlefield: {
    readonly tempo: number;
    readonly occupiedKm2: number;
  };
  readonly west: {
    /** Political will, 0–100; the coalition collapses at 0. */
    readonly cohesion: number;
    /** Putin's belief that the West will quit, 0–1. */
    readonly beliefWestQuits: number;
    /** Aid of the last quarters, newest first, billions of euros (for delivery lags). */
    readonly aidHistoryBnEur: readonly number[];
    readonly aidSpentTotalBnEur: number;
    readonly sanctionsLevel: number;
    readonly lowAidStreak: number;
  };
  readonly kremlin: {
    /** Quarter index when war footing was declared, or -1. */
    readonly warFootingSinceQuarter: number;
    readonly mobilisations: number;
    readonly northKoreaSurgeQuartersLeft: number;
    readonly iranSupplying: boolean;
    readonly chinaSupplying: boolean;
    /** Quarter index of the last time each option was taken (-1: never), in KREMLIN_OPTIONS order. */
    readonly lastTakenQuarter: readonly number[];
  };
  readonly posture: {
    readonly level: number;
    /** One per threshold condition, in scenario order. */
    readonly conditionActive: readonly boolean[];
    readonly conditionStreak: readonly number[];
    /** One per threshold, in scenario order. */
    readonly thresholdActive: readonly boolean[];
    readonly freezeQuartersLeft: number;
    readonly quartersSinceShift: number;
  };
  /** Temporary changes from injects, applied each quarter while quartersLeft > 0. */
  readonly modifiers: readonly Modifier[];
  /** Indicators of the last completed quarter, or null before the first step. */
  readonly last: Indicators | null;
  readonly outcome: Outcome | null;
}

/** What one quarter produced: flows of the quarter and stocks at its end. The CLI's JSON contract. */
export interface Indicators {
  readonly nwfLiquidTrnRub: number;
  readonly tanksActive: number;
  readonly tanksStorageRestorable: number;
  readonly ifvApcActive: number;
  readonly ifvApcStorageRestorable: number;
  readonly artilleryActive: number;
  readonly artilleryStorage: number;
  readonly tankLosses: number;
  readonly ifvApcLosses: number;
  readonly artilleryLosses: number;
  readonly barrelsWorn: number;
  readonly tanksSupplied: number;
  readonly ifvApcSupplied: number;
  readonly armourUse: number;
  readonly russianRoundsFired: number;
  readonly northKoreaShareOfFire: number;
  readonly ukrainianRoundsFired: number;
  readonly fireRatio: number;
  readonly casualties: number;
  readonly recruits: number;
  readonly replacementRatio: number;
  readonly forceStrength: number;
  readonly forceChange: number;
  readonly territoryGainedKm2: number;
  readonly occupiedKm2: number;
  readonly casualtiesPerKm2: number;
  readonly tempo: number;
  readonly brentUsdPerBbl: number;
  readonly uralsUsdPerBbl: number;
  readonly uralsDiscountUsdPerBbl: number;
  readonly oilGasRevenueTrnRub: number;
  readonly revenueTrnRub: number;
  readonly spendingTrnRub: number;
  readonly defenceSpendingTrnRub: number;
  readonly deficitTrnRub: number;
  readonly borrowingTrnRub: number;
  readonly monetisedTrnRub: number;
  readonly inflationPct: number;
  readonly perceivedInflationPct: number;
  readonly keyRatePct: number;
  readonly laborShortageM: number;
  readonly aidBnEur: number;
  readonly aidDeliveredBnEur: number;
  readonly sanctionsLevel: number;
  readonly westernCohesion: number;
  readonly beliefWestQuits: number;
  readonly activePressures: number;
  /** 0 = maximalist. */
  readonly posture: number;
}

/** Names of the numeric indicators, for thresholds and tables. */
export type IndicatorName = keyof Indicators;

/** What a report event is about; the game groups and colours by it. */
export type EventCategory =
  | 'equipment'
  | 'ammunition'
  | 'manpower'
  | 'economy'
  | 'battlefield'
  | 'west'
  | 'kremlin'
  | 'threshold'
  | 'posture'
  | 'outcome';

/**
 * Something to tell the player, as data rather than words: a stable code and the values its text
 * fills in. The text layer's catalogues turn it into a sentence in the player's language; the
 * engine and the state return these and never write a sentence themselves.
 */
export interface Message {
  /** Stable code, a key of a text catalogue ('share.truncated', 'negotiation.posture' …). */
  readonly code: string;
  /** Values the text interpolates: numbers as they are, ids, names and quarter labels ('2025-Q3'). */
  readonly values: Readonly<Record<string, number | string>>;
}

/** Something that happened this quarter, with why and where the figure comes from. */
export interface ReportEvent extends Message {
  /** Stable code; the text catalogue turns it into a headline and a "because" line. */
  readonly code: string;
  readonly category: EventCategory;
  readonly severity: 'info' | 'warning' | 'critical';
  /** Values the texts interpolate (numbers already rounded by the engine where it matters). */
  readonly values: Readonly<Record<string, number | string>>;
  /** Cause codes: 'policy.aid', 'threshold.T2', 'kremlin.mobilise' … */
  readonly causes: readonly string[];
  /** Source keys: the report's footnotes ('[39]') or external citations ('E29'). */
  readonly sources: readonly string[];
}

/** The result of one quarter. */
export interface TurnReport {
  /** Label such as '2025-Q1'. */
  readonly quarter: string;
  readonly quarterIndex: number;
  readonly policy: Policy;
  readonly indicators: Indicators;
  readonly events: readonly ReportEvent[];
}

/** stepQuarter's return. */
export interface StepResult {
  readonly state: GameState;
  readonly report: TurnReport;
}
