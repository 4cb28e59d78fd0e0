/** The scenario layer's public surface. */
export * from './types';
export { getBundledScenario, listBundledScenarios, BUNDLED_SCENARIO_IDS } from './bundled';
export { toParams, unwrapValues } from './unwrap';
