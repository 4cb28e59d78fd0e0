/**
 * The game loads the shipped files without the schema library; these tests are why that is safe:
 * every shipped file validates, and the light path gives exactly what the validating loader gives.
 */
import { describe, expect, it } from 'vitest';
import assumptionsFile from '../../scenarios/assumptions.json';
import sourcesFile from '../../scenarios/sources.json';
import { ASSUMPTIONS, ASSUMPTION_PRESETS } from '../../src/scenario/assumptions';
import { parseAssumptions } from '../../src/scenario/assumptions-schema';
import {
  BUNDLED_SCENARIO_IDS,
  bundledDocument,
  bundledSources,
  getBundledScenario,
} from '../../src/scenario/bundled';
import { parseScenario } from '../../src/scenario/load';
import { parseSources } from '../../src/scenario/sources-schema';

describe('the shipped files, loaded without validation', () => {
  it.each(BUNDLED_SCENARIO_IDS)('%s equals what the validating loader builds', (id) => {
    const validated = parseScenario(bundledDocument(id), {
      file: `${id}.json`,
      sources: bundledSources(),
      resolveBase: bundledDocument,
    });
    expect(validated.ok, validated.ok ? '' : JSON.stringify(validated.errors)).toBe(true);
    if (validated.ok) expect(getBundledScenario(id)).toEqual(validated.scenario);
  });

  it('the bibliography validates and is what the game reads', () => {
    const parsed = parseSources(sourcesFile, 'sources.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(bundledSources()).toEqual(parsed.sources);
  });

  it('the assumptions validate and are what the game reads', () => {
    const parsed = parseAssumptions(assumptionsFile, 'assumptions.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(ASSUMPTIONS).toEqual(parsed.file.assumptions);
      expect(ASSUMPTION_PRESETS).toEqual(parsed.file.presets);
    }
  });
});
