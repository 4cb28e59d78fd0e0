/**
 * Reading and checking one engine parameter by its dotted path ('equipment.tankNewPerQuarter',
 * 'policy.sanctionsLevels.4.cohesionCostPerQuarter'), the same paths the provenance uses. Used by
 * the assumptions, which override a few numbers or tables of a scenario without touching the rest.
 */
import { readParamPath, withParamPath, type ParamValue, type ScenarioParams } from '../engine';

export { readParamPath, withParamPath, type ParamValue };

/** True for the points of a lookup table: a non-empty list of [x, y] number pairs. */
export function isTablePoints(x: unknown): x is readonly (readonly [number, number])[] {
  return (
    Array.isArray(x) &&
    x.length > 0 &&
    x.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number'))
  );
}

/**
 * Why `value` cannot replace the parameter at `path`, or null when it can: the path must exist and
 * hold a number (replaced by a number) or a lookup table (replaced by a table).
 */
export function paramPathProblem(params: ScenarioParams, path: string, value: unknown): string | null {
  const current = readParamPath(params, path);
  if (current === undefined) return `"${path}" is not a parameter of the scenario`;
  if (typeof current === 'number')
    return typeof value === 'number' && Number.isFinite(value) ? null : `"${path}" takes a number`;
  if (isTablePoints(current)) return isTablePoints(value) ? null : `"${path}" takes a table of [x, y] points`;
  return `"${path}" is neither a number nor a table, so no assumption may set it`;
}
