/**
 * Reading and replacing engine parameters by their dotted path ('equipment.tankNewPerQuarter',
 * 'policy.sanctionsLevels.4.cohesionCostPerQuarter'), the same paths the provenance uses. The
 * assumptions panel and the disputed figures of a set of runs both change a few numbers or tables
 * of a scenario this way, without touching the rest.
 */
import type { ScenarioParams } from './params';

/** A value an override may set: a number, or the [x, y] points of a lookup table. */
export type ParamValue = number | readonly (readonly [number, number])[];

/** The value at a dotted path of the parameters, or undefined when the path does not exist. */
export function readParamPath(params: ScenarioParams, path: string): unknown {
  let node: unknown = params;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Copies the containers along `keys` and sets the last one; arrays stay arrays. */
function setIn(node: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const container = node as Record<string, unknown>;
  const child = setIn(container[key], rest, value);
  if (Array.isArray(node)) {
    const copy = [...(node as unknown[])];
    copy[Number(key)] = child;
    return copy;
  }
  return { ...container, [key]: child };
}

/**
 * New parameters with the value at `path` replaced; the input is not changed. The path is trusted
 * (the scenario layer checks paths with paramPathProblem before they reach the engine).
 */
export function withParamPath(params: ScenarioParams, path: string, value: ParamValue): ScenarioParams {
  return setIn(params, path.split('.'), value) as ScenarioParams;
}

/** New parameters with every override (path → value) applied in order. */
export function withOverrides(
  params: ScenarioParams,
  overrides: Readonly<Record<string, ParamValue>>,
): ScenarioParams {
  let result = params;
  for (const [path, value] of Object.entries(overrides)) result = withParamPath(result, path, value);
  return result;
}
