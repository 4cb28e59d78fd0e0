/**
 * The debrief places the war played among many runs of its levers: as many runs as it says, the
 * same runs for the same game, and shares that add up to no more than every run.
 */
import { describe, expect, it } from 'vitest';
import { LUCK_RUNS, luckSeed, selectLuck } from '../../src/state';
import { makeStore, memoryStorage } from './helpers';

describe('the luck of the war played', () => {
  it('is nothing before a quarter is played, then a place among the runs of its levers', () => {
    const store = makeStore(memoryStorage());
    store.getState().newGame();
    expect(selectLuck(store.getState())).toBeNull();
    store.getState().endQuarter();
    store.getState().dismissReport();
    store.getState().endQuarter();
    const luck = selectLuck(store.getState());
    expect(luck?.runs).toBe(LUCK_RUNS);
    expect(luck?.seed).toBe(luckSeed(store.getState().game?.seed ?? 0));
    const { moreGround = 0, lessGround = 0, lowerPosture = 0 } = luck ?? {};
    expect(moreGround + lessGround).toBeLessThanOrEqual(1);
    expect(lowerPosture).toBeGreaterThanOrEqual(0);
    // Shocks move the ground: the war played is not at the edge of every run.
    expect(moreGround).toBeGreaterThan(0);
    expect(lessGround).toBeGreaterThan(0);
  });
});
