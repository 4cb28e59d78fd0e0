/**
 * What the game needs of the scenario layer at run time: the shipped scenarios and the
 * assumptions, without the validator (the test suite validates the shipped files). The store
 * imports from here so the browser bundle carries no schema library.
 */
export type * from './types';
export { BUNDLED_SCENARIO_IDS, getBundledScenario, listBundledScenarios } from './bundled';
export * from './assumptions';
export { disputedFiguresFor } from './disputed-figures';
