/** The scenario layer's public surface. */
export * from './types';
export {
  getBundledScenario,
  listBundledScenarios,
  BUNDLED_SCENARIO_IDS,
  bundledDocument,
  bundledSources,
} from './bundled';
export { toParams, unwrapValues } from './unwrap';
export { parseScenario, parseScenarioJson, formatScenarioErrors, type ParseScenarioOptions } from './load';
export { collectProvenance } from './provenance';
export { mergeOverrides } from './merge';
export { parseSources, sourcesFileSchema } from './sources-schema';
export {
  scenarioDocumentSchema,
  scenarioExtendsSchema,
  SCHEMA_VERSION,
  type ScenarioDocument,
  type ScenarioExtension,
} from './schema';
