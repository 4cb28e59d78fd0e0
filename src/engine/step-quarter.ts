/**
 * stepQuarter(state, policy, params) -> { state, report }: one quarter of the war. Pure and
 * deterministic: the only randomness is drawn from state.rngState, always the same number of
 * draws a quarter, so two policies from one state face the same shocks. The quarter's systems and
 * their order live in quarter-core.ts (shared with the numeric kernel); this adds the scheduled
 * injects before them and the report after them: events with causes and sources, and the label.
 */
import { computeQuarter, nextStateOf, type StepOptions } from './quarter-core';
import type { ScenarioParams } from './params';
import { buildEvents } from './report-events';
import { quarterLabel } from './quarter';
import { fireScheduledInjects } from './systems/injects';
import type { GameState, Policy, StepResult } from './types';

export { normalisePolicy, type StepOptions } from './quarter-core';

/** Advances the game by one quarter under a policy. */
export function stepQuarter(
  initial: GameState,
  rawPolicy: Policy,
  params: ScenarioParams,
  options: StepOptions = {},
): StepResult {
  const scheduled = fireScheduledInjects(initial, params);
  const state = scheduled.state;
  const q = computeQuarter(state, rawPolicy, params, options);
  const next = nextStateOf(state, q);
  const events = scheduled.events.concat(
    buildEvents({
      before: state,
      after: next,
      indicators: q.indicators,
      west: q.west,
      thresholds: q.thresholds,
      kremlinChoices: q.kremlin.choices,
      posture: q.decision,
      newOutcome: state.outcome ? null : q.outcome,
      params,
    }),
  );
  return {
    state: next,
    report: {
      quarter: quarterLabel(params.startYear, params.startQuarter, state.quarterIndex),
      quarterIndex: state.quarterIndex,
      policy: q.policy,
      indicators: q.indicators,
      events,
    },
  };
}
