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
import baselineUk from '../../scenarios/uk/baseline-2025.json';
import chinaStepsInUk from '../../scenarios/uk/china-steps-in.json';
import northKoreanSurgeUk from '../../scenarios/uk/north-korean-surge.json';
import observedUk from '../../scenarios/uk/observed-2025.json';
import usStopsUk from '../../scenarios/uk/us-stops-2025.json';
import westernFatigueUk from '../../scenarios/uk/western-fatigue.json';
import sourcesUk from '../../scenarios/uk/sources.json';
import { activeLanguage, type Language } from '../text';
import { loadTrusted } from './trusted';
import { withProse, type ProseTranslation } from './translations';
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

/** The prose of each bundled scenario in each language but English (scenarios/<language>/<id>.json). */
export const SCENARIO_TRANSLATIONS: Readonly<
  Record<Exclude<Language, 'en'>, Readonly<Record<string, ProseTranslation>>>
> = {
  uk: {
    'baseline-2025': baselineUk,
    'observed-2025': observedUk,
    'us-stops-2025': usStopsUk,
    'north-korean-surge': northKoreanSurgeUk,
    'china-steps-in': chinaStepsInUk,
    'western-fatigue': westernFatigueUk,
  },
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
    const file = language === 'en' ? sourcesFile : withProse(sourcesFile, SOURCES_TRANSLATIONS[language]);
    registry = (file as unknown as { sources: SourceRegistry }).sources;
    sourcesByLanguage.set(language, registry);
  }
  return registry;
}

/** The bibliography's descriptions in each language but English. */
const SOURCES_TRANSLATIONS: Readonly<Record<Exclude<Language, 'en'>, ProseTranslation>> = { uk: sourcesUk };

const translatedDocuments = new Map<string, unknown>();

/**
 * The raw (unvalidated) document of a bundled scenario, the base that an `extends` file names, with
 * its prose in the active language.
 */
export function bundledDocument(id: string): unknown {
  if (!Object.hasOwn(DOCUMENTS, id)) return undefined;
  const language = activeLanguage();
  if (language === 'en') return DOCUMENTS[id];
  const key = `${language}/${id}`;
  if (!translatedDocuments.has(key)) {
    const translation = SCENARIO_TRANSLATIONS[language][id] ?? {};
    translatedDocuments.set(key, withProse(DOCUMENTS[id], translation));
  }
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
