/** The engine's public surface: everything outside engine/ imports from here. */
export * from './types';
export type * from './params';
export { createInitialState } from './initial-state';
export { stepQuarter, normalisePolicy } from './step-quarter';
export { replay, replayTurns, project } from './replay';
export {
  ensembleEnds,
  percentile,
  runEnsemble,
  runGeneratorState,
  runOutcomes,
  spreadOf,
  RESERVES_SPENT_TRN_RUB,
  type DisputedDraws,
  type EnsembleResult,
  type EnsembleSpec,
  type RunOutcomes,
  type Spread,
} from './ensemble';
export { drawDisputed, paramsWithDraw, type DisputedFigure, type DisputedOption } from './disputed-figures';
export {
  assumptionTornado,
  lowerMedian,
  type TornadoFigureResult,
  type TornadoMeasure,
  type TornadoMedians,
  type TornadoOptionResult,
  type TornadoResult,
  type TornadoSpec,
} from './tornado';
export { readParamPath, withOverrides, withParamPath, type ParamValue } from './param-overrides';
export { columnIndex, runLanes, type LaneRun, type LaneRunSpec } from './kernel/run-lanes';
export { createScratch, readLane, type Lanes, type ScratchState } from './kernel/lanes';
export { quarterLabel, quarterOf } from './quarter';
export { lookup, clamp, type LookupTable } from './lookup';
export { seedToState, nextUniform } from './rng';
export { indicatorViolations, stateViolations, INDICATOR_RANGES } from './invariants';
export {
  evaluateProposal,
  concludeSettlement,
  kremlinSettlesOn,
  settlementScore,
  horizonScore,
  acceptability,
  costToRussia,
  completeProposal,
  type Proposal,
  type NegotiationAnswer,
  type NegotiationReason,
} from './negotiation';
export { cohesionEffectOfAid, cohesionEffectOfSanctions } from './systems/west';
export { nextLevelProgress, type NextLevelProgress } from './systems/posture';
export { activeMaterialPressures } from './systems/thresholds';
export {
  STATE_INDICATOR_FIELDS,
  stateIndicatorValue,
  stateIndicatorValues,
  type StateField,
  type StateIndicatorName,
} from './state-indicators';
export {
  KREMLIN_OPTIONS,
  KREMLIN_OPTION_SOURCES,
  applyKremlinOption,
  isOptionAvailable,
  type KremlinOption,
} from './systems/kremlin-options';
export {
  applyFacilitation,
  applyOverride,
  appliedOverrideValue,
  endFacilitatedQuarter,
  facilitationEvents,
  overrideTargetValue,
  playTurn,
  OVERRIDE_TARGETS,
  WHOLE_STEP_OVERRIDE_TARGETS,
  type Override,
  type OverrideTarget,
  type Turn,
} from './facilitation';
export { activeModifiers, applyInject } from './systems/injects';
export { kremlinOptionValues } from './systems/kremlin-options';
export type { StepOptions } from './step-quarter';
