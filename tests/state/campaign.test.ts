/**
 * The campaign loop as the player drives it: levers move only the projection; ending a quarter
 * steps the engine exactly once, records the quarter and saves; the game ends on the debrief.
 */
import { describe, expect, it } from 'vitest';
import { getBundledScenario } from '../../src/scenario';
import { SAVE_KEY } from '../../src/state/store/persistence';
import { createGameStore } from '../../src/state/store/store';
import { makeStore, memoryStorage, playQuarters, startedStore, TEST_NOW } from './helpers';

const params = getBundledScenario('baseline-2025').params;
const statusQuo = {
  aidBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter,
  sanctionsLevel: params.policy.sanctionsStatusQuoLevel,
};

describe('a new store', () => {
  it('opens on the title with the baseline scenario, a clock-derived seed and status-quo levers', () => {
    const s = makeStore().getState();
    expect(s.screen).toBe('title');
    expect(s.scenarioId).toBe('baseline-2025');
    expect(s.game).toBeNull();
    expect(s.pendingPolicy).toEqual(statusQuo);
    expect(Number.isInteger(s.seed)).toBe(true);
    expect(s.seed).toBeGreaterThanOrEqual(0);
    expect(s.seed).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(makeStore().getState().seed).toBe(s.seed);
  });

  it('seeds with 1 when it has no clock', () => {
    expect(createGameStore({ storage: memoryStorage() }).getState().seed).toBe(1);
  });

  it('gives different seeds for different clock readings', () => {
    const a = makeStore(memoryStorage(), { now: () => TEST_NOW }).getState().seed;
    const b = makeStore(memoryStorage(), { now: () => TEST_NOW + 1 }).getState().seed;
    expect(a).not.toBe(b);
  });

  it('accepts seeds 0 … 2^31−1 and ignores anything else', () => {
    const store = makeStore();
    for (const seed of [0, 2 ** 31 - 1, 42]) {
      store.getState().setSeed(seed);
      expect(store.getState().seed).toBe(seed);
    }
    for (const bad of [-1, 2 ** 31, 1.5, Number.NaN, Infinity]) {
      store.getState().setSeed(bad);
      expect(store.getState().seed).toBe(42);
    }
  });

  it('ignores an unknown scenario id', () => {
    const store = makeStore();
    store.getState().chooseScenario('no-such-scenario');
    expect(store.getState().scenarioId).toBe('baseline-2025');
  });
});

describe('starting a game', () => {
  it('newGame shows the briefing with the opening state, a projection and a horizon-long baseline', () => {
    const store = makeStore();
    store.getState().newGame();
    const s = store.getState();
    expect(s.screen).toBe('briefing');
    expect(s.game?.quarterIndex).toBe(0);
    expect(s.projection?.pending).toHaveLength(4);
    expect(s.baselinePath).toHaveLength(params.horizonQuarters);
    store.getState().begin();
    expect(store.getState().screen).toBe('campaign');
  });
});

describe('the pending levers', () => {
  it('change the projection and never the game', () => {
    const store = startedStore();
    const before = store.getState();
    store.getState().setAid(20);
    store.getState().setSanctions(3);
    const after = store.getState();
    expect(after.game).toBe(before.game);
    expect(after.history).toBe(before.history);
    expect(after.pendingPolicy).toEqual({ aidBnEurPerQuarter: 20, sanctionsLevel: 3 });
    expect(after.projection?.pending).not.toEqual(before.projection?.pending);
    expect(after.projection?.statusQuo).toEqual(before.projection?.statusQuo);
    expect(after.projection?.pending[0]?.policy).toEqual({ aidBnEurPerQuarter: 20, sanctionsLevel: 3 });
  });

  it('clamp aid to 0…max, round it to €0.1 bn, and clamp sanctions to the levels', () => {
    const store = startedStore();
    const { setAid, setSanctions } = store.getState();
    setAid(12.345);
    expect(store.getState().pendingPolicy.aidBnEurPerQuarter).toBe(12.3);
    setAid(99);
    expect(store.getState().pendingPolicy.aidBnEurPerQuarter).toBe(params.policy.aidMaxBnEurPerQuarter);
    setAid(-5);
    expect(store.getState().pendingPolicy.aidBnEurPerQuarter).toBe(0);
    setAid(Number.NaN);
    expect(store.getState().pendingPolicy.aidBnEurPerQuarter).toBe(0);
    setSanctions(9);
    expect(store.getState().pendingPolicy.sanctionsLevel).toBe(params.policy.sanctionsLevels.length - 1);
    setSanctions(-2);
    expect(store.getState().pendingPolicy.sanctionsLevel).toBe(0);
    setSanctions(1.6);
    expect(store.getState().pendingPolicy.sanctionsLevel).toBe(2);
  });

  it('carry over from one quarter to the next', () => {
    const store = startedStore();
    store.getState().setAid(15);
    playQuarters(store, 2);
    expect(store.getState().pendingPolicy.aidBnEurPerQuarter).toBe(15);
    expect(store.getState().policies.map((p) => p.aidBnEurPerQuarter)).toEqual([15, 15]);
  });
});

describe('endQuarter', () => {
  it('advances exactly one quarter, records it, shows the report and autosaves', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    const writesBefore = storage.writes.get(SAVE_KEY) ?? 0;
    store.getState().endQuarter();
    const s = store.getState();
    expect(s.game?.quarterIndex).toBe(1);
    expect(s.history).toHaveLength(1);
    expect(s.policies).toEqual([statusQuo]);
    expect(s.lastReport).toBe(s.history[0]);
    expect(s.screen).toBe('report');
    expect(storage.writes.get(SAVE_KEY)).toBeGreaterThan(writesBefore);
    expect(JSON.parse(storage.map.get(SAVE_KEY) ?? '{}').game).toEqual(JSON.parse(JSON.stringify(s.game)));
    store.getState().dismissReport();
    expect(store.getState().screen).toBe('campaign');
  });

  it('does nothing before a game starts', () => {
    const store = makeStore();
    store.getState().endQuarter();
    expect(store.getState().game).toBeNull();
    expect(store.getState().history).toEqual([]);
  });

  it('shows the last quarter’s report before the debrief', () => {
    const store = startedStore();
    playQuarters(store, params.horizonQuarters - 1);
    store.getState().endQuarter();
    expect(store.getState().screen).toBe('report');
    expect(store.getState().lastReport?.quarterIndex).toBe(params.horizonQuarters - 1);
    store.getState().dismissReport();
    expect(store.getState().screen).toBe('debrief');
  });

  it('plays a whole campaign at the status quo to the horizon and the debrief, then stops', () => {
    const store = startedStore();
    playQuarters(store, params.horizonQuarters);
    const s = store.getState();
    expect(s.game?.outcome?.kind).toBe('horizon');
    expect(s.screen).toBe('debrief');
    expect(s.history).toHaveLength(params.horizonQuarters);
    expect(s.projection).toBeNull();
    store.getState().endQuarter();
    expect(store.getState().game).toBe(s.game);
  });

  it('leads to the debrief on a collapse of cohesion', () => {
    const store = startedStore();
    store.getState().setAid(25);
    store.getState().setSanctions(4);
    playQuarters(store, params.horizonQuarters);
    expect(store.getState().game?.outcome?.kind).toBe('collapse');
    expect(store.getState().screen).toBe('debrief');
  });
});

describe('the state', () => {
  it('is frozen: code outside the store that mutates it throws', () => {
    const store = startedStore();
    playQuarters(store, 1);
    const s = store.getState();
    expect(() => {
      (s as { screen: string }).screen = 'title';
    }).toThrow(TypeError);
    expect(() => {
      (s.game as { quarterIndex: number }).quarterIndex = 5;
    }).toThrow(TypeError);
    expect(() => {
      (s.history as unknown[]).push(null);
    }).toThrow(TypeError);
    expect(() => {
      (s.pendingPolicy as { aidBnEurPerQuarter: number }).aidBnEurPerQuarter = 1;
    }).toThrow(TypeError);
  });

  it('playAgain returns to the title with no game and a fresh seed, keeping the save', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    playQuarters(store, 1);
    store.getState().playAgain();
    const s = store.getState();
    expect(s.screen).toBe('title');
    expect(s.game).toBeNull();
    expect(s.history).toEqual([]);
    expect(s.hasSave).toBe(true);
    expect(storage.map.has(SAVE_KEY)).toBe(true);
  });
});

describe('notifications', () => {
  it('an action that changes nothing does not notify the screens', () => {
    const store = startedStore();
    let notices = 0;
    const unsubscribe = store.subscribe(() => notices++);
    store.getState().dismissUnreadableSave();
    store.getState().setAid(store.getState().pendingPolicy.aidBnEurPerQuarter);
    store.getState().dismissReport();
    store.getState().setMuted(store.getState().settings.muted);
    expect(notices).toBe(0);
    store.getState().setAid(11);
    expect(notices).toBe(1);
    unsubscribe();
  });
});
