/**
 * Negotiation: terms go on the table, the Kremlin answers against Putin's posture, and a deal ends
 * the game in a settlement with a score: on the proposal when he accepts, on his counter-offer
 * when he counters, never after a rejection.
 */
import { describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/state/store/persistence';
import { makeStore, memoryStorage, negotiating, proposalAnswered, startedStore } from './helpers';

const accepted = proposalAnswered('accept');
const countered = proposalAnswered('counter');
const rejected = proposalAnswered('reject');

describe('negotiation', () => {
  it('opens on the negotiation screen with Russia’s demands on the table and no answer', () => {
    const store = startedStore();
    store.getState().openNegotiation();
    const n = store.getState().negotiation;
    expect(store.getState().screen).toBe('negotiation');
    expect(n?.answer).toBeNull();
    const demands = store.getState().scenario.params.negotiation.terms.map((t) => [t.id, t.options[0]?.id]);
    expect(n?.proposal).toEqual(Object.fromEntries(demands));
  });

  it('propose brings the Kremlin’s answer; changing a term clears it', () => {
    const store = negotiating(accepted);
    store.getState().propose();
    expect(store.getState().negotiation?.answer?.response).toBe('accept');
    const [termId, optionId] = Object.entries(rejected).find(([t, o]) => accepted[t] !== o) ?? ['', ''];
    store.getState().setTerm(termId, optionId);
    expect(store.getState().negotiation?.answer).toBeNull();
  });

  it('ignores unknown terms and options', () => {
    const store = negotiating(accepted);
    const before = store.getState().negotiation;
    store.getState().setTerm('line', 'moon');
    store.getState().setTerm('weather', 'sunny');
    expect(store.getState().negotiation).toBe(before);
  });

  it('settle on an accepted proposal ends the game in a settlement on those terms, on the debrief, saved', () => {
    const storage = memoryStorage();
    const store = negotiating(accepted, storage);
    store.getState().propose();
    store.getState().settle();
    const s = store.getState();
    expect(s.game?.outcome?.kind).toBe('settlement');
    expect(s.game?.outcome?.terms).toEqual(accepted);
    expect(s.game?.outcome?.score).toBeGreaterThanOrEqual(0);
    expect(s.game?.outcome?.score).toBeLessThanOrEqual(100);
    expect(s.screen).toBe('debrief');
    expect(JSON.parse(storage.map.get(SAVE_KEY) ?? '{}').game.outcome.kind).toBe('settlement');

    const reloaded = makeStore(storage);
    reloaded.getState().continueGame();
    expect(reloaded.getState().game).toEqual(s.game);
    expect(reloaded.getState().screen).toBe('debrief');
  });

  it('settle on a counter-offer ends the game on the Kremlin’s counter terms', () => {
    const store = negotiating(countered);
    store.getState().propose();
    const answer = store.getState().negotiation?.answer;
    expect(answer?.response).toBe('counter');
    store.getState().settle();
    expect(store.getState().game?.outcome?.kind).toBe('settlement');
    expect(store.getState().game?.outcome?.terms).toEqual(answer?.counter);
    expect(store.getState().screen).toBe('debrief');
  });

  it('a rejection cannot be settled', () => {
    const store = negotiating(rejected);
    store.getState().propose();
    expect(store.getState().negotiation?.answer?.response).toBe('reject');
    const game = store.getState().game;
    store.getState().settle();
    expect(store.getState().game).toBe(game);
    expect(store.getState().screen).toBe('negotiation');
  });

  it('settle before any answer does nothing', () => {
    const store = negotiating(accepted);
    const game = store.getState().game;
    store.getState().settle();
    expect(store.getState().game).toBe(game);
  });

  it('closing returns to the campaign and keeps the terms for the next opening', () => {
    const store = negotiating(countered);
    store.getState().propose();
    store.getState().closeNegotiation();
    expect(store.getState().screen).toBe('campaign');
    store.getState().openNegotiation();
    expect(store.getState().negotiation?.proposal).toEqual(countered);
    expect(store.getState().negotiation?.answer).toBeNull();
  });

  it('a quarter played clears the answer, which was given to last quarter’s state', () => {
    const store = negotiating(accepted);
    store.getState().propose();
    store.getState().endQuarter();
    expect(store.getState().negotiation?.answer).toBeNull();
  });

  it('the terms on the table survive a reload', () => {
    const storage = memoryStorage();
    negotiating(countered, storage);
    const reloaded = makeStore(storage);
    reloaded.getState().continueGame();
    expect(reloaded.getState().negotiation?.proposal).toEqual(countered);
    expect(reloaded.getState().screen).toBe('campaign');
  });

  it('cannot be opened once the game is over', () => {
    const store = negotiating(accepted);
    store.getState().propose();
    store.getState().settle();
    store.getState().openNegotiation();
    expect(store.getState().screen).toBe('debrief');
  });
});
