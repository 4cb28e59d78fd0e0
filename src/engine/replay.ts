/**
 * Replaying a game from its seed and decisions: the basis of saves, share codes, rewinds and the
 * team comparison (replayTurns, the one replay of a record), and the projection's ghost line.
 */
import { playTurn, type Turn } from './facilitation';
import { createInitialState } from './initial-state';
import type { ScenarioParams } from './params';
import { stepQuarter } from './step-quarter';
import type { GameState, Policy, TurnReport } from './types';

/** Replays a game record from its seed: every turn's injects, overrides, Kremlin choices and quarter. */
export function replayTurns(
  params: ScenarioParams,
  seed: number,
  turns: readonly Turn[],
): { state: GameState; reports: TurnReport[] } {
  let state = createInitialState(params, seed);
  const reports: TurnReport[] = [];
  for (const turn of turns) {
    const r = playTurn(state, turn, params);
    state = r.state;
    reports.push(r.report);
  }
  return { state, reports };
}

/** replayTurns for a plain schedule of policies (no facilitator, the rules play the Kremlin). */
export function replay(
  params: ScenarioParams,
  seed: number,
  policies: readonly Policy[],
): { state: GameState; reports: TurnReport[] } {
  return replayTurns(
    params,
    seed,
    policies.map((policy) => ({ policy })),
  );
}

/** Runs forward from a state for a number of quarters under one policy (the projection's ghost line). */
export function project(
  state: GameState,
  policy: Policy,
  quarters: number,
  params: ScenarioParams,
): TurnReport[] {
  const reports: TurnReport[] = [];
  let s = state;
  for (let i = 0; i < quarters; i++) {
    const step = stepQuarter(s, policy, params);
    s = step.state;
    reports.push(step.report);
  }
  return reports;
}
