/**
 * Negotiation: the Kremlin's answer to a proposed settlement, and the score of a settlement.
 * A proposal picks one option per term. Its cost to Russia is the sum of the options' concession
 * points; the Kremlin accepts what its posture tolerates, counters what is close (moving the
 * costliest terms its way until the deal fits), and rejects the rest. The report's basis: Putin
 * "has consistently maintained his maximalist demands" [70] until pressure makes "a negotiated
 * settlement — even one that includes significant Russian concessions — the better option" (final section).
 */
import { clamp } from './lookup';
import type { ScenarioParams } from './params';
import type { GameState, Message, Outcome } from './types';

/** Term id → option id. */
export type Proposal = Readonly<Record<string, string>>;

/** One reason behind the Kremlin's answer, as a message; the text catalogue renders it. */
export type NegotiationReason = Message;

/** The Kremlin's answer. */
export interface NegotiationAnswer {
  readonly response: 'accept' | 'reject' | 'counter';
  /** The Kremlin's counter-proposal when response is 'counter'. */
  readonly counter: Proposal | null;
  readonly costToRussia: number;
  readonly tolerance: number;
  readonly reasons: readonly NegotiationReason[];
}

/** Fills missing terms with the option most favourable to Russia, and drops unknown ones. */
export function completeProposal(proposal: Proposal, params: ScenarioParams): Proposal {
  const full: Record<string, string> = {};
  for (const term of params.negotiation.terms) {
    const chosen = proposal[term.id];
    full[term.id] = term.options.some((o) => o.id === chosen) ? chosen! : term.options[0]!.id;
  }
  return full;
}

/** Concession points a proposal asks of Russia. */
export function costToRussia(proposal: Proposal, params: ScenarioParams): number {
  let cost = 0;
  for (const term of params.negotiation.terms) {
    cost += term.options.find((o) => o.id === proposal[term.id])?.kremlinCost ?? 0;
  }
  return cost;
}

/** The Kremlin's answer to a proposal in the current state. Pure. */
export function evaluateProposal(
  state: GameState,
  rawProposal: Proposal,
  params: ScenarioParams,
): NegotiationAnswer {
  const n = params.negotiation;
  const proposal = completeProposal(rawProposal, params);
  const level = state.posture.level;
  const levelName = params.posture.levels[level]?.name ?? String(level);
  const tolerance = n.toleranceByPosture[level] ?? 0;
  const cost = costToRussia(proposal, params);
  const costly = params.negotiation.terms
    .map((t) => ({ term: t, option: t.options.find((o) => o.id === proposal[t.id])! }))
    .filter((x) => x.option.kremlinCost > 0)
    .sort((a, b) => b.option.kremlinCost - a.option.kremlinCost);
  const basis: NegotiationReason = {
    code: 'negotiation.posture',
    values: { posture: levelName, tolerance, cost },
  };

  if (cost <= tolerance) {
    return {
      response: 'accept',
      counter: null,
      costToRussia: cost,
      tolerance,
      reasons: [basis, { code: 'negotiation.withinTolerance', values: { cost, tolerance } }],
    };
  }
  const reasons: NegotiationReason[] = [basis];
  for (const x of costly.slice(0, 3)) {
    reasons.push({
      code: 'negotiation.objects',
      values: { term: x.term.name, option: x.option.label, points: x.option.kremlinCost },
    });
  }
  if (cost > tolerance + n.counterOfferMargin) {
    reasons.push({ code: 'negotiation.tooFar', values: { cost, tolerance } });
    return { response: 'reject', counter: null, costToRussia: cost, tolerance, reasons };
  }
  const counter = counterProposal(proposal, tolerance, params);
  reasons.push({ code: 'negotiation.counter', values: { cost: costToRussia(counter, params), tolerance } });
  return { response: 'counter', counter, costToRussia: cost, tolerance, reasons };
}

/** Moves the costliest term one option towards Russia until the proposal fits the tolerance. */
function counterProposal(proposal: Proposal, tolerance: number, params: ScenarioParams): Proposal {
  const current: Record<string, string> = { ...proposal };
  for (let guard = 0; guard < 50 && costToRussia(current, params) > tolerance; guard++) {
    let best: { termId: string; index: number; cost: number } | null = null;
    for (const term of params.negotiation.terms) {
      const index = term.options.findIndex((o) => o.id === current[term.id]);
      const cost = term.options[index]?.kremlinCost ?? 0;
      if (index > 0 && (!best || cost > best.cost)) best = { termId: term.id, index, cost };
    }
    if (!best) break;
    const term = params.negotiation.terms.find((t) => t.id === best.termId)!;
    current[best.termId] = term.options[best.index - 1]!.id;
  }
  return current;
}

/** Acceptability of a proposal to the United States, Ukraine and Europe (0–1 each). */
export function acceptability(
  proposal: Proposal,
  params: ScenarioParams,
): { us: number; ukraine: number; europe: number } {
  const terms = params.negotiation.terms;
  let us = 0;
  let ukraine = 0;
  let europe = 0;
  for (const term of terms) {
    const o = term.options.find((x) => x.id === proposal[term.id]) ?? term.options[0]!;
    us += o.acceptabilityUs;
    ukraine += o.acceptabilityUkraine;
    europe += o.acceptabilityEurope;
  }
  const n = Math.max(1, terms.length);
  return { us: us / n, ukraine: ukraine / n, europe: europe / n };
}

/**
 * Score of a settlement, 0–100: weighted acceptability to the US, Ukraine and Europe, less a
 * penalty for each quarter of war before it and for the aid spent (all weights are modelling choices).
 */
export function settlementScore(state: GameState, proposal: Proposal, params: ScenarioParams): number {
  const n = params.negotiation;
  const a = acceptability(proposal, params);
  const weights = n.scoreWeightUs + n.scoreWeightUkraine + n.scoreWeightEurope;
  const quality =
    (n.scoreWeightUs * a.us + n.scoreWeightUkraine * a.ukraine + n.scoreWeightEurope * a.europe) / weights;
  const penalty =
    n.scorePenaltyPerQuarter * state.quarterIndex +
    (n.scorePenaltyPerHundredBnEurAid * state.west.aidSpentTotalBnEur) / 100;
  return Math.round(clamp(100 * quality - penalty, 0, 100));
}

/** Ends the game in a settlement on the given terms (the caller has the Kremlin's acceptance). */
export function concludeSettlement(
  state: GameState,
  rawProposal: Proposal,
  params: ScenarioParams,
): GameState {
  const proposal = completeProposal(rawProposal, params);
  const outcome: Outcome = {
    kind: 'settlement',
    quarterIndex: state.quarterIndex,
    score: settlementScore(state, proposal, params),
    terms: proposal,
  };
  return { ...state, outcome };
}

/**
 * True when the Kremlin, in this state, would settle on these terms: it accepts them as proposed,
 * or they are the counter-offer it makes to them (a counter-offer is where its concessions stop, so
 * it answers its own counter with the same counter). The one test of a settlement a record claims:
 * a replay ends a game in a settlement only when this holds, whatever the record says.
 */
export function kremlinSettlesOn(state: GameState, terms: Proposal, params: ScenarioParams): boolean {
  const proposal = completeProposal(terms, params);
  const answer = evaluateProposal(state, proposal, params);
  if (answer.response === 'accept') return true;
  const counter = answer.counter;
  return (
    answer.response === 'counter' &&
    counter !== null &&
    params.negotiation.terms.every((t) => counter[t.id] === proposal[t.id])
  );
}

/**
 * Score at the horizon without a settlement, 0–100: the leverage built (posture levels reached)
 * and the coalition's remaining will; both weights are modelling choices, kept low enough that a
 * good settlement beats running out the clock.
 */
export function horizonScore(postureLevel: number, cohesion: number, params: ScenarioParams): number {
  const n = params.negotiation;
  return Math.round(
    clamp(n.horizonScorePerPostureLevel * postureLevel + n.horizonScorePerCohesionPoint * cohesion, 0, 100),
  );
}
