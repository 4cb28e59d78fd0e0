/**
 * Runs the engine over the baseline scenario under a grid of policies and seeds, and a few
 * schedules that change course midway, and collects every report event and negotiation reason.
 * The text tests use it to prove that each code the engine emits has its words.
 */
import {
  createInitialState,
  evaluateProposal,
  replay,
  stepQuarter,
  type GameState,
  type NegotiationReason,
  type Policy,
  type ReportEvent,
  type ScenarioParams,
} from '../../src/engine';
import { getBundledScenario } from '../../src/scenario';

/** The baseline scenario's parameters. */
export const BASELINE: ScenarioParams = getBundledScenario('baseline-2025').params;

const QUARTERS = 40;
const AID_LEVELS = [0, 5.5, 10.4, 15, 25];
const SANCTIONS_LEVELS = [0, 1, 2, 3, 4];
const SEEDS = [1, 2, 3];

/** A schedule that holds one policy for some quarters, then another. */
function switching(first: Policy, quarters: number, second: Policy): Policy[] {
  return Array.from({ length: QUARTERS }, (_, q) => (q < quarters ? first : second));
}

/** Every policy schedule the tests run: the constant grid plus schedules that retreat after a rise. */
export function schedules(): Policy[][] {
  const grid = AID_LEVELS.flatMap((aid) =>
    SANCTIONS_LEVELS.map((level) =>
      Array.from({ length: QUARTERS }, () => ({ aidBnEurPerQuarter: aid, sanctionsLevel: level })),
    ),
  );
  const strong = { aidBnEurPerQuarter: 15, sanctionsLevel: 2 };
  return [
    ...grid,
    switching(strong, 10, { aidBnEurPerQuarter: 0, sanctionsLevel: 1 }),
    switching(strong, 10, { aidBnEurPerQuarter: 6, sanctionsLevel: 1 }),
    switching({ aidBnEurPerQuarter: 25, sanctionsLevel: 4 }, 8, {
      aidBnEurPerQuarter: 10.4,
      sanctionsLevel: 0,
    }),
  ];
}

/** What the runs produced. */
export interface Harvest {
  readonly events: readonly ReportEvent[];
  readonly states: readonly GameState[];
}

/** Runs every schedule for every seed under the given parameters; keeps events and end-of-quarter states. */
export function harvest(params: ScenarioParams = BASELINE): Harvest {
  const events: ReportEvent[] = [];
  const states: GameState[] = [];
  for (const seed of SEEDS) {
    for (const policies of schedules()) {
      let state = createInitialState(params, seed);
      for (const policy of policies) {
        const step = stepQuarter(state, policy, params);
        events.push(...step.report.events);
        state = step.state;
        if (state.quarterIndex % 4 === 0) states.push(state);
      }
    }
  }
  return { events, states };
}

/** The baseline with China willing to supply, so the one option the baseline never takes is exercised. */
export function chinaWillingParams(): ScenarioParams {
  return { ...BASELINE, kremlin: { ...BASELINE.kremlin, chinaProbability: 1 } };
}

/** Negotiation reasons for every option of every term, singly and all at once, across the given states. */
export function negotiationReasons(
  states: readonly GameState[],
  params: ScenarioParams = BASELINE,
): NegotiationReason[] {
  const proposals: Record<string, string>[] = [{}];
  for (const term of params.negotiation.terms) {
    for (const option of term.options) proposals.push({ [term.id]: option.id });
  }
  const toughest: Record<string, string> = {};
  for (const term of params.negotiation.terms) toughest[term.id] = term.options[term.options.length - 1]!.id;
  proposals.push(toughest);
  return states.flatMap((state) =>
    proposals.flatMap((proposal) => evaluateProposal(state, proposal, params).reasons),
  );
}

/** A status-quo game of the scenario's length, for quick checks. */
export function statusQuoRun(seed = 1): ReturnType<typeof replay> {
  const policy = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };
  return replay(
    BASELINE,
    seed,
    Array.from({ length: BASELINE.horizonQuarters }, () => policy),
  );
}
