/**
 * Invariants of the state and the indicators: every value finite, stocks non-negative and each
 * value inside its documented range. Tests and development builds run them every quarter.
 */
import type { Indicators } from './types';

/** Ukraine's area within its internationally recognised borders, Crimea included, km². */
export const UKRAINE_AREA_KM2 = 603_700;

/** Documented range of each indicator, [min, max]. */
export const INDICATOR_RANGES: Readonly<Record<keyof Indicators, readonly [number, number]>> = {
  nwfLiquidTrnRub: [0, 50],
  tanksActive: [0, 10_000],
  tanksStorageRestorable: [0, 10_000],
  ifvApcActive: [0, 40_000],
  ifvApcStorageRestorable: [0, 20_000],
  artilleryActive: [0, 20_000],
  artilleryStorage: [0, 20_000],
  tankLosses: [0, 5_000],
  ifvApcLosses: [0, 10_000],
  artilleryLosses: [0, 5_000],
  barrelsWorn: [0, 10_000],
  tanksSupplied: [0, 5_000],
  ifvApcSupplied: [0, 10_000],
  armourUse: [0, 1],
  russianRoundsFired: [0, 10_000_000],
  northKoreaShareOfFire: [0, 1],
  ukrainianRoundsFired: [0, 10_000_000],
  fireRatio: [0, 20],
  casualties: [0, 1_000_000],
  recruits: [0, 1_000_000],
  replacementRatio: [0, 20],
  forceStrength: [0, 5_000_000],
  forceChange: [-1_000_000, 1_000_000],
  territoryGainedKm2: [0, 50_000],
  occupiedKm2: [0, UKRAINE_AREA_KM2],
  casualtiesPerKm2: [0, 1_000_000],
  tempo: [0, 2],
  brentUsdPerBbl: [0, 300],
  uralsUsdPerBbl: [0, 300],
  uralsDiscountUsdPerBbl: [0, 100],
  oilGasRevenueTrnRub: [0, 20],
  revenueTrnRub: [0, 50],
  spendingTrnRub: [0, 60],
  defenceSpendingTrnRub: [0, 40],
  deficitTrnRub: [-30, 40],
  borrowingTrnRub: [0, 20],
  monetisedTrnRub: [0, 40],
  inflationPct: [0, 80],
  perceivedInflationPct: [0, 200],
  keyRatePct: [0, 40],
  laborShortageM: [0, 20],
  aidBnEur: [0, 100],
  aidDeliveredBnEur: [0, 100],
  sanctionsLevel: [0, 10],
  westernCohesion: [0, 100],
  beliefWestQuits: [0, 1],
  activePressures: [0, 10],
  posture: [0, 10],
};

/**
 * A stock held inside its indicator's documented range. The model's flows know no ceiling, so the
 * systems call this where a quantity saturates (a fleet, a fund, a force); each call is a
 * modelling bound, not a figure from a source, and no normal game comes near it.
 */
export function withinRange(indicator: keyof Indicators, value: number): number {
  const range = INDICATOR_RANGES[indicator];
  return Math.min(range[1], Math.max(range[0], value));
}

/** Lists every indicator that is not finite or lies outside its documented range; empty when all hold. */
export function indicatorViolations(indicators: Indicators): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(INDICATOR_RANGES) as (keyof Indicators)[]) {
    const value = indicators[key];
    const [min, max] = INDICATOR_RANGES[key];
    if (!Number.isFinite(value)) problems.push(`${key} is not finite (${value})`);
    else if (value < min || value > max) problems.push(`${key} = ${value} outside [${min}, ${max}]`);
  }
  return problems;
}

/** Lists every number in a plain-JSON value that is negative where a stock must not be, or not finite. */
export function stateViolations(
  value: unknown,
  path = 'state',
  allowNegative: ReadonlySet<string> = NEGATIVE_OK,
): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return [`${path} is not finite`];
    const leaf = path.slice(path.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
    if (value < 0 && !allowNegative.has(leaf)) return [`${path} = ${value} is negative`];
    return [];
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) => stateViolations(v, `${path}[${i}]`, allowNegative));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stateViolations(v, `${path}.${k}`, allowNegative));
  }
  return [];
}

/** State fields that may be negative: flows and sentinels, not stocks. */
const NEGATIVE_OK: ReadonlySet<string> = new Set([
  'warFootingSinceQuarter',
  'lastTakenQuarter',
  'forceChange',
  'deficitTrnRub',
  'extraSpendingTrnRubPerQuarter',
]);
