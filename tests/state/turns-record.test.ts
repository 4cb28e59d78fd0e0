/**
 * The replay record is a list of turns: each quarter records the West's policy, the injects fired
 * and the overrides made before it ended, and a person's Kremlin choices. Injects and overrides
 * change the game the moment they happen, and replayTurns of the record (plus the current quarter's
 * injects and overrides) rebuilds the very game on screen, reports included.
 */
import { describe, expect, it } from 'vitest';
import { playQuarters, startedStore } from './helpers';
import { facilitatedStore, playMixedGame, replayOfStore } from './workshop-helpers';

describe('the record of turns', () => {
  it('records a plain quarter as its policy alone, and keeps policies equal to the turns’ policies', () => {
    const store = startedStore();
    store.getState().setAid(15);
    playQuarters(store, 2);
    const s = store.getState();
    const policy = { aidBnEurPerQuarter: 15, sanctionsLevel: s.pendingPolicy.sanctionsLevel };
    expect(s.turns).toEqual([{ policy }, { policy }]);
    expect(s.policies).toEqual(s.turns.map((t) => t.policy));
  });

  it('records the injects and overrides of a quarter in the order the record replays them', () => {
    const store = facilitatedStore();
    store.getState().overrideOutcome('westernCohesion', 50, 'Adjudicated.');
    store.getState().fireInject('coalition-summit');
    store.getState().endQuarter();
    expect(store.getState().turns[0]).toEqual({
      policy: store.getState().pendingPolicy,
      injects: ['coalition-summit'],
      overrides: [{ target: 'westernCohesion', value: 50, reason: 'Adjudicated.' }],
    });
    expect(store.getState().pendingInjects).toEqual([]);
    expect(store.getState().pendingOverrides).toEqual([]);
  });

  it('an override set before an inject still holds after it, as in the replay', () => {
    const store = facilitatedStore();
    store.getState().overrideOutcome('westernCohesion', 50, 'Adjudicated.');
    store.getState().fireInject('aid-freeze');
    expect(store.getState().game?.west.cohesion).toBe(50);
    expect(store.getState().game).toEqual(replayOfStore(store.getState()).state);
  });

  it('puts the inject and override events at the head of the quarter’s report', () => {
    const store = facilitatedStore();
    store.getState().fireInject('oil-falls');
    store.getState().overrideOutcome('tempo', 1.2, 'The offensive on Pokrovsk.');
    store.getState().endQuarter();
    const codes = store.getState().history[0]?.events.map((e) => e.code) ?? [];
    expect(codes.slice(0, 2)).toEqual(['inject.fired', 'override.applied']);
  });

  it('replayTurns rebuilds a game of injects, overrides and a hot-seat quarter exactly', () => {
    const store = facilitatedStore();
    playMixedGame(store);
    const s = store.getState();
    expect(s.turns).toHaveLength(4);
    expect(s.turns[2]?.kremlinChoices).toEqual(['raiseTaxes']);
    expect(s.pendingInjects).toEqual(['nk-troops']);
    const replayed = replayOfStore(s);
    expect(replayed.state).toEqual(s.game);
    expect(replayed.reports).toEqual(s.history);
  });

  it('trims the override’s reason before recording it', () => {
    const store = facilitatedStore();
    playMixedGame(store);
    expect(store.getState().turns[0]?.overrides?.[0]?.reason).toBe(
      'The summit communiqué was weaker than modelled.',
    );
  });
});
