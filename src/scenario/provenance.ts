/**
 * Where every number comes from: for each sourced value and table of a validated document, its
 * unit, source keys, modelling choice, note and range, keyed by the dotted path the same value
 * has in the engine's ScenarioParams. The game's "where does this come from?" panels read this.
 */
import { isPlainObject } from './merge';
import type { Provenance } from './types';
import { isSourcedValue, isTable } from './unwrap';

/** Document paths whose parameter path differs: the document groups the start, params flatten it. */
const RENAMED: Readonly<Record<string, string>> = {
  'start.year': 'startYear',
  'start.quarter': 'startQuarter',
};

/** The ScenarioParams path of a document path: list indices as plain segments, start fields renamed. */
export function paramPath(documentPath: readonly (string | number)[]): string {
  const dotted = documentPath.join('.');
  return RENAMED[dotted] ?? dotted;
}

/** Optional provenance fields, copied only when present (exact optional properties). */
function details(x: Record<string, unknown>): Omit<Provenance, 'unit' | 'sources'> {
  const { choice, note, range } = x;
  return {
    ...(typeof choice === 'string' ? { choice } : {}),
    ...(typeof note === 'string' ? { note } : {}),
    ...(Array.isArray(range) && range.length === 2
      ? { range: [Number(range[0]), Number(range[1])] as const }
      : {}),
  };
}

function sourcesOf(x: Record<string, unknown>): readonly string[] {
  const source = x['source'];
  return Array.isArray(source) ? source.filter((s): s is string => typeof s === 'string') : [];
}

/** Provenance of one sourced value or table; undefined for anything else. */
function provenanceOf(x: unknown): Provenance | undefined {
  if (!isPlainObject(x)) return undefined;
  if (isSourcedValue(x)) return { unit: String(x['unit']), sources: sourcesOf(x), ...details(x) };
  if (isTable(x)) {
    const { xUnit, yUnit } = x as Record<string, unknown>;
    return { unit: `${String(yUnit)} by ${String(xUnit)}`, sources: sourcesOf(x), ...details(x) };
  }
  return undefined;
}

/**
 * Collects the provenance of every sourced value and table in a (validated, merged) scenario
 * document, e.g. 'economy.netBorrowingCapTrnRubPerQuarter' or
 * 'policy.sanctionsLevels.2.discountFloorUsdPerBbl'.
 */
export function collectProvenance(document: unknown): Record<string, Provenance> {
  const out: Record<string, Provenance> = {};
  const walk = (x: unknown, path: (string | number)[]): void => {
    const found = provenanceOf(x);
    if (found !== undefined) {
      out[paramPath(path)] = found;
    } else if (Array.isArray(x)) {
      x.forEach((item, i) => walk(item, [...path, i]));
    } else if (isPlainObject(x)) {
      for (const [key, value] of Object.entries(x)) walk(value, [...path, key]);
    }
  };
  walk(document, []);
  return out;
}
