/**
 * kremlinSettlesOn: the test of a settlement a record claims. The Kremlin settles on what it
 * accepts, and on its own counter-offer; on nothing else, whatever a record says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeProposal,
  createInitialState,
  evaluateProposal,
  kremlinSettlesOn,
  type GameState,
  type Proposal,
} from '../../src/engine';
import { BEST_FOR_WEST, params } from './helpers';

const p = params();
const atPosture = (level: number): GameState => {
  const s = createInitialState(p, 1);
  return { ...s, posture: { ...s.posture, level } };
};
const bestForWest: Proposal = BEST_FOR_WEST;

const anyProposal = fc.record(
  Object.fromEntries(p.negotiation.terms.map((t) => [t.id, fc.constantFrom(...t.options.map((o) => o.id))])),
);

describe('the settlements the Kremlin agrees to', () => {
  it('refuses the terms best for the West at the opening posture', () => {
    const opening = createInitialState(p, 1);
    expect(evaluateProposal(opening, bestForWest, p).response).toBe('reject');
    expect(kremlinSettlesOn(opening, bestForWest, p)).toBe(false);
  });

  it('settles on every proposal it accepts, at every posture', () => {
    fc.assert(
      fc.property(anyProposal, fc.integer({ min: 0, max: 3 }), (proposal, level) => {
        const state = atPosture(level);
        const answer = evaluateProposal(state, proposal, p);
        if (answer.response === 'accept') expect(kremlinSettlesOn(state, proposal, p)).toBe(true);
      }),
    );
  });

  it('settles on its own counter-offer, and not on the proposal it countered', () => {
    fc.assert(
      fc.property(anyProposal, fc.integer({ min: 0, max: 3 }), (proposal, level) => {
        const state = atPosture(level);
        const answer = evaluateProposal(state, proposal, p);
        if (answer.response !== 'counter' || !answer.counter) return;
        expect(kremlinSettlesOn(state, answer.counter, p)).toBe(true);
        expect(kremlinSettlesOn(state, proposal, p)).toBe(false);
      }),
    );
  });

  it('never settles on a proposal it rejects', () => {
    fc.assert(
      fc.property(anyProposal, fc.integer({ min: 0, max: 3 }), (proposal, level) => {
        const state = atPosture(level);
        if (evaluateProposal(state, proposal, p).response === 'reject') {
          expect(kremlinSettlesOn(state, proposal, p)).toBe(false);
        }
      }),
    );
  });

  it('judges the completed terms: a missing term counts as the option best for Russia', () => {
    const state = atPosture(3);
    const partial: Proposal = { line: 'currentLine' };
    expect(kremlinSettlesOn(state, partial, p)).toBe(
      kremlinSettlesOn(state, completeProposal(partial, p), p),
    );
  });
});
