/**
 * The facilitator's console as a screen shows it: the scenario's injects (scheduled and on demand,
 * with whether each has fired), the fields an override may set with their current values and
 * bounds, the log, and, once revealed, the Kremlin's hidden state.
 */
import {
  OVERRIDE_TARGETS,
  WHOLE_STEP_OVERRIDE_TARGETS,
  overrideTargetValue,
  quarterLabel,
  type GameState,
  type OverrideTarget,
  type ScenarioParams,
  type TurnReport,
} from '../../engine';
import type { GameStore } from '../store/contract';
import { kremlinHiddenState, type KremlinHiddenState } from './kremlin-view';
import { currentState, memoOnIdentity } from '../selectors/selector-support';
import type { FacilitatorState } from '../store/workshop-contract';

/** One inject on the console. */
export interface InjectView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Quarter index when it fires by itself, or null for on demand; with its label ('2025-Q2'). */
  readonly scheduledQuarter: number | null;
  readonly scheduledLabel: string | null;
  /** True once it has fired in this game (by schedule or by the facilitator, this quarter included). */
  readonly fired: boolean;
  readonly sources: readonly string[];
}

/** One field the white cell may override: its value now and its bounds, in the field's unit. */
export interface OverrideTargetView {
  readonly target: OverrideTarget;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** True when the target takes whole numbers only (the posture level). */
  readonly wholeSteps: boolean;
}

/** Everything the console shows. */
export interface FacilitatorConsole {
  readonly enabled: boolean;
  readonly paused: boolean;
  readonly revealKremlin: boolean;
  readonly injects: readonly InjectView[];
  readonly overrides: readonly OverrideTargetView[];
  readonly log: FacilitatorState['log'];
  /** Null until the facilitator reveals it. */
  readonly kremlin: KremlinHiddenState | null;
}

/** Ids of the injects that fired in the reports. */
export function firedInjectIds(history: readonly TurnReport[]): Set<string> {
  return new Set(
    history.flatMap((r) =>
      r.events.filter((e) => e.code === 'inject.fired').map((e) => String(e.values['id'])),
    ),
  );
}

const build = memoOnIdentity(
  (
    params: ScenarioParams,
    state: GameState,
    history: readonly TurnReport[],
    pendingInjects: readonly string[],
    facilitator: FacilitatorState,
  ): FacilitatorConsole => {
    const fired = firedInjectIds(history);
    const label = (q: number): string => quarterLabel(params.startYear, params.startQuarter, q);
    return {
      enabled: facilitator.enabled,
      paused: facilitator.paused,
      revealKremlin: facilitator.revealKremlin,
      injects: params.injects.map((i) => ({
        id: i.id,
        title: i.title,
        description: i.description,
        scheduledQuarter: i.scheduledQuarter,
        scheduledLabel: i.scheduledQuarter === null ? null : label(i.scheduledQuarter),
        fired: fired.has(i.id) || pendingInjects.includes(i.id),
        sources: i.sources,
      })),
      overrides: overrideBounds().map((o) => ({ ...o, value: overrideTargetValue(state, o.target) })),
      log: facilitator.log,
      kremlin: facilitator.revealKremlin ? kremlinHiddenState(state, params) : null,
    };
  },
);

/** The facilitator's console of the current game (of the opening state before one starts). */
export function selectFacilitatorConsole(s: GameStore): FacilitatorConsole {
  return build(s.scenario.params, currentState(s), s.history, s.pendingInjects, s.facilitator);
}

/** Every field a facilitator may override, with its bounds in its unit (min, max) and whether only whole steps are allowed. */
export function overrideBounds(): {
  target: OverrideTarget;
  min: number;
  max: number;
  wholeSteps: boolean;
}[] {
  return (Object.keys(OVERRIDE_TARGETS) as OverrideTarget[]).map((target) => ({
    target,
    min: OVERRIDE_TARGETS[target][0],
    max: OVERRIDE_TARGETS[target][1],
    wholeSteps: WHOLE_STEP_OVERRIDE_TARGETS.has(target),
  }));
}
