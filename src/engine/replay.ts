/** Replays a game from its seed and decisions: the compact save and the share code's basis. */
import { createInitialState } from './initial-state';
import type { ScenarioParams } from './params';
import { stepQuarter } from './step-quarter';
import type { GameState, Policy, TurnReport } from './types';

/** Runs a schedule of policies from the start of a scenario and returns the final state and every report. */
export function replay(
  params: ScenarioParams,
  seed: number,
  policies: readonly Policy[],
): { state: GameState; reports: TurnReport[] } {
  let state = createInitialState(params, seed);
  const reports: TurnReport[] = [];
  for (const policy of policies) {
    const step = stepQuarter(state, policy, params);
    state = step.state;
    reports.push(step.report);
  }
  return { state, reports };
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
