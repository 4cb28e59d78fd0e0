/**
 * Checks of a game record read from outside (a save file, a share code): each takes unknown data
 * and says whether it is a turn, an override, a Kremlin option … the store could have written.
 * Values are bounded so that nothing read back can make a replay slow or a code grow without end.
 */
import {
  KREMLIN_OPTIONS,
  OVERRIDE_TARGETS,
  type KremlinOption,
  type Override,
  type ScenarioParams,
  type Turn,
} from '../../engine';
import { isPolicyFor, isRecord } from '../saves/save-format';

/** Longest override reason kept, in characters (the console's text box holds no more). */
export const OVERRIDE_REASON_MAX_CHARS = 300;
/** Most injects or overrides one quarter may record. */
export const MAX_ACTIONS_PER_QUARTER = 20;
/** Longest id (inject, scenario, assumption) accepted from outside, in characters. */
export const MAX_ID_CHARS = 100;

/** True for a name of KREMLIN_OPTIONS. */
export function isKremlinOption(x: unknown): x is KremlinOption {
  return typeof x === 'string' && (KREMLIN_OPTIONS as readonly string[]).includes(x);
}

/** True for a key of OVERRIDE_TARGETS. */
export function isOverrideTarget(x: unknown): x is keyof typeof OVERRIDE_TARGETS {
  return typeof x === 'string' && Object.hasOwn(OVERRIDE_TARGETS, x);
}

/** True for a short non-empty id string. */
export function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_ID_CHARS;
}

/** True for a list of at most MAX_ACTIONS_PER_QUARTER inject ids. */
export function isInjectList(x: unknown): x is readonly string[] {
  return Array.isArray(x) && x.length <= MAX_ACTIONS_PER_QUARTER && x.every(isId);
}

/** A trimmed override reason, or null when it is empty or too long. */
export function overrideReason(reason: unknown): string | null {
  if (typeof reason !== 'string') return null;
  const trimmed = reason.trim();
  return trimmed.length > 0 && trimmed.length <= OVERRIDE_REASON_MAX_CHARS ? trimmed : null;
}

/** True for an override: a known target, a finite value, a trimmed non-empty reason. */
export function isOverride(x: unknown): x is Override {
  return (
    isRecord(x) &&
    isOverrideTarget(x['target']) &&
    typeof x['value'] === 'number' &&
    Number.isFinite(x['value']) &&
    typeof x['reason'] === 'string' &&
    overrideReason(x['reason']) === x['reason']
  );
}

/** True for a list of at most MAX_ACTIONS_PER_QUARTER overrides. */
export function isOverrideList(x: unknown): x is readonly Override[] {
  return Array.isArray(x) && x.length <= MAX_ACTIONS_PER_QUARTER && x.every(isOverride);
}

/** True for a list of Kremlin options, each at most once. */
export function isKremlinChoiceList(x: unknown): x is readonly KremlinOption[] {
  return Array.isArray(x) && x.every(isKremlinOption) && new Set(x).size === x.length;
}

/** True for a turn the store could have recorded in this scenario (policy inside the levers). */
export function isTurnFor(x: unknown, params: ScenarioParams): x is Turn {
  if (!isRecord(x) || !isPolicyFor(x['policy'], params)) return false;
  const { injects, overrides, kremlinChoices } = x;
  return (
    (injects === undefined || isInjectList(injects)) &&
    (overrides === undefined || isOverrideList(overrides)) &&
    (kremlinChoices === undefined || isKremlinChoiceList(kremlinChoices))
  );
}
