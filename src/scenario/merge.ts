/**
 * How an extending scenario changes its base: `overrides` is a partial tree of the full document,
 * deep-merged into the base. Objects merge by key; lists, sourced values and tables are replaced
 * whole, so an override never leaves a value with one scenario's number and another's source.
 * The one exception is the list of injects, which merges by id (see mergeInjects).
 */
import { TEACHING_FIELD_NAMES } from './teaching-fields';
import { isSourcedValue, isTable } from './unwrap';

type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not a list, not null). */
export function isPlainObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A leaf of the merge: replaced whole rather than merged into. */
function isWholeValue(x: unknown): boolean {
  return !isPlainObject(x) || isSourcedValue(x) || isTable(x);
}

/**
 * Returns a new tree: `base` with `overrides` merged in. Neither input is changed. A key of the
 * overrides merges into the base's value when both are plain objects and the base's value is not
 * a sourced value or table; otherwise the override's value replaces it.
 */
export function mergeOverrides(base: JsonObject, overrides: JsonObject): JsonObject {
  const keys = new Set([...Object.keys(base), ...Object.keys(overrides)]);
  // Object.fromEntries defines own properties, so a "__proto__" key in JSON stays plain data.
  return Object.fromEntries(
    [...keys].map((key) => {
      const from = base[key];
      if (!Object.hasOwn(overrides, key)) return [key, from];
      const to = overrides[key];
      const merged = isPlainObject(to) && !isWholeValue(from) ? mergeOverrides(from as JsonObject, to) : to;
      return [key, merged];
    }),
  );
}

/** Metadata an extending file gives itself; everything else comes from the base and the overrides. */
export const OWN_FIELDS = [
  '$schema',
  'schemaVersion',
  'id',
  'version',
  'name',
  'description',
  'dataVintage',
] as const;

/**
 * Builds the full document of an extending scenario: the base's sections with the overrides
 * merged in, and the extending file's own metadata (id, name, version …) in place of the base's.
 * Teaching fields (briefing, learning goals, prompts, roles) come from the extending file when it
 * gives them and from the base otherwise, each replaced whole.
 */
export function applyExtension(base: JsonObject, extension: JsonObject): JsonObject {
  const overrides = isPlainObject(extension['overrides']) ? extension['overrides'] : {};
  const given = TEACHING_FIELD_NAMES.filter((key) => Object.hasOwn(extension, key));
  const own: readonly string[] = [...OWN_FIELDS, ...given];
  const merged = mergeOverrides(base, overrides);
  if (Object.hasOwn(overrides, 'injects'))
    merged['injects'] = mergeInjects(base['injects'], overrides['injects']);
  const sections = Object.entries(merged).filter(([key]) => !own.includes(key));
  const metadata = own
    .filter((key) => Object.hasOwn(extension, key))
    .map((key): [string, unknown] => [key, extension[key]]);
  return Object.fromEntries<unknown>([...metadata, ...sections]);
}

/**
 * The injects of an extending scenario: the base's library, each replaced by an override with the
 * same id, then the extending file's new ones in its order. Unlike other lists they merge, so a
 * scenario adds its own events without copying the base's library.
 */
export function mergeInjects(base: unknown, overrides: unknown): unknown {
  if (!Array.isArray(base) || !Array.isArray(overrides)) return overrides;
  const baseList: readonly unknown[] = base;
  const overrideList: readonly unknown[] = overrides;
  const idOf = (x: unknown): unknown => (isPlainObject(x) ? x['id'] : undefined);
  const byId = new Map(overrideList.map((x) => [idOf(x), x]));
  const kept = baseList.map((x) => byId.get(idOf(x)) ?? x);
  const baseIds = new Set(baseList.map(idOf));
  return [...kept, ...overrideList.filter((x) => !baseIds.has(idOf(x)))];
}

/**
 * Where an author should look for a problem in a merged document: under `overrides` when the
 * override supplied that value (the path, or a sourced value, table or list holding it, is in
 * the overrides), else the merged path itself, as for a rule that spans base and overrides.
 */
export function locateInOverrides(overrides: unknown, path: readonly PropertyKey[]): readonly PropertyKey[] {
  let node: unknown = overrides;
  for (const key of path) {
    if (!isPlainObject(node) || typeof key !== 'string' || !Object.hasOwn(node, key)) return path;
    node = node[key];
    if (isWholeValue(node)) return ['overrides', ...path];
  }
  return ['overrides', ...path];
}
