/**
 * The numeric kernel's storage: the state of many runs as flat arrays, one Float64Array per field
 * of GameState and one lane per run (structure of arrays), so a set of runs keeps no objects per
 * run between quarters. The lists of a state (aid history, threshold memory, the Kremlin's last
 * quarters) are strided: slot k of lane l sits at l × slots + k. Booleans are stored as 0 or 1.
 * readLane and writeLane move one lane to and from the engine's own GameState shape, which is
 * how the kernel runs the same systems as stepQuarter.
 */
import type { GameState, Modifier, Outcome, OutcomeKind } from '../types';

/** A type with every field writable, all the way down (lists become plain arrays). */
type DeepMutable<T> = T extends readonly (infer E)[]
  ? DeepMutable<E>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

/** A writable GameState: the kernel's scratch state, filled lane by lane. */
export type ScratchState = DeepMutable<GameState>;

const OUTCOME_KINDS: readonly (OutcomeKind | null)[] = [null, 'settlement', 'collapse', 'horizon'];

/** The code of a collapse in the lanes' outcomeKind field (0 is no outcome yet). */
export const COLLAPSE = OUTCOME_KINDS.indexOf('collapse');

/** The scalar fields of a lane, in storage order. */
const SCALAR_FIELDS = [
  'rngState',
  'tanksActive',
  'tanksStorageRestorable',
  'tanksStorageUnrestorable',
  'ifvApcActive',
  'ifvApcStorageRestorable',
  'ifvApcStorageUnrestorable',
  'artilleryActive',
  'artilleryStorage',
  'russianShellStockRounds',
  'forceStrength',
  'recruitPoolIndex',
  'bonusIndex',
  'mobilisedInTraining',
  'paymentsCut',
  'nwfLiquidTrnRub',
  'newDebtTrnRub',
  'cpiPct',
  'keyRatePct',
  'laborShortageM',
  'uralsDiscountUsdPerBbl',
  'vatRaised',
  'extraSpendingTrnRubPerQuarter',
  'extraRevenueTrnRubPerQuarter',
  'oneOffSpendingTrnRub',
  'pendingInflationPp',
  'tempo',
  'occupiedKm2',
  'cohesion',
  'beliefWestQuits',
  'aidSpentTotalBnEur',
  'sanctionsLevel',
  'lowAidStreak',
  'warFootingSinceQuarter',
  'mobilisations',
  'northKoreaSurgeQuartersLeft',
  'iranSupplying',
  'chinaSupplying',
  'postureLevel',
  'freezeQuartersLeft',
  'quartersSinceShift',
  'outcomeKind',
  'outcomeQuarter',
  'outcomeScore',
] as const;

type ScalarField = (typeof SCALAR_FIELDS)[number];

/** The state of `runs` runs at one quarter, field by field. */
export interface Lanes {
  readonly runs: number;
  /** The quarter every lane is at (the runs advance together). */
  quarterIndex: number;
  /** One array per scalar field, one entry per run. */
  readonly scalars: Readonly<Record<ScalarField, Float64Array>>;
  /** Slots of the aid history (newest first) and how many of them are in use (the same in every lane). */
  readonly aidSlots: number;
  aidLength: number;
  readonly aidHistory: Float64Array;
  readonly conditionSlots: number;
  readonly conditionActive: Float64Array;
  readonly conditionStreak: Float64Array;
  readonly thresholdSlots: number;
  readonly thresholdActive: Float64Array;
  readonly optionSlots: number;
  readonly lastTakenQuarter: Float64Array;
  /** Temporary modifiers of each run (rare: only injects put them there), kept as the engine's lists. */
  readonly modifiers: (readonly Modifier[])[];
  /** The identity fields every run shares with the state they started from. */
  readonly template: GameState;
}

/**
 * Lanes for `runs` runs that all start from `state` (or run r from `starts[r]`, a state of the
 * same quarter and shape), run r with generator state `rngStates[r]`. `aidSlots` is how many
 * quarters of aid history the scenario keeps (its delivery weights).
 */
export function createLanes(
  state: GameState,
  runs: number,
  rngStates: ArrayLike<number>,
  aidSlots: number,
  starts?: readonly GameState[],
): Lanes {
  const scalars = Object.fromEntries(SCALAR_FIELDS.map((f) => [f, new Float64Array(runs)])) as Record<
    ScalarField,
    Float64Array
  >;
  const slots = Math.max(aidSlots, state.west.aidHistoryBnEur.length);
  const lanes: Lanes = {
    runs,
    quarterIndex: state.quarterIndex,
    scalars,
    aidSlots: slots,
    aidLength: state.west.aidHistoryBnEur.length,
    aidHistory: new Float64Array(runs * slots),
    conditionSlots: state.posture.conditionActive.length,
    conditionActive: new Float64Array(runs * state.posture.conditionActive.length),
    conditionStreak: new Float64Array(runs * state.posture.conditionStreak.length),
    thresholdSlots: state.posture.thresholdActive.length,
    thresholdActive: new Float64Array(runs * state.posture.thresholdActive.length),
    optionSlots: state.kremlin.lastTakenQuarter.length,
    lastTakenQuarter: new Float64Array(runs * state.kremlin.lastTakenQuarter.length),
    modifiers: new Array<readonly Modifier[]>(runs),
    template: state,
  };
  for (let l = 0; l < runs; l++)
    writeLane(lanes, l, { ...(starts?.[l] ?? state), rngState: (rngStates[l] ?? 0) >>> 0 });
  return lanes;
}

/** A scratch state shaped like `template`, whose lists have the lanes' lengths: readLane fills it. */
export function createScratch(lanes: Lanes): ScratchState {
  const t = lanes.template;
  return {
    ...t,
    equipment: { ...t.equipment },
    manpower: { ...t.manpower },
    economy: { ...t.economy },
    battlefield: { ...t.battlefield },
    west: { ...t.west, aidHistoryBnEur: new Array<number>(lanes.aidLength).fill(0) },
    kremlin: { ...t.kremlin, lastTakenQuarter: new Array<number>(lanes.optionSlots).fill(-1) },
    posture: {
      ...t.posture,
      conditionActive: new Array<boolean>(lanes.conditionSlots).fill(false),
      conditionStreak: new Array<number>(lanes.conditionSlots).fill(0),
      thresholdActive: new Array<boolean>(lanes.thresholdSlots).fill(false),
    },
    modifiers: [],
    last: null,
    outcome: null,
  };
}

/** Fills `into` with lane `l` (its lists resized to the lanes' current lengths); returns it. */
export function readLane(lanes: Lanes, l: number, into: ScratchState): GameState {
  const s = lanes.scalars;
  const e = into.equipment;
  e.tanksActive = s.tanksActive[l]!;
  e.tanksStorageRestorable = s.tanksStorageRestorable[l]!;
  e.tanksStorageUnrestorable = s.tanksStorageUnrestorable[l]!;
  e.ifvApcActive = s.ifvApcActive[l]!;
  e.ifvApcStorageRestorable = s.ifvApcStorageRestorable[l]!;
  e.ifvApcStorageUnrestorable = s.ifvApcStorageUnrestorable[l]!;
  e.artilleryActive = s.artilleryActive[l]!;
  e.artilleryStorage = s.artilleryStorage[l]!;
  into.rngState = s.rngState[l]!;
  into.quarterIndex = lanes.quarterIndex;
  into.russianShellStockRounds = s.russianShellStockRounds[l]!;
  const m = into.manpower;
  m.forceStrength = s.forceStrength[l]!;
  m.recruitPoolIndex = s.recruitPoolIndex[l]!;
  m.bonusIndex = s.bonusIndex[l]!;
  m.mobilisedInTraining = s.mobilisedInTraining[l]!;
  m.paymentsCut = s.paymentsCut[l] === 1;
  const ec = into.economy;
  ec.nwfLiquidTrnRub = s.nwfLiquidTrnRub[l]!;
  ec.newDebtTrnRub = s.newDebtTrnRub[l]!;
  ec.cpiPct = s.cpiPct[l]!;
  ec.keyRatePct = s.keyRatePct[l]!;
  ec.laborShortageM = s.laborShortageM[l]!;
  ec.uralsDiscountUsdPerBbl = s.uralsDiscountUsdPerBbl[l]!;
  ec.vatRaised = s.vatRaised[l] === 1;
  ec.extraSpendingTrnRubPerQuarter = s.extraSpendingTrnRubPerQuarter[l]!;
  ec.extraRevenueTrnRubPerQuarter = s.extraRevenueTrnRubPerQuarter[l]!;
  ec.oneOffSpendingTrnRub = s.oneOffSpendingTrnRub[l]!;
  ec.pendingInflationPp = s.pendingInflationPp[l]!;
  const b = into.battlefield;
  b.tempo = s.tempo[l]!;
  b.occupiedKm2 = s.occupiedKm2[l]!;
  const w = into.west;
  w.cohesion = s.cohesion[l]!;
  w.beliefWestQuits = s.beliefWestQuits[l]!;
  const aid = w.aidHistoryBnEur;
  aid.length = lanes.aidLength;
  for (let k = 0; k < lanes.aidLength; k++) aid[k] = lanes.aidHistory[l * lanes.aidSlots + k]!;
  w.aidSpentTotalBnEur = s.aidSpentTotalBnEur[l]!;
  w.sanctionsLevel = s.sanctionsLevel[l]!;
  w.lowAidStreak = s.lowAidStreak[l]!;
  const k = into.kremlin;
  k.warFootingSinceQuarter = s.warFootingSinceQuarter[l]!;
  k.mobilisations = s.mobilisations[l]!;
  k.northKoreaSurgeQuartersLeft = s.northKoreaSurgeQuartersLeft[l]!;
  k.iranSupplying = s.iranSupplying[l] === 1;
  k.chinaSupplying = s.chinaSupplying[l] === 1;
  const taken = k.lastTakenQuarter;
  for (let i = 0; i < lanes.optionSlots; i++) taken[i] = lanes.lastTakenQuarter[l * lanes.optionSlots + i]!;
  const p = into.posture;
  p.level = s.postureLevel[l]!;
  const active = p.conditionActive;
  const streak = p.conditionStreak;
  for (let c = 0; c < lanes.conditionSlots; c++) {
    active[c] = lanes.conditionActive[l * lanes.conditionSlots + c] === 1;
    streak[c] = lanes.conditionStreak[l * lanes.conditionSlots + c]!;
  }
  const thresholds = p.thresholdActive;
  for (let t = 0; t < lanes.thresholdSlots; t++)
    thresholds[t] = lanes.thresholdActive[l * lanes.thresholdSlots + t] === 1;
  p.freezeQuartersLeft = s.freezeQuartersLeft[l]!;
  p.quartersSinceShift = s.quartersSinceShift[l]!;
  into.modifiers = (lanes.modifiers[l] ?? []) as ScratchState['modifiers'];
  into.outcome = outcomeOf(lanes, l);
  return into;
}

/** The outcome lane `l` has reached, or null. */
export function outcomeOf(lanes: Lanes, l: number): Outcome | null {
  const kind = OUTCOME_KINDS[lanes.scalars.outcomeKind[l]!] ?? null;
  return kind
    ? {
        kind,
        quarterIndex: lanes.scalars.outcomeQuarter[l]!,
        score: lanes.scalars.outcomeScore[l]!,
        terms: null,
      }
    : null;
}

/** Stores `state` as lane `l` (its quarter and list lengths must be the lanes'). */
export function writeLane(lanes: Lanes, l: number, state: GameState): void {
  const s = lanes.scalars;
  const e = state.equipment;
  s.rngState[l] = state.rngState;
  s.tanksActive[l] = e.tanksActive;
  s.tanksStorageRestorable[l] = e.tanksStorageRestorable;
  s.tanksStorageUnrestorable[l] = e.tanksStorageUnrestorable;
  s.ifvApcActive[l] = e.ifvApcActive;
  s.ifvApcStorageRestorable[l] = e.ifvApcStorageRestorable;
  s.ifvApcStorageUnrestorable[l] = e.ifvApcStorageUnrestorable;
  s.artilleryActive[l] = e.artilleryActive;
  s.artilleryStorage[l] = e.artilleryStorage;
  s.russianShellStockRounds[l] = state.russianShellStockRounds;
  const m = state.manpower;
  s.forceStrength[l] = m.forceStrength;
  s.recruitPoolIndex[l] = m.recruitPoolIndex;
  s.bonusIndex[l] = m.bonusIndex;
  s.mobilisedInTraining[l] = m.mobilisedInTraining;
  s.paymentsCut[l] = m.paymentsCut ? 1 : 0;
  const ec = state.economy;
  s.nwfLiquidTrnRub[l] = ec.nwfLiquidTrnRub;
  s.newDebtTrnRub[l] = ec.newDebtTrnRub;
  s.cpiPct[l] = ec.cpiPct;
  s.keyRatePct[l] = ec.keyRatePct;
  s.laborShortageM[l] = ec.laborShortageM;
  s.uralsDiscountUsdPerBbl[l] = ec.uralsDiscountUsdPerBbl;
  s.vatRaised[l] = ec.vatRaised ? 1 : 0;
  s.extraSpendingTrnRubPerQuarter[l] = ec.extraSpendingTrnRubPerQuarter;
  s.extraRevenueTrnRubPerQuarter[l] = ec.extraRevenueTrnRubPerQuarter;
  s.oneOffSpendingTrnRub[l] = ec.oneOffSpendingTrnRub;
  s.pendingInflationPp[l] = ec.pendingInflationPp;
  s.tempo[l] = state.battlefield.tempo;
  s.occupiedKm2[l] = state.battlefield.occupiedKm2;
  const w = state.west;
  s.cohesion[l] = w.cohesion;
  s.beliefWestQuits[l] = w.beliefWestQuits;
  lanes.aidLength = Math.min(lanes.aidSlots, w.aidHistoryBnEur.length);
  for (let k = 0; k < lanes.aidLength; k++) lanes.aidHistory[l * lanes.aidSlots + k] = w.aidHistoryBnEur[k]!;
  s.aidSpentTotalBnEur[l] = w.aidSpentTotalBnEur;
  s.sanctionsLevel[l] = w.sanctionsLevel;
  s.lowAidStreak[l] = w.lowAidStreak;
  const k = state.kremlin;
  s.warFootingSinceQuarter[l] = k.warFootingSinceQuarter;
  s.mobilisations[l] = k.mobilisations;
  s.northKoreaSurgeQuartersLeft[l] = k.northKoreaSurgeQuartersLeft;
  s.iranSupplying[l] = k.iranSupplying ? 1 : 0;
  s.chinaSupplying[l] = k.chinaSupplying ? 1 : 0;
  for (let i = 0; i < lanes.optionSlots; i++)
    lanes.lastTakenQuarter[l * lanes.optionSlots + i] = k.lastTakenQuarter[i] ?? -1;
  const p = state.posture;
  s.postureLevel[l] = p.level;
  for (let c = 0; c < lanes.conditionSlots; c++) {
    lanes.conditionActive[l * lanes.conditionSlots + c] = p.conditionActive[c] ? 1 : 0;
    lanes.conditionStreak[l * lanes.conditionSlots + c] = p.conditionStreak[c] ?? 0;
  }
  for (let t = 0; t < lanes.thresholdSlots; t++)
    lanes.thresholdActive[l * lanes.thresholdSlots + t] = p.thresholdActive[t] ? 1 : 0;
  s.freezeQuartersLeft[l] = p.freezeQuartersLeft;
  s.quartersSinceShift[l] = p.quartersSinceShift;
  lanes.modifiers[l] = state.modifiers;
  const outcome = state.outcome;
  s.outcomeKind[l] = outcome ? OUTCOME_KINDS.indexOf(outcome.kind) : 0;
  s.outcomeQuarter[l] = outcome ? outcome.quarterIndex : -1;
  s.outcomeScore[l] = outcome ? outcome.score : 0;
}
