/**
 * The scenarios that ship with the game: every one validates, every source it cites is in the
 * bibliography, every scenario file in scenarios/ is bundled, and each carries its provenance.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_SCENARIO_IDS,
  bundledDocument,
  bundledSources,
  getBundledScenario,
  listBundledScenarios,
} from '../../src/scenario';
import { errorLines, parse } from './helpers';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Ids of the files in scenarios/ that are scenarios (they have a schemaVersion and an id). */
function scenarioFilesOnDisk(): string[] {
  return readdirSync(scenariosDir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => JSON.parse(readFileSync(`${scenariosDir}${name}`, 'utf8')) as Record<string, unknown>)
    .filter((doc) => 'schemaVersion' in doc && typeof doc['id'] === 'string')
    .map((doc) => doc['id'] as string)
    .sort();
}

/** Every string under a `source` or `sources` key of a JSON tree. */
function citedKeys(x: unknown): string[] {
  if (Array.isArray(x)) return x.flatMap(citedKeys);
  if (typeof x !== 'object' || x === null) return [];
  return Object.entries(x).flatMap(([key, value]) =>
    (key === 'source' || key === 'sources') && Array.isArray(value) ? value.map(String) : citedKeys(value),
  );
}

describe('bundled scenarios', () => {
  it.each(BUNDLED_SCENARIO_IDS)('%s validates without errors', (id) => {
    expect(errorLines(parse(bundledDocument(id), `${id}.json`))).toEqual([]);
  });

  it('bundles every scenario file in scenarios/ (add new ones to src/scenario/bundled.ts)', () => {
    expect([...BUNDLED_SCENARIO_IDS].sort()).toEqual(scenarioFilesOnDisk());
  });

  it('starts with the report baseline and includes the observed 2025 scenario', () => {
    expect(BUNDLED_SCENARIO_IDS[0]).toBe('baseline-2025');
    expect(BUNDLED_SCENARIO_IDS).toContain('observed-2025');
  });

  it.each(BUNDLED_SCENARIO_IDS)('%s cites only source keys that exist in sources.json', (id) => {
    const sources = bundledSources();
    const missing = citedKeys(bundledDocument(id)).filter((key) => !Object.hasOwn(sources, key));
    expect(missing).toEqual([]);
  });

  it('gives every scenario its metadata, parameters and provenance', () => {
    for (const scenario of listBundledScenarios()) {
      expect(scenario.name).not.toBe('');
      expect(scenario.dataVintage).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(scenario.params.id).toBe(scenario.id);
      expect(scenario.provenance['economy.netBorrowingCapTrnRubPerQuarter']?.unit).toBe(
        'trillion RUB/quarter',
      );
    }
  });

  it('applies the observed scenario overrides on top of the baseline', () => {
    const baseline = getBundledScenario('baseline-2025');
    const observed = getBundledScenario('observed-2025');
    expect(baseline.params.economy.netBorrowingCapTrnRubPerQuarter).toBe(0.1);
    expect(observed.params.economy.netBorrowingCapTrnRubPerQuarter).toBe(1.3);
    expect(observed.params.initial).toEqual(baseline.params.initial);
    expect(observed.provenance['economy.netBorrowingCapTrnRubPerQuarter']?.sources).toEqual(['E30']);
  });

  it('returns the same object on a second request', () => {
    expect(getBundledScenario('baseline-2025')).toBe(getBundledScenario('baseline-2025'));
  });

  it('names the known scenarios when asked for an unknown one', () => {
    expect(() => getBundledScenario('nope')).toThrow(/Unknown scenario "nope"\. Known: baseline-2025/);
  });
});
