/**
 * Regression: a facilitator's override of Putin's posture to a fractional value (1.4) once made the
 * autosave unreadable, because the store and the engine each built the quarter's facilitation
 * events and disagreed on the value. The engine now builds them alone; the store records the value
 * the engine applied (a whole level), and the save reloads exactly.
 */
import { describe, expect, it } from 'vitest';
import { appliedOverrideValue, facilitationEvents, replayTurns } from '../../src/engine';
import { memoryStorage, makeStore, playQuarters } from './helpers';
import { facilitatedStore, replayOfStore } from './workshop-helpers';

/** A facilitated game whose first quarter carries a posture override of 1.4 and a cohesion one of 62.5. */
function gameWithFractionalOverride(storage = memoryStorage()) {
  const store = facilitatedStore(storage);
  store.getState().overrideOutcome('postureLevel', 1.4, 'The white cell judges a partial shift.');
  store.getState().overrideOutcome('westernCohesion', 62.5, 'The summit ended in a split.');
  playQuarters(store, 2);
  return { store, storage };
}

describe('an override of the posture to a fractional value', () => {
  it('is recorded as the whole level the engine applied', () => {
    const { store } = gameWithFractionalOverride();
    const first = store.getState().turns[0];
    expect(first?.overrides).toEqual([
      { target: 'postureLevel', value: 1, reason: 'The white cell judges a partial shift.' },
      { target: 'westernCohesion', value: 62.5, reason: 'The summit ended in a split.' },
    ]);
    const event = store.getState().history[0]?.events.find((e) => e.code === 'override.applied');
    expect(event?.values).toEqual({
      target: 'postureLevel',
      value: 1,
      reason: 'The white cell judges a partial shift.',
    });
  });

  it('leaves a save that reloads exactly, with no unreadable-save notice', () => {
    const { store, storage } = gameWithFractionalOverride();
    const played = store.getState();
    const reloaded = makeStore(storage);
    expect(reloaded.getState().unreadableSave).toBeNull();
    expect(reloaded.getState().hasSave).toBe(true);
    reloaded.getState().continueGame();
    const s = reloaded.getState();
    expect(s.unreadableSave).toBeNull();
    expect(s.game).toEqual(played.game);
    expect(s.history).toEqual(played.history);
    expect(s.turns).toEqual(played.turns);
  });

  it('gives the live game the same state and reports as a replay of its record', () => {
    const { store } = gameWithFractionalOverride();
    const s = store.getState();
    const replay = replayOfStore(s);
    expect(replay.state).toEqual(s.game);
    expect(replay.reports).toEqual(s.history);
  });
});

describe('the facilitation events (one implementation, in the engine)', () => {
  it('carry the value as applied, whatever a record says', () => {
    const params = makeStore().getState().scenario.params;
    const turn = {
      policy: { aidBnEurPerQuarter: 10, sanctionsLevel: 1 },
      overrides: [
        { target: 'postureLevel' as const, value: 1.4, reason: 'r' },
        { target: 'westernCohesion' as const, value: 140, reason: 'r' },
      ],
    };
    expect(facilitationEvents(turn, params).map((e) => e.values['value'])).toEqual([1, 100]);
    const replayed = replayTurns(params, 7, [turn]);
    expect(replayed.state.posture.level).toBeGreaterThanOrEqual(0);
    expect(replayed.reports[0]?.events.slice(0, 2)).toEqual(facilitationEvents(turn, params));
  });

  it('round the posture to a whole level and keep other targets inside their bounds', () => {
    expect(appliedOverrideValue({ target: 'postureLevel', value: 1.4 })).toBe(1);
    expect(appliedOverrideValue({ target: 'postureLevel', value: 2.6 })).toBe(3);
    expect(appliedOverrideValue({ target: 'postureLevel', value: 9 })).toBe(3);
    expect(appliedOverrideValue({ target: 'tempo', value: 0.75 })).toBe(0.75);
    expect(appliedOverrideValue({ target: 'cpiPct', value: Number.NaN })).toBe(0);
  });
});
