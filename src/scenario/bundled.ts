/**
 * The scenarios that ship with the game, imported as JSON so the browser, the tests and the CLI
 * read the same files. Each is validated when first asked for; tests guarantee that every one
 * passes, so a failure here is a bug in a shipped file and throws with every error listed.
 *
 * To ship another scenario: import its JSON below and add one entry to DOCUMENTS.
 */
import baseline from '../../scenarios/baseline-2025.json';
import chinaStepsIn from '../../scenarios/china-steps-in.json';
import northKoreanSurge from '../../scenarios/north-korean-surge.json';
import observed from '../../scenarios/observed-2025.json';
import sourcesFile from '../../scenarios/sources.json';
import usStops from '../../scenarios/us-stops-2025.json';
import westernFatigue from '../../scenarios/western-fatigue.json';
import { formatScenarioErrors, parseScenario } from './load';
import { parseSources } from './sources-schema';
import type { LoadedScenario, SourceRegistry } from './types';

/** Raw bundled documents by id, in menu order. */
const DOCUMENTS: Readonly<Record<string, unknown>> = {
  'baseline-2025': baseline,
  'observed-2025': observed,
  'us-stops-2025': usStops,
  'north-korean-surge': northKoreanSurge,
  'china-steps-in': chinaStepsIn,
  'western-fatigue': westernFatigue,
};

/** Ids of the bundled scenarios, in menu order. */
export const BUNDLED_SCENARIO_IDS: readonly string[] = Object.keys(DOCUMENTS);

let registry: SourceRegistry | undefined;

/** The validated bibliography (scenarios/sources.json); throws listing its errors if it is invalid. */
export function bundledSources(): SourceRegistry {
  if (registry) return registry;
  const parsed = parseSources(sourcesFile, 'sources.json');
  if (!parsed.ok) throw new Error(`Invalid bibliography:\n${formatScenarioErrors(parsed.errors)}`);
  registry = parsed.sources;
  return registry;
}

/** The raw (unvalidated) document of a bundled scenario, the base that an `extends` file names. */
export function bundledDocument(id: string): unknown {
  return Object.hasOwn(DOCUMENTS, id) ? DOCUMENTS[id] : undefined;
}

const cache = new Map<string, LoadedScenario>();

/** A bundled scenario by id; throws with a clear message for an unknown id or an invalid file. */
export function getBundledScenario(id: string): LoadedScenario {
  const cached = cache.get(id);
  if (cached) return cached;
  const doc = bundledDocument(id);
  if (doc === undefined)
    throw new Error(`Unknown scenario "${id}". Known: ${BUNDLED_SCENARIO_IDS.join(', ')}.`);
  const result = parseScenario(doc, {
    file: `${id}.json`,
    sources: bundledSources(),
    resolveBase: bundledDocument,
  });
  if (!result.ok)
    throw new Error(`Bundled scenario "${id}" is invalid:\n${formatScenarioErrors(result.errors)}`);
  cache.set(id, result.scenario);
  return result.scenario;
}

/** Every bundled scenario, in menu order. */
export function listBundledScenarios(): LoadedScenario[] {
  return BUNDLED_SCENARIO_IDS.map(getBundledScenario);
}
