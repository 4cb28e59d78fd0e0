/**
 * Property: whatever a player (or a buggy screen) does, in any order and with any numbers, the
 * store never throws and keeps its invariants: the game's quarter equals the number of reports
 * and of policies played, the levers stay inside the scenario's ranges, the state stays frozen,
 * and every save it writes reads back to the very game on screen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { BUNDLED_SCENARIO_IDS } from '../../src/scenario';
import type { GameStore } from '../../src/state/store/contract';
import { makeStore, memoryStorage } from './helpers';

const params = makeStore().getState().scenario.params;
const termIds = [...params.negotiation.terms.map((t) => t.id), 'bogus'];
const optionIds = [...new Set(params.negotiation.terms.flatMap((t) => t.options.map((o) => o.id))), 'bogus'];

/** One thing a screen may do, with its arguments. */
type Action = (store: StoreApi<GameStore>) => void;

const anyNumber = fc.oneof(
  fc.double({ min: -50, max: 50, noNaN: false }),
  fc.integer({ min: -3, max: 30 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  anyNumber.map(
    (x): Action =>
      (st) =>
        st.getState().setAid(x),
  ),
  anyNumber.map(
    (x): Action =>
      (st) =>
        st.getState().setSanctions(x),
  ),
  fc.constant<Action>((st) => st.getState().endQuarter()),
  fc.constant<Action>((st) => st.getState().endQuarter()),
  fc.constant<Action>((st) => st.getState().dismissReport()),
  fc.constant<Action>((st) => st.getState().openNegotiation()),
  fc.tuple(fc.constantFrom(...termIds), fc.constantFrom(...optionIds)).map(
    ([t, o]): Action =>
      (st) =>
        st.getState().setTerm(t, o),
  ),
  fc.constant<Action>((st) => st.getState().propose()),
  fc.constant<Action>((st) => st.getState().settle()),
  fc.constant<Action>((st) => st.getState().closeNegotiation()),
  fc.constant<Action>((st) => st.getState().newGame()),
  fc.constant<Action>((st) => st.getState().continueGame()),
  fc.constant<Action>((st) => st.getState().begin()),
  fc.constant<Action>((st) => st.getState().playAgain()),
  fc.constantFrom(...BUNDLED_SCENARIO_IDS, 'bogus').map(
    (id): Action =>
      (st) =>
        st.getState().chooseScenario(id),
  ),
  anyNumber.map(
    (x): Action =>
      (st) =>
        st.getState().setSeed(x),
  ),
  anyNumber.map(
    (x): Action =>
      (st) =>
        st.getState().setVolume(x),
  ),
);

/** Fails with the broken invariant's name. */
function checkInvariants(s: GameStore): void {
  const params = s.scenario.params;
  if (s.game) {
    expect(s.history.length, 'history length').toBe(s.game.quarterIndex);
    expect(s.policies.length, 'policies length').toBe(s.game.quarterIndex);
    expect(s.game.quarterIndex).toBeLessThanOrEqual(params.horizonQuarters);
    if (s.game.outcome) expect(s.projection, 'no projection after the end').toBeNull();
  } else {
    expect(s.history).toEqual([]);
  }
  const { aidBnEurPerQuarter: aid, sanctionsLevel: level } = s.pendingPolicy;
  expect(aid).toBeGreaterThanOrEqual(0);
  expect(aid).toBeLessThanOrEqual(params.policy.aidMaxBnEurPerQuarter);
  expect(Number.isInteger(level), 'integer sanctions level').toBe(true);
  expect(level).toBeLessThan(params.policy.sanctionsLevels.length);
  expect(s.settings.volume).toBeGreaterThanOrEqual(0);
  expect(s.settings.volume).toBeLessThanOrEqual(1);
  expect(Object.isFrozen(s), 'frozen state').toBe(true);
}

describe('any sequence of store actions', () => {
  it('never throws, keeps quarter = reports = policies, and saves what it shows', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 40 }), (actions) => {
        const storage = memoryStorage();
        const store = makeStore(storage);
        if (actions.length % 2 === 0) store.getState().newGame();
        for (const act of actions) {
          act(store);
          checkInvariants(store.getState());
        }
        const reloaded = makeStore(storage);
        expect(reloaded.getState().unreadableSave).toBeNull();
        const shown = store.getState().game;
        if (shown) {
          reloaded.getState().continueGame();
          expect(reloaded.getState().game).toEqual(shown);
          expect(reloaded.getState().pendingPolicy).toEqual(store.getState().pendingPolicy);
        }
      }),
      { numRuns: 60 },
    );
  });
});
