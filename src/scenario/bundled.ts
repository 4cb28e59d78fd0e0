/**
 * The scenarios that ship with the game, imported as JSON so the browser, the tests and the CLI
 * read the same files. They are validated by the test suite (tests/scenario/bundled.test.ts), which
 * also proves that loading them here, without the schema library, gives exactly what the
 * validating loader gives; the browser thus downloads no validator.
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
import { activeLanguage, type Language } from '../text';
import { loadTrusted } from './trusted';
import { activeProse, withProse } from './translations';
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

const sourcesByLanguage = new Map<Language, SourceRegistry>();

/**
 * The bibliography (scenarios/sources.json), validated by the test suite, its descriptions in the
 * active language (scenarios/uk/sources.json); the addresses are the same in every language.
 */
export function bundledSources(): SourceRegistry {
  const language = activeLanguage();
  let registry = sourcesByLanguage.get(language);
  if (!registry) {
    const prose = activeProse();
    const file = prose ? withProse(sourcesFile, prose.sources) : sourcesFile;
    registry = (file as unknown as { sources: SourceRegistry }).sources;
    sourcesByLanguage.set(language, registry);
  }
  return registry;
}

const translatedDocuments = new Map<string, unknown>();

/**
 * The raw (unvalidated) document of a bundled scenario, the base that an `extends` file names, with
 * its prose in the active language.
 */
export function bundledDocument(id: string): unknown {
  if (!Object.hasOwn(DOCUMENTS, id)) return undefined;
  const prose = activeProse();
  if (!prose) return DOCUMENTS[id];
  const key = `${activeLanguage()}/${id}`;
  if (!translatedDocuments.has(key))
    translatedDocuments.set(key, withProse(DOCUMENTS[id], prose.scenarios[id] ?? {}));
  return translatedDocuments.get(key);
}

const cache = new Map<string, LoadedScenario>();

/**
 * A bundled scenario by id, its prose in the active language (its figures the same in every
 * language); throws with a clear message for an unknown id or an invalid file.
 */
export function getBundledScenario(id: string): LoadedScenario {
  const key = `${activeLanguage()}/${id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const doc = bundledDocument(id);
  if (doc === undefined)
    throw new Error(`Unknown scenario "${id}". Known: ${BUNDLED_SCENARIO_IDS.join(', ')}.`);
  const scenario = loadTrusted(doc as Record<string, unknown>, bundledSources(), bundledDocument);
  cache.set(key, scenario);
  return scenario;
}

/** Every bundled scenario, in menu order. */
export function listBundledScenarios(): LoadedScenario[] {
  return BUNDLED_SCENARIO_IDS.map(getBundledScenario);
}
