/**
 * Posture thresholds T1–T8 (model reference §3.5), data-driven: each is a set of conditions on
 * indicators, active when any condition is. A condition turns on after its start value has held
 * for its required quarters and turns off only past its stop value (hysteresis), so a quantity
 * hovering at the line does not flicker the posture.
 */
import type { ScenarioParams, ThresholdConditionParams } from '../params';
import type { Indicators } from '../types';

/** One condition's memory. */
export interface ConditionMemory {
  readonly active: boolean;
  readonly streak: number;
}

/** Reads a named indicator as a number. */
export function metricValue(indicators: Indicators, metric: string): number {
  const value = (indicators as unknown as Record<string, unknown>)[metric];
  return typeof value === 'number' ? value : Number.NaN;
}

/** Advances one condition by a quarter with hysteresis. */
export function stepCondition(
  condition: ThresholdConditionParams,
  memory: ConditionMemory,
  value: number,
): ConditionMemory {
  const startHolds = condition.direction === 'below' ? value < condition.start : value > condition.start;
  if (memory.active) {
    const released = condition.direction === 'below' ? value > condition.stop : value < condition.stop;
    return released
      ? { active: false, streak: 0 }
      : { active: true, streak: memory.streak + (startHolds ? 1 : 0) };
  }
  const streak = startHolds ? memory.streak + 1 : 0;
  return { active: streak >= condition.quarters, streak };
}

/** Threshold memory after a quarter, and which thresholds changed. */
export interface ThresholdStep {
  readonly conditionActive: boolean[];
  readonly conditionStreak: number[];
  readonly thresholdActive: boolean[];
  /** Indices of thresholds that turned on, and that turned off, this quarter. */
  readonly turnedOn: number[];
  readonly turnedOff: number[];
}

/** Evaluates every threshold against this quarter's indicators. */
export function stepThresholds(
  previous: {
    conditionActive: readonly boolean[];
    conditionStreak: readonly number[];
    thresholdActive: readonly boolean[];
  },
  indicators: Indicators,
  params: ScenarioParams,
): ThresholdStep {
  const conditionActive: boolean[] = [];
  const conditionStreak: number[] = [];
  const thresholdActive: boolean[] = [];
  const turnedOn: number[] = [];
  const turnedOff: number[] = [];
  let c = 0;
  params.posture.thresholds.forEach((threshold, t) => {
    let any = false;
    for (const condition of threshold.conditions) {
      const memory = stepCondition(
        condition,
        { active: previous.conditionActive[c] ?? false, streak: previous.conditionStreak[c] ?? 0 },
        metricValue(indicators, condition.metric),
      );
      conditionActive.push(memory.active);
      conditionStreak.push(memory.streak);
      any = any || memory.active;
      c++;
    }
    thresholdActive.push(any);
    const was = previous.thresholdActive[t] ?? false;
    if (any && !was) turnedOn.push(t);
    if (!any && was) turnedOff.push(t);
  });
  return { conditionActive, conditionStreak, thresholdActive, turnedOn, turnedOff };
}

/** Number of active material pressures (T1–T7), the count the posture rules use. */
export function activeMaterialPressures(thresholdActive: readonly boolean[], params: ScenarioParams): number {
  let n = 0;
  params.posture.thresholds.forEach((t, i) => {
    if (t.kind === 'material' && thresholdActive[i]) n++;
  });
  return n;
}

const indexCache = new WeakMap<ScenarioParams, ReadonlyMap<string, number>>();

/** The parameters last asked about and their index: a set of runs asks about one params object many times. */
let lastAsked: { params: ScenarioParams; index: ReadonlyMap<string, number> } | null = null;

/** Index of each threshold id in a scenario, computed once per params object (a pure memo). */
function thresholdIndex(params: ScenarioParams): ReadonlyMap<string, number> {
  if (lastAsked?.params === params) return lastAsked.index;
  let index = indexCache.get(params);
  if (!index) {
    index = new Map(params.posture.thresholds.map((t, i) => [t.id, i]));
    indexCache.set(params, index);
  }
  lastAsked = { params, index };
  return index;
}

/** Whether a threshold with this id is active. */
export function isThresholdActive(
  id: string,
  thresholdActive: readonly boolean[],
  params: ScenarioParams,
): boolean {
  const i = thresholdIndex(params).get(id);
  return i !== undefined && (thresholdActive[i] ?? false);
}
