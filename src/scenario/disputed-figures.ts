/**
 * The disputed figures of scenarios/assumptions.json as the engine's sets of runs take them: every
 * assumption with each of its options' overrides (plain data, so they cross to a worker unchanged).
 * The bands' "include disputed figures" and `sim --runs N --disputed` both draw from this list, so
 * the game and the command line vary the same figures over the same documented options.
 */
import type { DisputedFigure, ScenarioParams } from '../engine';
import { ASSUMPTIONS, type Assumption } from './assumptions';
import { paramPathProblem } from './param-path';

const cache = new WeakMap<ScenarioParams, readonly DisputedFigure[]>();

/**
 * Every assumption (in the panel's order) with the overrides of each option that fit `params`;
 * an override a scenario has no place for is left out, as applyAssumptions leaves it out, and an
 * assumption none of whose overrides fit is not varied at all. Pure; the same list object is
 * returned for the same parameters object and the bundled assumptions.
 */
export function disputedFiguresFor(
  params: ScenarioParams,
  assumptions: readonly Assumption[] = ASSUMPTIONS,
): readonly DisputedFigure[] {
  const cached = assumptions === ASSUMPTIONS ? cache.get(params) : undefined;
  if (cached) return cached;
  const figures = assumptions.flatMap((assumption): DisputedFigure[] => {
    const options = assumption.options.map((option) => ({
      id: option.id,
      overrides: Object.fromEntries(
        Object.entries(option.overrides).filter(
          ([path, value]) => paramPathProblem(params, path, value) === null,
        ),
      ),
    }));
    return options.some((o) => Object.keys(o.overrides).length > 0) ? [{ id: assumption.id, options }] : [];
  });
  if (assumptions === ASSUMPTIONS) cache.set(params, figures);
  return figures;
}
