/**
 * Putin's negotiating posture, a track from Maximalist (0) upwards, moved like Twilight Struggle's
 * DEFCON track. It moves up one level a quarter when enough material pressures are active AND his
 * belief that the West will quit has fallen below the level's gate (model reference §3.5; the
 * report: aid that "would invalidate the assumptions upon which Putin's theory of victory rests").
 * It moves back one level when Western support falters: aid below half the status quo for some
 * quarters, or his belief climbing back. A mobilisation freezes it for some quarters ([69]).
 */
import type { ScenarioParams } from '../params';
import type { Policy } from '../types';

/** Inputs of the posture decision. */
export interface PostureInput {
  readonly level: number;
  readonly activePressures: number;
  readonly belief: number;
  readonly lowAidStreak: number;
  readonly freezeQuartersLeft: number;
}

/** The decision: the new level and why. */
export interface PostureDecision {
  readonly level: number;
  readonly direction: 'up' | 'down' | 'none';
  readonly reason: 'pressures' | 'aidFaltered' | 'beliefRecovered' | 'frozen' | 'none';
}

/** Decides whether the posture moves this quarter. */
export function decidePosture(input: PostureInput, params: ScenarioParams): PostureDecision {
  const p = params.posture;
  const levels = p.levels;
  if (input.level > 0 && input.lowAidStreak >= p.retreatQuarters) {
    return { level: input.level - 1, direction: 'down', reason: 'aidFaltered' };
  }
  if (input.level > 0 && input.belief > p.retreatBeliefAbove) {
    return { level: input.level - 1, direction: 'down', reason: 'beliefRecovered' };
  }
  const next = levels[input.level + 1];
  if (next && input.activePressures >= next.pressuresRequired && input.belief < next.beliefBelow) {
    if (input.freezeQuartersLeft > 0) return { level: input.level, direction: 'none', reason: 'frozen' };
    return { level: input.level + 1, direction: 'up', reason: 'pressures' };
  }
  return { level: input.level, direction: 'none', reason: 'none' };
}

/** What the next level up needs and what is in place: the "3 of 4 pressures active" line of the UI. */
export interface NextLevelProgress {
  readonly nextLevel: number | null;
  readonly pressuresActive: number;
  readonly pressuresRequired: number;
  readonly belief: number;
  readonly beliefBelow: number;
}

/** Progress towards the next posture level, or nextLevel null at the top of the track. */
export function nextLevelProgress(
  level: number,
  activePressures: number,
  belief: number,
  params: ScenarioParams,
): NextLevelProgress {
  const next = params.posture.levels[level + 1];
  return {
    nextLevel: next ? next.level : null,
    pressuresActive: activePressures,
    pressuresRequired: next ? next.pressuresRequired : 0,
    belief,
    beliefBelow: next ? next.beliefBelow : 0,
  };
}

/**
 * Quarters the posture stays frozen after this quarter: one fewer, never below 0. It runs before
 * the Kremlin decides, so a mobilisation this quarter sets a full freeze that already holds the
 * posture in this quarter's decision.
 */
export function freezeQuartersLeftAfter(quartersLeft: number): number {
  return Math.max(0, quartersLeft - 1);
}

/** Quarters since the posture last moved: one more when it held this quarter, 0 when it moved. */
export function quartersSinceShiftAfter(
  previous: number,
  decision: Pick<PostureDecision, 'direction'>,
): number {
  return decision.direction === 'none' ? previous + 1 : 0;
}

/**
 * The low-aid streak carried into the next quarter: a retreat because aid faltered uses the streak
 * up, so it restarts at 0; otherwise it is carried as lowAidStreakAfter left it.
 */
export function lowAidStreakAfterDecision(
  streak: number,
  decision: Pick<PostureDecision, 'direction' | 'reason'>,
): number {
  return decision.direction === 'down' && decision.reason === 'aidFaltered' ? 0 : streak;
}

/**
 * Quarters in a row with aid below the retreat fraction of the status quo (model reference §4): one
 * more when this quarter's aid is below it, else back to 0. Putin's posture retreats on a long streak.
 */
export function lowAidStreakAfter(previous: number, policy: Policy, params: ScenarioParams): number {
  const floorBnEur = params.posture.retreatAidBelowFraction * params.policy.aidStatusQuoBnEurPerQuarter;
  return policy.aidBnEurPerQuarter < floorBnEur ? previous + 1 : 0;
}
