/**
 * Save format version 2 holds the record as turns, the assumptions, the current quarter's injects
 * and overrides, and the workshop's settings (facilitator log and flags, hot seat, tutorial,
 * projector charts); teams are not saved. A version-1 save (policies only) still continues. The
 * replay check covers the turns and the pending injects and overrides.
 */
import { describe, expect, it } from 'vitest';
import { applyAssumptions, getBundledScenario } from '../../src/scenario';
import { SAVE_KEY } from '../../src/state/store/persistence';
import { makeStore, memoryStorage, playQuarters, startedStore } from './helpers';
import { facilitatedStore, playMixedGame } from './workshop-helpers';
import type { GameStore } from '../../src/state/store/contract';
import { describeMessage } from '../../src/text';

/** Why the store's unreadable save could not be read, in words ('' when there is none). */
const reasonOf = (s: Pick<GameStore, 'unreadableSave'>): string =>
  s.unreadableSave ? describeMessage(s.unreadableSave.reason) : '';

/** The raw save a store wrote. */
function savedText(storage: ReturnType<typeof memoryStorage>): string {
  const raw = storage.map.get(SAVE_KEY);
  if (raw === undefined) throw new Error('no save written');
  return raw;
}

/** A store continued from raw save text. */
function continued(raw: string) {
  const store = makeStore(memoryStorage({ [SAVE_KEY]: raw }));
  store.getState().continueGame();
  return store;
}

describe('save format version 2', () => {
  it('holds the turns, the pending injects and overrides, and the workshop settings', () => {
    const storage = memoryStorage();
    const store = facilitatedStore(storage);
    playMixedGame(store);
    store.getState().setProjectorCharts(['fireRatio', 'westernCohesion']);
    store.getState().importTeam('Blue', 'not a code');
    const file = JSON.parse(savedText(storage));
    const s = store.getState();
    expect(file).toMatchObject({ version: 2, turns: s.turns, pendingInjects: ['nk-troops'] });
    expect(file.facilitator).toEqual(s.facilitator);
    expect(file.hotSeat).toEqual({ enabled: false, phase: 'west', kremlinChoices: [] });
    expect(file.projectorCharts).toEqual(['fireRatio', 'westernCohesion']);
    expect(file.tutorial).toEqual({ enabled: false, step: 0 });
    expect(file).not.toHaveProperty('teams');
    expect(file).not.toHaveProperty('policies');
  });

  it('continues a facilitated game exactly, log and pending actions included', () => {
    const storage = memoryStorage();
    const store = facilitatedStore(storage);
    playMixedGame(store);
    const s = store.getState();
    const r = continued(savedText(storage)).getState();
    for (const key of ['game', 'history', 'turns', 'policies', 'pendingInjects', 'facilitator'] as const) {
      expect(r[key], key).toEqual(s[key]);
    }
    expect(r.projection).toEqual(s.projection);
  });

  it('continues a game played under assumptions with their parameters and both baselines', () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    store.getState().applyAssumptionPreset('fragile');
    store.getState().setSeed(7);
    store.getState().newGame();
    playQuarters(store, 2);
    const r = continued(savedText(storage)).getState();
    const shipped = getBundledScenario('baseline-2025');
    expect(r.assumptionPreset).toBe('fragile');
    expect(r.scenario.params).toEqual(applyAssumptions(shipped, r.assumptions).params);
    expect(r.game).toEqual(store.getState().game);
    expect(r.baselinePath).toEqual(store.getState().baselinePath);
    expect(r.modifiedBaselinePath).toEqual(store.getState().modifiedBaselinePath);
  });

  it('refuses a save whose pending inject was removed: the game no longer matches its replay', () => {
    const storage = memoryStorage();
    playMixedGame(facilitatedStore(storage));
    const file = JSON.parse(savedText(storage));
    file.pendingInjects = [];
    const store = makeStore(memoryStorage({ [SAVE_KEY]: JSON.stringify(file) }));
    expect(reasonOf(store.getState())).toMatch(/does not match a replay/);
  });

  it('names a damaged workshop field', () => {
    const storage = memoryStorage();
    playQuarters(facilitatedStore(storage), 1);
    const file = JSON.parse(savedText(storage));
    file.facilitator.log = 'lost';
    const store = makeStore(memoryStorage({ [SAVE_KEY]: JSON.stringify(file) }));
    expect(reasonOf(store.getState())).toMatch(/damaged: the facilitator's console/);
  });

  it('keeps the log as messages, and opens an older build’s log of sentences as notes', () => {
    const storage = memoryStorage();
    const played = facilitatedStore(storage);
    played.getState().fireInject('oil-falls');
    playQuarters(played, 1);
    expect(continued(savedText(storage)).getState().facilitator.log).toEqual(
      played.getState().facilitator.log,
    );
    const file = JSON.parse(savedText(storage));
    file.facilitator.log = [
      { quarterIndex: 0, kind: 'inject', text: 'Fired inject “The oil price falls $10”' },
    ];
    const older = continued(JSON.stringify(file)).getState();
    expect(older.unreadableSave).toBeNull();
    expect(older.facilitator.log).toEqual([
      {
        quarterIndex: 0,
        kind: 'inject',
        code: 'log.note',
        values: { text: 'Fired inject “The oil price falls $10”' },
      },
    ]);
    expect(describeMessage(older.facilitator.log[0]!)).toBe('Fired inject “The oil price falls $10”');
    file.facilitator.log = [{ quarterIndex: 0, kind: 'inject', code: 'log.unknown', values: {} }];
    expect(reasonOf(makeStore(memoryStorage({ [SAVE_KEY]: JSON.stringify(file) })).getState())).toMatch(
      /damaged: the facilitator's console/,
    );
  });
});

describe('a version-1 save', () => {
  /** A version-1 save of the game a store shows: policies, no turns, no workshop fields. */
  function versionOne(raw: string): string {
    const v2 = JSON.parse(raw);
    return JSON.stringify({
      format: 'leverage-save',
      version: 1,
      scenarioId: v2.scenarioId,
      scenarioVersion: v2.scenarioVersion,
      seed: v2.seed,
      policies: v2.turns.map((t: { policy: unknown }) => t.policy),
      pendingPolicy: v2.pendingPolicy,
      screen: v2.screen,
      game: v2.game,
      history: v2.history,
    });
  }

  it('still continues, its policies read as turns', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    store.getState().setAid(12.5);
    playQuarters(store, 3);
    const reloaded = makeStore(memoryStorage({ [SAVE_KEY]: versionOne(savedText(storage)) }));
    expect(reloaded.getState().hasSave).toBe(true);
    reloaded.getState().continueGame();
    const r = reloaded.getState();
    expect(r.game).toEqual(store.getState().game);
    expect(r.history).toEqual(store.getState().history);
    expect(r.turns).toEqual(store.getState().policies.map((policy) => ({ policy })));
    expect(r.screen).toBe('campaign');
    expect(r.assumptions).toEqual({});
  });

  it('is refused when a policy was changed without replaying it', () => {
    const storage = memoryStorage();
    playQuarters(startedStore(storage), 2);
    const file = JSON.parse(versionOne(savedText(storage)));
    file.policies[1].sanctionsLevel = 4;
    const store = makeStore(memoryStorage({ [SAVE_KEY]: JSON.stringify(file) }));
    expect(reasonOf(store.getState())).toMatch(/does not match a replay/);
  });
});
