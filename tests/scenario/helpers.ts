/**
 * Small builders for scenario tests: a fresh copy of the baseline document, changes at a dotted
 * path, and parsing with the bundled bibliography and bases, so each test states only what it
 * breaks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import baseline from '../../scenarios/baseline-2025.json';
import {
  bundledDocument,
  bundledSources,
  formatScenarioErrors,
  parseScenario,
  parseScenarioJson,
  type ScenarioResult,
} from '../../src/scenario';

type Json = Record<string, unknown>;

/** A deep copy of the baseline document, safe to change. */
export function baselineDocument(): Json {
  return structuredClone(baseline);
}

/** Splits 'a.b.0.c' into keys, list indices as numbers. */
function keysOf(path: string): (string | number)[] {
  return path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** The object holding the last key of a path, and that key. */
function parentOf(
  doc: Json,
  path: string,
): { parent: Record<string | number, unknown>; key: string | number } {
  const keys = keysOf(path);
  const key = keys.pop() as string | number;
  let node: unknown = doc;
  for (const k of keys) node = (node as Record<string | number, unknown>)[k];
  return { parent: node as Record<string | number, unknown>, key };
}

/** The baseline with the value at `path` replaced. */
export function baselineWith(path: string, value: unknown): Json {
  const doc = baselineDocument();
  const { parent, key } = parentOf(doc, path);
  parent[key] = value;
  return doc;
}

/** The baseline with the field at `path` removed. */
export function baselineWithout(path: string): Json {
  const doc = baselineDocument();
  const { parent, key } = parentOf(doc, path);
  delete parent[key];
  return doc;
}

/** Parses a raw document as file `file` with the bundled bibliography and bases. */
export function parse(raw: unknown, file = 'baseline-2025.json'): ScenarioResult {
  return parseScenario(raw, { file, sources: bundledSources(), resolveBase: bundledDocument });
}

/** Parses JSON text as file `file` with the bundled bibliography and bases. */
export function parseText(text: string, file = 'broken.json'): ScenarioResult {
  return parseScenarioJson(text, { file, sources: bundledSources(), resolveBase: bundledDocument });
}

/** The error lines of a result, as formatScenarioErrors prints them; [] for a success. */
export function errorLines(result: ScenarioResult): string[] {
  return result.ok ? [] : formatScenarioErrors(result.errors).split('\n');
}

/** The text of a fixture under tests/fixtures/scenarios/. */
export function fixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** The absolute path of a fixture under tests/fixtures/scenarios/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/scenarios/${name}`, import.meta.url));
}

/** A minimal extending document: the baseline's metadata style with the given overrides. */
export function extending(base: string, overrides: Json, id = 'test-variant'): Json {
  return {
    schemaVersion: 1,
    id,
    version: '0.1.0',
    name: 'Test variant',
    description: 'A variant for tests.',
    dataVintage: '2025-02-19',
    extends: base,
    overrides,
  };
}
