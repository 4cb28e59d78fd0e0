/**
 * Pure helpers the slices share: seeds, the status-quo policy, lever clamping, the four-quarter
 * projection and the status-quo baseline. They take plain state and scenario parameters and
 * return new plain values; the slices write them back in one set.
 */
import {
  project,
  replay,
  type GameState,
  type Policy,
  type ScenarioParams,
  type TurnReport,
} from '../../engine';
import type { Projection } from '../store/contract';

/** How many quarters the projection looks ahead (never past the horizon). */
export const PROJECTION_QUARTERS = 4;

/** The scenario's status quo: the January 2025 aid level and sanctions package. */
export function statusQuoPolicy(params: ScenarioParams): Policy {
  return {
    aidBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter,
    sanctionsLevel: params.policy.sanctionsStatusQuoLevel,
  };
}

/** Aid clamped to 0…max and rounded to €0.1 bn; null for a value that is not a finite number. */
export function clampAid(aidBnEurPerQuarter: number, params: ScenarioParams): number | null {
  if (!Number.isFinite(aidBnEurPerQuarter)) return null;
  const clamped = Math.min(params.policy.aidMaxBnEurPerQuarter, Math.max(0, aidBnEurPerQuarter));
  return Math.round(clamped * 10) / 10;
}

/** A sanctions level rounded and clamped to the scenario's levels; null for a non-finite value. */
export function clampSanctions(level: number, params: ScenarioParams): number | null {
  if (!Number.isFinite(level)) return null;
  const max = params.policy.sanctionsLevels.length - 1;
  return Math.min(max, Math.max(0, Math.round(level)));
}

/** True when two policies set the same levers. */
export function samePolicy(a: Policy, b: Policy): boolean {
  return a.aidBnEurPerQuarter === b.aidBnEurPerQuarter && a.sanctionsLevel === b.sanctionsLevel;
}

/**
 * The next quarters run forward under the pending policy and under the status quo, stopping at
 * the horizon; null when there is no game or it is over (nothing left to decide).
 */
export function projectionFor(
  game: GameState | null,
  pending: Policy,
  params: ScenarioParams,
): Projection | null {
  if (!game || game.outcome) return null;
  const quarters = Math.max(0, Math.min(PROJECTION_QUARTERS, params.horizonQuarters - game.quarterIndex));
  const statusQuo = project(game, statusQuoPolicy(params), quarters, params);
  const same = samePolicy(pending, statusQuoPolicy(params));
  return { pending: same ? statusQuo : project(game, pending, quarters, params), statusQuo };
}

/** The status-quo path from the start over the whole horizon, for the charts' baseline. */
export function baselineFor(params: ScenarioParams, seed: number): TurnReport[] {
  const policies = new Array<Policy>(params.horizonQuarters).fill(statusQuoPolicy(params));
  return replay(params, seed, policies).reports;
}

/** Largest accepted seed: seeds are integers 0 … 2^31 − 1. */
export const MAX_SEED = 2 ** 31 - 1;

/** True for an integer seed in 0 … 2^31 − 1. */
export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/**
 * A random-looking seed from a clock reading in milliseconds: a 32-bit mix of the low and high
 * words, so neighbouring milliseconds give unrelated seeds. Deterministic for a given reading.
 */
export function seedFromClock(ms: number): number {
  const whole = Number.isFinite(ms) ? Math.abs(Math.trunc(ms)) : 0;
  let h = (whole >>> 0) ^ Math.imul(Math.floor(whole / 4294967296) >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) & MAX_SEED;
}
