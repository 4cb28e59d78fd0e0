/**
 * What a facilitator (the white cell) can do to a game between quarters, and the record that
 * replays it: injects (scripted events with their effect on the model), overrides of a model
 * outcome with a written reason, and a person's Kremlin choices. All pure; a game record of
 * turns replays to the same state every time.
 */
import { clamp } from './lookup';
import type { ScenarioParams } from './params';
import { createInitialState } from './initial-state';
import type { KremlinOption } from './systems/kremlin-options';
import { stepQuarter } from './step-quarter';
import { applyInject } from './systems/injects';
import type { GameState, Policy, ReportEvent, TurnReport } from './types';

/** State fields a facilitator may override, with their bounds. */
export const OVERRIDE_TARGETS = {
  westernCohesion: [0, 100],
  beliefWestQuits: [0, 1],
  postureLevel: [0, 3],
  forceStrength: [0, 5_000_000],
  nwfLiquidTrnRub: [0, 50],
  occupiedKm2: [0, 603_700],
  tanksActive: [0, 10_000],
  tanksStorageRestorable: [0, 10_000],
  tempo: [0.3, 1.5],
  cpiPct: [0, 80],
  keyRatePct: [0, 40],
} as const;

/** A field a facilitator may override. */
export type OverrideTarget = keyof typeof OVERRIDE_TARGETS;

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

/** Applies one override, clamped to its bounds; the last indicators follow so the screens agree. */
export function applyOverride(state: GameState, override: Override): GameState {
  const [min, max] = OVERRIDE_TARGETS[override.target];
  const v = clamp(Number.isFinite(override.value) ? override.value : min, min, max);
  const last = state.last;
  switch (override.target) {
    case 'westernCohesion':
      return {
        ...state,
        west: { ...state.west, cohesion: v },
        last: last && { ...last, westernCohesion: v },
      };
    case 'beliefWestQuits':
      return {
        ...state,
        west: { ...state.west, beliefWestQuits: v },
        last: last && { ...last, beliefWestQuits: v },
      };
    case 'postureLevel': {
      const level = Math.round(v);
      return {
        ...state,
        posture: { ...state.posture, level, quartersSinceShift: 0 },
        last: last && { ...last, posture: level },
      };
    }
    case 'forceStrength':
      return {
        ...state,
        manpower: { ...state.manpower, forceStrength: v },
        last: last && { ...last, forceStrength: v },
      };
    case 'nwfLiquidTrnRub':
      return {
        ...state,
        economy: { ...state.economy, nwfLiquidTrnRub: v },
        last: last && { ...last, nwfLiquidTrnRub: v },
      };
    case 'occupiedKm2':
      return {
        ...state,
        battlefield: { ...state.battlefield, occupiedKm2: v },
        last: last && { ...last, occupiedKm2: v },
      };
    case 'tanksActive':
      return {
        ...state,
        equipment: { ...state.equipment, tanksActive: v },
        last: last && { ...last, tanksActive: v },
      };
    case 'tanksStorageRestorable':
      return {
        ...state,
        equipment: { ...state.equipment, tanksStorageRestorable: v },
        last: last && { ...last, tanksStorageRestorable: v },
      };
    case 'tempo':
      return {
        ...state,
        battlefield: { ...state.battlefield, tempo: v },
        last: last && { ...last, tempo: v },
      };
    case 'cpiPct':
      return {
        ...state,
        economy: { ...state.economy, cpiPct: v },
        last: last && { ...last, inflationPct: v },
      };
    case 'keyRatePct':
      return {
        ...state,
        economy: { ...state.economy, keyRatePct: v },
        last: last && { ...last, keyRatePct: v },
      };
  }
}

/** Plays one turn: on-demand injects, then overrides, then the quarter (with the Kremlin player's choices if any). */
export function playTurn(
  state: GameState,
  turn: Turn,
  params: ScenarioParams,
): { state: GameState; report: TurnReport } {
  let s = state;
  const preEvents: ReportEvent[] = [];
  for (const id of turn.injects ?? []) {
    const fired = applyInject(s, id, params);
    s = fired.state;
    if (fired.event) preEvents.push(fired.event);
  }
  for (const o of turn.overrides ?? []) {
    s = applyOverride(s, o);
    preEvents.push({
      code: 'override.applied',
      category: 'west',
      severity: 'info',
      values: { target: o.target, value: o.value, reason: o.reason },
      causes: ['facilitator.override'],
      sources: [],
    });
  }
  const step = stepQuarter(
    s,
    turn.policy,
    params,
    turn.kremlinChoices ? { kremlinChoices: turn.kremlinChoices } : {},
  );
  return {
    state: step.state,
    report: preEvents.length
      ? { ...step.report, events: [...preEvents, ...step.report.events] }
      : step.report,
  };
}

/** Replays a game record from its seed: the basis of share codes, rewinds and the team comparison. */
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
