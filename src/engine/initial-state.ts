/** The game state at the start of a scenario (Q1 2025 in every shipped scenario). */
import type { ScenarioParams } from './params';
import { seedToState } from './rng';
import { KREMLIN_OPTIONS } from './systems/kremlin-options';
import type { GameState } from './types';

/** Builds the opening state of a scenario for a seed. Pure. */
export function createInitialState(params: ScenarioParams, seed: number): GameState {
  const i = params.initial;
  const conditionCount = params.posture.thresholds.reduce((n, t) => n + t.conditions.length, 0);
  return {
    schemaVersion: 1,
    scenarioId: params.id,
    seed,
    rngState: seedToState(seed),
    quarterIndex: 0,
    equipment: {
      tanksActive: i.tanksActive,
      tanksStorageRestorable: i.tanksStorageRestorable,
      tanksStorageUnrestorable: i.tanksStorageUnrestorable,
      ifvApcActive: i.ifvApcActive,
      ifvApcStorageRestorable: i.ifvApcStorageRestorable,
      ifvApcStorageUnrestorable: i.ifvApcStorageUnrestorable,
      artilleryActive: i.artilleryActive,
      artilleryStorage: i.artilleryStorage,
    },
    russianShellStockRounds: i.russianShellStockRounds,
    manpower: {
      forceStrength: i.forceStrength,
      recruitPoolIndex: 1,
      bonusIndex: 1,
      mobilisedInTraining: 0,
      paymentsCut: false,
    },
    economy: {
      nwfLiquidTrnRub: i.nwfLiquidTrnRub,
      newDebtTrnRub: 0,
      cpiPct: i.cpiPct,
      keyRatePct: i.keyRatePct,
      laborShortageM: i.laborShortageM,
      uralsDiscountUsdPerBbl: i.uralsDiscountUsdPerBbl,
      vatRaised: false,
      extraSpendingTrnRubPerQuarter: 0,
      extraRevenueTrnRubPerQuarter: 0,
      oneOffSpendingTrnRub: 0,
      pendingInflationPp: 0,
    },
    battlefield: { tempo: i.tempo, occupiedKm2: i.occupiedKm2 },
    west: {
      cohesion: i.westernCohesion,
      beliefWestQuits: i.beliefWestQuits,
      aidHistoryBnEur: [params.policy.aidStatusQuoBnEurPerQuarter, params.policy.aidStatusQuoBnEurPerQuarter],
      aidSpentTotalBnEur: 0,
      sanctionsLevel: params.policy.sanctionsStatusQuoLevel,
      lowAidStreak: 0,
    },
    kremlin: {
      warFootingSinceQuarter: -1,
      mobilisations: 0,
      northKoreaSurgeQuartersLeft: 0,
      iranSupplying: false,
      chinaSupplying: false,
      lastTakenQuarter: KREMLIN_OPTIONS.map(() => -1),
    },
    posture: {
      level: 0,
      conditionActive: new Array<boolean>(conditionCount).fill(false),
      conditionStreak: new Array<number>(conditionCount).fill(0),
      thresholdActive: new Array<boolean>(params.posture.thresholds.length).fill(false),
      freezeQuartersLeft: 0,
      quartersSinceShift: 0,
    },
    modifiers: [],
    last: null,
    outcome: null,
  };
}
