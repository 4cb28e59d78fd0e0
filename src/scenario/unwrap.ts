/**
 * Turns a validated scenario document into the engine's plain ScenarioParams: each sourced value
 * `{ value, unit, source | choice }` becomes its value, each table `{ points, xUnit, yUnit }` its
 * points; document metadata is dropped. The provenance (unit, source, note) is kept apart by
 * collectProvenance, so the game can show where any number comes from.
 */
import type { ScenarioParams } from '../engine';

const METADATA_KEYS = new Set([
  '$schema',
  'schemaVersion',
  'description',
  'dataVintage',
  'extends',
  'briefing',
  'learningGoals',
  'discussionPrompts',
  'roles',
]);

/** True for a sourced value: an object with `value` and `unit`. */
export function isSourcedValue(x: unknown): x is { value: unknown; unit: string } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'value' in x && 'unit' in x;
}

/** True for a lookup table: an object with `points`, `xUnit` and `yUnit`. */
export function isTable(x: unknown): x is { points: unknown } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && 'points' in x && 'xUnit' in x;
}

/** Recursively replaces sourced values and tables by their plain values. */
export function unwrapValues(x: unknown): unknown {
  if (isSourcedValue(x)) return x.value;
  if (isTable(x)) return x.points;
  if (Array.isArray(x)) return x.map(unwrapValues);
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = unwrapValues(v);
    return out;
  }
  return x;
}

/** Builds the engine's parameters from a validated (and already merged) scenario document. */
export function toParams(document: Record<string, unknown>): ScenarioParams {
  const plain = unwrapValues(document) as Record<string, unknown>;
  const start = plain['start'] as { year: number; quarter: number };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(plain)) {
    if (METADATA_KEYS.has(k) || k === 'start') continue;
    out[k] = v;
  }
  out['startYear'] = start.year;
  out['startQuarter'] = start.quarter;
  return out as unknown as ScenarioParams;
}
