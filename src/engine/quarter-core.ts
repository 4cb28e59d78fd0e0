/**
 * The quarter itself, shared by stepQuarter (one game, with its report) and the numeric kernel
 * (many runs over flat arrays, src/engine/kernel): computeQuarter runs steps 1–13 of the quarter
 * on a state whose scheduled injects have fired, and nextStateOf puts the next state together.
 * One model: both paths call these, so they cannot drift apart.
 *
 * Fixed order of systems (flows are computed from the stocks at the start of the quarter, then
 * stocks are integrated):
 *  1. shocks        draw this quarter's oil, casualty and territory shocks and the Kremlin's rolls
 *  2. aid           deliver aid with its lag → Ukrainian rounds fired → pressure multiplier M
 *  3. armour use    rationing from the storage left at the start of the quarter
 *  4. ammunition    Russian rounds fired from production, imports and stock; the fire ratio
 *  5. front         casualties, territory gained, casualties per km²
 *  6. equipment     losses, production, refurbishment, barrel wear → new stocks
 *  7. manpower      recruits, force strength
 *  8. economy       Urals discount, budget, financing (borrowing, NWF, money), inflation, key rate, labour
 *  9. west          cohesion and Putin's belief (on last quarter's visible pressures)
 * 10. thresholds    T1–T8 with hysteresis on this quarter's indicators
 * 11. kremlin       the rules choose options; their effects land in the next quarter's state
 * 12. posture       move the track up or down
 * 13. outcome       collapse of cohesion, or the horizon
 */
import { UKRAINE_AREA_KM2 } from './invariants';
import { clamp } from './lookup';
import type { ScenarioParams } from './params';
import { horizonScore } from './negotiation';
import { RngCursor } from './rng';
import {
  northKoreaSurgeQuartersLeftAfter,
  runKremlinChoices,
  runKremlinRules,
} from './systems/kremlin-rules';
import { activeModifiers, capAid, tickModifiers } from './systems/injects';
import type { KremlinOption } from './systems/kremlin-options';
import type { KremlinChoice, KremlinView } from './systems/kremlin-rules';
import type { PostureDecision } from './systems/posture';
import type { ThresholdStep } from './systems/thresholds';
import type { WestStep } from './systems/west';
import type { EquipmentState } from './types';
import { armourUse, equipmentLosses, integrateEquipment } from './systems/equipment';
import { brentPrice, budget, finance, integrateEconomy, macro, uralsDiscount } from './systems/economy';
import { fireRatio as computeFireRatio, front } from './systems/battlefield';
import { integrateForce, recruitsThisQuarter } from './systems/manpower';
import {
  decidePosture,
  freezeQuartersLeftAfter,
  lowAidStreakAfter,
  lowAidStreakAfterDecision,
  quartersSinceShiftAfter,
} from './systems/posture';
import { defenceIndustryCapacity } from './systems/defence-industry';
import { russianFire } from './systems/russian-fire';
import { activeMaterialPressures, stepThresholds } from './systems/thresholds';
import {
  aidHistoryAfter,
  deliveredAidBnEur,
  pressureMultiplier,
  ukrainianRoundsFired,
} from './systems/ukrainian-fire';
import { stepWest } from './systems/west';
import type { GameState, Indicators, Outcome, Policy } from './types';

/** A writable view of a readonly record, for an object still being built inside the step. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Clamps a policy into the scenario's ranges (aid 0…max, sanctions an integer level that exists). */
export function normalisePolicy(policy: Policy, params: ScenarioParams): Policy {
  const maxLevel = params.policy.sanctionsLevels.length - 1;
  const aid = Number.isFinite(policy.aidBnEurPerQuarter) ? policy.aidBnEurPerQuarter : 0;
  const level = Number.isFinite(policy.sanctionsLevel) ? Math.round(policy.sanctionsLevel) : 0;
  return {
    aidBnEurPerQuarter: clamp(aid, 0, params.policy.aidMaxBnEurPerQuarter),
    sanctionsLevel: clamp(level, 0, maxLevel),
  };
}

/** Optional inputs of a step: a person's Kremlin choices replace the rules for that quarter. */
export interface StepOptions {
  readonly kremlinChoices?: readonly KremlinOption[];
}

/** Everything a quarter computes: what nextStateOf and the report are made of. */
export interface QuarterComputed {
  /** The policy as applied: clamped into the scenario's ranges and under any aid cap. */
  readonly policy: Policy;
  /** This quarter's indicators (the report's and the kernel's numbers). */
  readonly indicators: Indicators;
  /** The generator state after the quarter's draws. */
  readonly rngState: number;
  /** Aid of the last quarters, newest first, with this quarter's. */
  readonly aidHistory: readonly number[];
  readonly equipment: EquipmentState;
  readonly shellStockRounds: number;
  readonly west: WestStep;
  readonly thresholds: ThresholdStep;
  readonly lowAidStreak: number;
  /** The Kremlin's choices and the parts of the state after them. */
  readonly kremlin: { readonly choices: readonly KremlinChoice[]; readonly state: KremlinView['state'] };
  readonly decision: PostureDecision;
  /** The outcome after the quarter: the state's own, or a new one. */
  readonly outcome: Outcome | null;
}

/** Steps 1–13 of a quarter on a state whose scheduled injects have fired. Pure: reads `state`, returns new values. */
export function computeQuarter(
  state: GameState,
  rawPolicy: Policy,
  params: ScenarioParams,
  options: StepOptions = {},
): QuarterComputed {
  const quarterIndex = state.quarterIndex;
  // 0. the modifiers in force (the quarter's scheduled injects have fired already)
  const modifiers = activeModifiers(state.modifiers);
  const policy = capAid(normalisePolicy(rawPolicy, params), modifiers.aidCapBnEur);

  // 1. shocks
  const rng = new RngCursor(state.rngState);
  const oilShock = rng.normal();
  const casualtyShock = rng.normal();
  const territoryShock = rng.normal();
  const rolls = { mobilise: rng.uniform(), warFooting: rng.uniform(), china: rng.uniform() };

  // 2. aid
  const aidHistory = aidHistoryAfter(
    policy.aidBnEurPerQuarter,
    state.west.aidHistoryBnEur,
    params.ammunition.aidDeliveryWeights,
  );
  const delivered = deliveredAidBnEur(aidHistory, params.ammunition.aidDeliveryWeights);
  const ukrainianRounds = ukrainianRoundsFired(delivered, quarterIndex, params);
  const pressure = pressureMultiplier(ukrainianRounds, params);

  // 3. armour use; defence-industry capacity
  const use = armourUse(state.equipment, quarterIndex, params);
  const kremlinBefore = state.kremlin;
  const { warFootingOn, capacityMultiplier, chinaShare } = defenceIndustryCapacity(
    kremlinBefore,
    policy,
    quarterIndex,
    params,
  );

  // 4. ammunition
  const fire = russianFire(
    {
      quarterIndex,
      tempo: state.battlefield.tempo,
      artilleryActive: state.equipment.artilleryActive,
      shellStockRounds: state.russianShellStockRounds,
      capacityMultiplier,
      northKoreaSurge: kremlinBefore.northKoreaSurgeQuartersLeft > 0,
      iranSupplying: kremlinBefore.iranSupplying,
      chinaSupplying: kremlinBefore.chinaSupplying,
      chinaShare,
      extraSupplyRounds: modifiers.russianRoundsPerQuarter,
    },
    params,
  );
  const ratio = computeFireRatio(fire.roundsFired, ukrainianRounds, params);

  // 5. front
  const tempo = state.battlefield.tempo;
  const frontLine = front(
    {
      tempo,
      pressure,
      armourUseMean: use.mean,
      fireRatio: ratio,
      casualtyShock,
      territoryShock,
      unoccupiedKm2: UKRAINE_AREA_KM2 - state.battlefield.occupiedKm2,
    },
    params,
  );

  // 6. equipment
  const losses = equipmentLosses(state.equipment, tempo, pressure, use, params);
  const equipment = integrateEquipment(
    state.equipment,
    {
      losses,
      roundsFired: fire.roundsFired,
      capacityMultiplier,
      warFooting: warFootingOn,
      chinaTanks: kremlinBefore.chinaSupplying ? params.kremlin.chinaTanksPerQuarter * chinaShare : 0,
      chinaIfvApc: kremlinBefore.chinaSupplying ? params.kremlin.chinaIfvApcPerQuarter * chinaShare : 0,
    },
    params,
  );

  // 7. manpower
  const recruits = recruitsThisQuarter(state.manpower, quarterIndex, params);
  const force = integrateForce(
    state.manpower,
    recruits,
    modifiers.russianForcePerQuarter,
    frontLine.casualties,
    params,
  );

  // 8. economy
  const discount = uralsDiscount(
    state.economy.uralsDiscountUsdPerBbl,
    state.west.sanctionsLevel,
    policy.sanctionsLevel,
    params,
  );
  const brent = brentPrice(quarterIndex, oilShock, modifiers.oilPriceUsd, params);
  const budgetThisQuarter = budget(
    state.economy,
    {
      quarterIndex,
      brentUsdPerBbl: brent,
      uralsDiscountUsdPerBbl: discount,
      casualties: frontLine.casualties,
      startQuarterOfYear: params.startQuarter,
      revenueShockTrnRub: modifiers.revenueTrnRub,
    },
    params,
  );
  const financing = finance(
    state.economy,
    budgetThisQuarter.deficitTrnRub,
    budgetThisQuarter.uralsUsdPerBbl,
    params,
  );
  const macroThisQuarter = macro(
    state.economy,
    {
      deficitTrnRub: budgetThisQuarter.deficitTrnRub,
      monetisedTrnRub: financing.monetisedTrnRub,
      recruits,
      mobilisedNow: 0,
    },
    params,
  );

  // 9. west
  const west = stepWest(
    {
      cohesion: state.west.cohesion,
      belief: state.west.beliefWestQuits,
      aidBnEur: policy.aidBnEurPerQuarter,
      sanctionsLevel: policy.sanctionsLevel,
      activePressures: activeMaterialPressures(state.posture.thresholdActive, params),
      postureLevel: state.posture.level,
      territoryGainedKm2: frontLine.territoryGainedKm2,
    },
    params,
  );

  // Built once and completed below (pressures, posture) before anyone else sees it.
  const indicators: Mutable<Indicators> = {
    nwfLiquidTrnRub: financing.nwfLiquidTrnRub,
    tanksActive: equipment.equipment.tanksActive,
    tanksStorageRestorable: equipment.equipment.tanksStorageRestorable,
    ifvApcActive: equipment.equipment.ifvApcActive,
    ifvApcStorageRestorable: equipment.equipment.ifvApcStorageRestorable,
    artilleryActive: equipment.equipment.artilleryActive,
    artilleryStorage: equipment.equipment.artilleryStorage,
    tankLosses: losses.tanks,
    ifvApcLosses: losses.ifvApc,
    artilleryLosses: losses.artilleryCombat,
    barrelsWorn: equipment.barrelsWorn,
    tanksSupplied: equipment.tanksSupplied,
    ifvApcSupplied: equipment.ifvApcSupplied,
    armourUse: use.mean,
    russianRoundsFired: fire.roundsFired,
    northKoreaShareOfFire: fire.northKoreaShareOfFire,
    ukrainianRoundsFired: ukrainianRounds,
    fireRatio: ratio,
    casualties: frontLine.casualties,
    recruits,
    replacementRatio: recruits / Math.max(1, frontLine.casualties),
    forceStrength: force.forceStrength,
    forceChange: force.forceChange,
    territoryGainedKm2: frontLine.territoryGainedKm2,
    occupiedKm2: state.battlefield.occupiedKm2 + frontLine.territoryGainedKm2,
    casualtiesPerKm2: frontLine.casualtiesPerKm2,
    tempo,
    brentUsdPerBbl: brent,
    uralsUsdPerBbl: budgetThisQuarter.uralsUsdPerBbl,
    uralsDiscountUsdPerBbl: discount,
    oilGasRevenueTrnRub: budgetThisQuarter.oilGasRevenueTrnRub,
    revenueTrnRub: budgetThisQuarter.revenueTrnRub,
    spendingTrnRub: budgetThisQuarter.spendingTrnRub,
    defenceSpendingTrnRub: budgetThisQuarter.defenceSpendingTrnRub,
    deficitTrnRub: budgetThisQuarter.deficitTrnRub,
    borrowingTrnRub: financing.borrowingTrnRub,
    monetisedTrnRub: financing.monetisedTrnRub,
    inflationPct: macroThisQuarter.cpiPct,
    perceivedInflationPct: macroThisQuarter.perceivedInflationPct,
    keyRatePct: macroThisQuarter.keyRatePct,
    laborShortageM: macroThisQuarter.laborShortageM,
    aidBnEur: policy.aidBnEurPerQuarter,
    aidDeliveredBnEur: delivered,
    sanctionsLevel: policy.sanctionsLevel,
    westernCohesion: west.cohesion,
    beliefWestQuits: west.belief,
    activePressures: 0,
    posture: state.posture.level,
  };

  // 10. thresholds
  const thresholds = stepThresholds(state.posture, indicators, params);
  const pressures = activeMaterialPressures(thresholds.thresholdActive, params);
  indicators.activePressures = pressures;
  const lowAidStreak = lowAidStreakAfter(state.west.lowAidStreak, policy, params);

  // 11. kremlin (on the integrated stocks; effects carry into the next quarter)
  const integrated = {
    manpower: {
      ...state.manpower,
      forceStrength: force.forceStrength,
      mobilisedInTraining: force.mobilisedInTraining,
    },
    economy: integrateEconomy(state.economy, financing, macroThisQuarter, discount),
    battlefield: { tempo, occupiedKm2: indicators.occupiedKm2 },
    kremlin: {
      ...kremlinBefore,
      northKoreaSurgeQuartersLeft: northKoreaSurgeQuartersLeftAfter(
        kremlinBefore.northKoreaSurgeQuartersLeft,
      ),
    },
    posture: {
      ...state.posture,
      conditionActive: thresholds.conditionActive,
      conditionStreak: thresholds.conditionStreak,
      thresholdActive: thresholds.thresholdActive,
      freezeQuartersLeft: freezeQuartersLeftAfter(state.posture.freezeQuartersLeft),
    },
  };
  const view = {
    quarterIndex,
    indicators,
    thresholdActive: thresholds.thresholdActive,
    state: integrated,
    rolls,
  };
  const kremlin = options.kremlinChoices
    ? runKremlinChoices(view, options.kremlinChoices, params)
    : runKremlinRules(view, params);

  // 12. posture
  const decision = decidePosture(
    {
      level: state.posture.level,
      activePressures: pressures,
      belief: west.belief,
      lowAidStreak,
      freezeQuartersLeft: kremlin.state.posture.freezeQuartersLeft,
    },
    params,
  );
  indicators.posture = decision.level;

  // 13. outcome
  const outcome = state.outcome ?? decideOutcome(quarterIndex, west.cohesion, decision.level, params);

  return {
    policy,
    indicators,
    rngState: rng.state,
    aidHistory,
    equipment: equipment.equipment,
    shellStockRounds: fire.shellStockRounds,
    west,
    thresholds,
    lowAidStreak,
    kremlin,
    decision,
    outcome,
  };
}

/** The state after a quarter: `state` (after its scheduled injects) advanced by what computeQuarter found. */
export function nextStateOf(state: GameState, q: QuarterComputed): GameState {
  const k = q.kremlin.state;
  return {
    ...state,
    rngState: q.rngState,
    quarterIndex: state.quarterIndex + 1,
    equipment: q.equipment,
    russianShellStockRounds: q.shellStockRounds,
    manpower: k.manpower,
    economy: k.economy,
    battlefield: k.battlefield,
    west: {
      cohesion: q.west.cohesion,
      beliefWestQuits: q.west.belief,
      aidHistoryBnEur: q.aidHistory,
      aidSpentTotalBnEur: state.west.aidSpentTotalBnEur + q.policy.aidBnEurPerQuarter,
      sanctionsLevel: q.policy.sanctionsLevel,
      lowAidStreak: lowAidStreakAfterDecision(q.lowAidStreak, q.decision),
    },
    kremlin: k.kremlin,
    posture: {
      ...k.posture,
      level: q.decision.level,
      quartersSinceShift: quartersSinceShiftAfter(state.posture.quartersSinceShift, q.decision),
    },
    modifiers: tickModifiers(state.modifiers),
    last: q.indicators,
    outcome: q.outcome,
  };
}

/** Collapse when cohesion reaches zero; the horizon after the scenario's last quarter. */
function decideOutcome(
  quarterIndex: number,
  cohesion: number,
  postureLevel: number,
  params: ScenarioParams,
): Outcome | null {
  if (cohesion <= 0) return { kind: 'collapse', quarterIndex, score: 0, terms: null };
  if (quarterIndex + 1 >= params.horizonQuarters) {
    return {
      kind: 'horizon',
      quarterIndex,
      score: horizonScore(postureLevel, cohesion, params),
      terms: null,
    };
  }
  return null;
}
