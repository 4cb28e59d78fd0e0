/**
 * What a facilitator (the white cell) can do to a game between quarters, and the record that
 * replays it: injects (scripted events with their effect on the model), overrides of a model
 * outcome with a written reason, and a person's Kremlin choices. All pure; a game record of
 * turns replays to the same state every time.
 */
import { INDICATOR_RANGES } from './invariants';
import { clamp } from './lookup';
import type { ScenarioParams } from './params';
import {
  STATE_INDICATOR_FIELDS,
  stateIndicatorValue,
  type StateField,
  type StateIndicatorName,
} from './state-indicators';
import type { KremlinOption } from './systems/kremlin-options';
import { stepQuarter } from './step-quarter';
import { applyInject, injectFiredEvent } from './systems/injects';
import type { GameState, Policy, ReportEvent, TurnReport } from './types';

/** Targets that take whole numbers only (Putin's posture is a level on a track of whole steps). */
export const WHOLE_STEP_OVERRIDE_TARGETS: ReadonlySet<OverrideTarget> = new Set(['postureLevel']);

/** The white cell's adjudication: a field set to a value, with the reason written down. */
export interface Override {
  readonly target: OverrideTarget;
  readonly value: number;
  readonly reason: string;
}

/** One quarter as played: the West's policy, then what the white cell and the Kremlin player did. */
export interface Turn {
  readonly policy: Policy;
  /** On-demand injects fired before the quarter was ended, by id. */
  readonly injects?: readonly string[];
  readonly overrides?: readonly Override[];
  /** A person's Kremlin choices this quarter; absent = the rules decide. */
  readonly kremlinChoices?: readonly KremlinOption[];
}

/**
 * The indicator each override target sets. The target names are stored in saves and records, so
 * they stay as they are; the section and field of the state come from STATE_INDICATOR_FIELDS, the
 * one map of indicators to state fields.
 */
export const TARGET_FIELDS = {
  westernCohesion: 'westernCohesion',
  beliefWestQuits: 'beliefWestQuits',
  postureLevel: 'posture',
  forceStrength: 'forceStrength',
  nwfLiquidTrnRub: 'nwfLiquidTrnRub',
  occupiedKm2: 'occupiedKm2',
  tanksActive: 'tanksActive',
  tanksStorageRestorable: 'tanksStorageRestorable',
  tempo: 'tempo',
  cpiPct: 'inflationPct',
  keyRatePct: 'keyRatePct',
} as const satisfies Record<string, StateIndicatorName>;

/** A field a facilitator may override. */
export type OverrideTarget = keyof typeof TARGET_FIELDS;

/**
 * Where an override may set a field more narrowly than the field's indicator may range: the
 * posture track has four levels (0 to 3), and a tempo outside 0.3 to 1.5 of 2024's is beyond what
 * the model's front was calibrated on (modelling choice).
 */
const OVERRIDE_LIMITS: Readonly<Partial<Record<OverrideTarget, readonly [number, number]>>> = {
  postureLevel: [0, 3],
  tempo: [0.3, 1.5],
};

/**
 * State fields a facilitator may override, with their bounds in the field's unit: the range of the
 * indicator the field is read as (INDICATOR_RANGES, the one bounds table), or a narrower limit above.
 */
export const OVERRIDE_TARGETS = Object.fromEntries(
  (Object.keys(TARGET_FIELDS) as OverrideTarget[]).map((target) => [
    target,
    OVERRIDE_LIMITS[target] ?? INDICATOR_RANGES[TARGET_FIELDS[target]],
  ]),
) as Readonly<Record<OverrideTarget, readonly [number, number]>>;

/** The current value of an override target in a state, in the target's unit. */
export function overrideTargetValue(state: GameState, target: OverrideTarget): number {
  return stateIndicatorValue(state, TARGET_FIELDS[target]);
}

/**
 * The value an override sets, in the target's unit: inside the target's bounds (a value that is not
 * a finite number counts as the lower bound), and a whole level for Putin's posture. A pure function
 * of the override, so the live game, the record and the replay agree on it.
 */
export function appliedOverrideValue(override: Pick<Override, 'target' | 'value'>): number {
  const [min, max] = OVERRIDE_TARGETS[override.target];
  const clamped = clamp(Number.isFinite(override.value) ? override.value : min, min, max);
  const applied = WHOLE_STEP_OVERRIDE_TARGETS.has(override.target) ? Math.round(clamped) : clamped;
  // -0 becomes 0: JSON cannot hold -0, so a save or a code would otherwise reload a different game.
  return applied === 0 ? 0 : applied;
}

/** Applies one override as appliedOverrideValue gives it; the last indicators follow so the screens agree. */
export function applyOverride(state: GameState, override: Override): GameState {
  const indicator = TARGET_FIELDS[override.target];
  const { section, field } = STATE_INDICATOR_FIELDS[indicator] as StateField;
  const v = appliedOverrideValue(override);
  // Setting the posture restarts the count since the last shift.
  const isPosture = override.target === 'postureLevel';
  const changed = { ...state[section], [field]: v, ...(isPosture ? { quartersSinceShift: 0 } : {}) };
  return { ...state, [section]: changed, last: state.last && { ...state.last, [indicator]: v } };
}

/**
 * The events at the head of a quarter's report for the turn's on-demand injects and overrides, in
 * the order they are applied (every inject, then every override). They depend on the turn and the
 * scenario alone, so the store (which applied them to the live game as they happened) and a replay
 * build the same events: this is the one implementation of them.
 */
export function facilitationEvents(turn: Turn, params: ScenarioParams): ReportEvent[] {
  const events: ReportEvent[] = [];
  for (const id of turn.injects ?? []) {
    const fired = injectFiredEvent(id, params);
    if (fired) events.push(fired);
  }
  for (const o of turn.overrides ?? []) {
    events.push({
      code: 'override.applied',
      category: 'west',
      severity: 'info',
      // The value as applied, inside the field's bounds.
      values: { target: o.target, value: appliedOverrideValue(o), reason: o.reason },
      causes: ['facilitator.override'],
      sources: [],
    });
  }
  return events;
}

/** Applies a turn's on-demand injects, then its overrides, to the state at the quarter's start. */
export function applyFacilitation(
  state: GameState,
  turn: Pick<Turn, 'injects' | 'overrides'>,
  params: ScenarioParams,
): GameState {
  let s = state;
  for (const id of turn.injects ?? []) s = applyInject(s, id, params).state;
  for (const o of turn.overrides ?? []) s = applyOverride(s, o);
  return s;
}

/**
 * Ends a quarter on a state that already carries the turn's injects and overrides: one engine step
 * (with the Kremlin player's choices, if any), the facilitation events first in the report. The
 * store calls it on its live game; playTurn calls it after applyFacilitation.
 */
export function endFacilitatedQuarter(
  facilitated: GameState,
  turn: Turn,
  params: ScenarioParams,
): { state: GameState; report: TurnReport } {
  const choices = turn.kremlinChoices;
  const step = stepQuarter(facilitated, turn.policy, params, choices ? { kremlinChoices: choices } : {});
  const pre = facilitationEvents(turn, params);
  return {
    state: step.state,
    report: pre.length > 0 ? { ...step.report, events: [...pre, ...step.report.events] } : step.report,
  };
}

/** Plays one turn: on-demand injects, then overrides, then the quarter (with the Kremlin player's choices if any). */
export function playTurn(
  state: GameState,
  turn: Turn,
  params: ScenarioParams,
): { state: GameState; report: TurnReport } {
  return endFacilitatedQuarter(applyFacilitation(state, turn, params), turn, params);
}
