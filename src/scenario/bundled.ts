/**
 * The scenarios that ship with the game, imported as JSON so the browser, the tests and the CLI
 * read the same files. Each is validated when first asked for.
 */
import baseline from '../../scenarios/baseline-2025.json';
import sourcesFile from '../../scenarios/sources.json';
import { toParams } from './unwrap';
import type { LoadedScenario, SourceRegistry } from './types';

const DOCUMENTS: Readonly<Record<string, unknown>> = {
  'baseline-2025': baseline,
};

/** Ids of the bundled scenarios, in menu order. */
export const BUNDLED_SCENARIO_IDS: readonly string[] = Object.keys(DOCUMENTS);

const cache = new Map<string, LoadedScenario>();

/** A bundled scenario by id; throws with a clear message for an unknown id. */
export function getBundledScenario(id: string): LoadedScenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const doc = DOCUMENTS[id] as Record<string, unknown> | undefined;
  if (!doc) throw new Error(`Unknown scenario "${id}". Known: ${BUNDLED_SCENARIO_IDS.join(', ')}.`);
  const scenario: LoadedScenario = {
    id,
    name: String(doc['name']),
    version: String(doc['version']),
    description: String(doc['description']),
    dataVintage: String(doc['dataVintage']),
    params: toParams(doc),
    provenance: {},
    sources: (sourcesFile as { sources: SourceRegistry }).sources,
  };
  cache.set(id, scenario);
  return scenario;
}

/** Every bundled scenario, in menu order. */
export function listBundledScenarios(): LoadedScenario[] {
  return BUNDLED_SCENARIO_IDS.map(getBundledScenario);
}
