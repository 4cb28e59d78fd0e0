/**
 * A record cannot claim what its decisions did not earn: a settlement is accepted only when the
 * Kremlin signs those terms in that state, the score always comes from the replay, and the same
 * check serves opening a code and importing a team.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeProposal, createInitialState, evaluateProposal, type Proposal } from '../../src/engine';
import { getBundledScenario } from '../../src/scenario';
import { replaySharedCode } from '../../src/state/share/share-loading';
import { encodeShareCode, type ShareRecord } from '../../src/state/share/share-code';
import { selectShareCode } from '../../src/state/share/selectors-share';
import { describeMessage } from '../../src/text';
import { makeStore, negotiating, proposalAnswered } from './helpers';
import { BEST_FOR_WEST } from '../engine/helpers';

const scenario = getBundledScenario('baseline-2025');
const findScenario = (id: string) => (id === scenario.id ? scenario : null);
const bestForWest: Proposal = BEST_FOR_WEST;
const forged = (settlement: Proposal, turns: ShareRecord['turns'] = []): string =>
  encodeShareCode({
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    assumptions: {},
    seed: 1,
    turns,
    settlement,
  });

describe('a claimed settlement', () => {
  it('is refused with one sentence when the Kremlin refused those terms (Q1 2025)', () => {
    const opening = createInitialState(scenario.params, 1);
    expect(evaluateProposal(opening, bestForWest, scenario.params).response).toBe('reject');
    const result = replaySharedCode(forged(bestForWest), findScenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeMessage(result.error)).toBe(
      'This code claims a settlement that the Kremlin refused in Q1 2025: its score is not earned, so it is not opened.',
    );
  });

  it('opening the forged code changes nothing and says why', () => {
    const store = makeStore();
    store.getState().loadShareCode(forged(bestForWest));
    expect(store.getState().game).toBeNull();
    expect(describeMessage(store.getState().shareError!)).toMatch(
      /claims a settlement that the Kremlin refused/,
    );
  });

  it('a team whose code claims it is listed with the same sentence and no result', () => {
    const store = makeStore();
    store.getState().importTeam('Forgers', forged(bestForWest));
    const team = store.getState().teams[0]!;
    expect(team.result.ok).toBe(false);
    if (!team.result.ok) expect(describeMessage(team.result.error)).toMatch(/Kremlin refused in Q1 2025/);
  });

  it('an honest settlement (accepted, or the Kremlin’s counter-offer) opens, scored by the replay', () => {
    for (const response of ['accept', 'counter'] as const) {
      const store = negotiating(proposalAnswered(response));
      store.getState().propose();
      store.getState().settle();
      const code = selectShareCode(store.getState());
      const opened = replaySharedCode(code, findScenario);
      expect(opened.ok, response).toBe(true);
      if (opened.ok) expect(opened.game.outcome).toEqual(store.getState().game?.outcome);
    }
  });

  it('any settlement at the opening is opened exactly when the Kremlin would sign it (property)', () => {
    const anyTerms = fc.record(
      Object.fromEntries(
        scenario.params.negotiation.terms.map((t) => [t.id, fc.constantFrom(...t.options.map((o) => o.id))]),
      ),
    );
    const opening = createInitialState(scenario.params, 1);
    fc.assert(
      fc.property(anyTerms, (terms) => {
        const answer = evaluateProposal(opening, terms, scenario.params);
        const full = completeProposal(terms, scenario.params);
        const signs =
          answer.response === 'accept' ||
          (answer.response === 'counter' &&
            JSON.stringify(completeProposal(answer.counter!, scenario.params)) === JSON.stringify(full));
        const result = replaySharedCode(forged(terms), findScenario);
        expect(result.ok).toBe(signs);
        if (result.ok) expect(result.game.outcome?.kind).toBe('settlement');
      }),
      { numRuns: 60 },
    );
  });
});
