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
export { nestsAtMost } from './json-syntax';
export { parseScenario, parseScenarioJson, formatScenarioErrors, type ParseScenarioOptions } from './load';
export { collectProvenance } from './provenance';
export { mergeInjects, mergeOverrides } from './merge';
export { parseSources, sourcesFileSchema } from './sources-schema';
export {
  scenarioDocumentSchema,
  scenarioExtendsSchema,
  SCHEMA_VERSION,
  type ScenarioDocument,
  type ScenarioExtension,
} from './schema';
export {
  ASSUMPTIONS,
  assumptionsInLanguage,
  ASSUMPTION_PRESETS,
  applyAssumptions,
  assumptionChoiceProblems,
  describeAssumptionChoices,
  getAssumptionPreset,
  type Assumption,
  type AssumptionChoices,
  type AssumptionChoiceSummary,
  type AssumptionOption,
  type AssumptionPreset,
} from './assumptions';
export { assumptionsFileSchema, parseAssumptions, type AssumptionsFile } from './assumptions-schema';
export { disputedFiguresFor } from './disputed-figures';
export { paramPathProblem, readParamPath, withParamPath, type ParamValue } from './param-path';
export { roleSchema, rolesSchema } from './metadata-schema';
