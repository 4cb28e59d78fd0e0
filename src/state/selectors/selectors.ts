/**
 * Selectors: pure functions of the store that the screens call, so no screen imports an engine
 * function. The heavier ones (table, track, charts, debrief) live in their own files and are
 * memoised on the identity of what they read; this file holds the small ones and is the one
 * import the screens need.
 */
import {
  cohesionEffectOfAid,
  cohesionEffectOfSanctions,
  completeProposal,
  type Policy,
  type Proposal,
  type ScenarioParams,
} from '../../engine';
import type { LoadedScenario } from '../../scenario/runtime';
import type { GameStore } from '../store/contract';
import { currentState, memoOnIdentity } from './selector-support';

/** The indicator table (see indicator-rows.ts). */
export {
  selectIndicatorRows,
  INDICATOR_GROUPS,
  type IndicatorRow,
  type IndicatorGroup,
} from './indicator-rows';
/** Putin's posture track (see posture-track.ts). */
export {
  selectPostureTrack,
  type PostureTrack,
  type PressureView,
  type PostureLevelView,
} from './posture-track';
/** Chart series over the horizon (see chart.ts). */
export {
  bandRunsOf,
  selectChart,
  KEY_CHARTS,
  type BandRuns,
  type ChartData,
  type ChartForecast,
} from './chart';
export { selectBandsStatus, type BandsStatus } from './forecast';
/** The debrief (see debrief.ts). */
export { selectDebrief, type Debrief, type TimelineEntry, type DebriefTotals } from './debrief';
export { LUCK_RUNS, luckSeed, selectLuck, type WarLuck } from './luck';

/** The chosen (or loaded) scenario: parameters, names and sources. */
export function selectScenario(s: GameStore): LoadedScenario {
  return s.scenario;
}

/** Label of the quarter being decided (see selector-support.ts). */
export { selectQuarterLabel, selectQuarterLabelAt } from './selector-support';

/** True once the game has an outcome (settlement, collapse or the horizon). */
export function selectIsOver(s: GameStore): boolean {
  return (s.game?.outcome ?? null) !== null;
}

/** What the pending levers cost Western cohesion, in points per quarter (negative = a loss). */
export interface PolicyCosts {
  readonly aidCohesionPerQuarter: number;
  readonly sanctionsCohesionPerQuarter: number;
  /** Aid and sanctions together with war fatigue; the front and Russian weakness come on top. */
  readonly totalPerQuarter: number;
  /** Cohesion now, 0–100. */
  readonly cohesion: number;
  /** Quarters until cohesion reaches 0 if nothing else changed; null when it is not falling. */
  readonly quartersToCollapseAtThisRate: number | null;
}

const policyCosts = memoOnIdentity(
  (params: ScenarioParams, pending: Policy, cohesion: number): PolicyCosts => {
    // + 0 turns the engine's -0 (no cost) into a plain 0 for display.
    const aid = cohesionEffectOfAid(pending.aidBnEurPerQuarter, params) + 0;
    const sanctions = cohesionEffectOfSanctions(pending.sanctionsLevel, params) + 0;
    const total = aid + sanctions - params.west.cohesionFatiguePerQuarter;
    return {
      aidCohesionPerQuarter: aid,
      sanctionsCohesionPerQuarter: sanctions,
      totalPerQuarter: total,
      cohesion,
      quartersToCollapseAtThisRate: total < 0 ? Math.ceil(cohesion / -total) : null,
    };
  },
);

/** The cohesion price of the pending levers, shown beside the sliders. */
export function selectPolicyCosts(s: GameStore): PolicyCosts {
  return policyCosts(s.scenario.params, s.pendingPolicy, currentState(s).west.cohesion);
}

/** One option of a negotiable term. kremlinCost in concession points; acceptability 0–1. */
export interface TermOptionView {
  readonly id: string;
  readonly label: string;
  readonly kremlinCost: number;
  readonly acceptability: { readonly us: number; readonly ukraine: number; readonly europe: number };
  readonly selected: boolean;
}

/** A negotiable term with its options and the one on the table. */
export interface TermView {
  readonly id: string;
  readonly name: string;
  readonly selected: string;
  readonly options: readonly TermOptionView[];
}

const terms = memoOnIdentity((params: ScenarioParams, onTable: Proposal | undefined): TermView[] => {
  const proposal = completeProposal(onTable ?? {}, params);
  return params.negotiation.terms.map((term) => {
    const selected = proposal[term.id] ?? term.options[0]?.id ?? '';
    return {
      id: term.id,
      name: term.name,
      selected,
      options: term.options.map((o) => ({
        id: o.id,
        label: o.label,
        kremlinCost: o.kremlinCost,
        acceptability: {
          us: o.acceptabilityUs,
          ukraine: o.acceptabilityUkraine,
          europe: o.acceptabilityEurope,
        },
        selected: o.id === selected,
      })),
    };
  });
});

/** The terms of the negotiation with the options chosen on the table (Russia's demands by default). */
export function selectNegotiationTerms(s: GameStore): readonly TermView[] {
  return terms(s.scenario.params, s.negotiation?.proposal);
}

/** True when settle() would end the game: the Kremlin accepted or countered the terms on the table. */
export function selectCanSettle(s: GameStore): boolean {
  const answer = s.negotiation?.answer;
  return s.game?.outcome === null && (answer?.response === 'accept' || answer?.response === 'counter');
}

/** The workshop's selectors (see selectors-workshop.ts). */
export * from './selectors-workshop';
