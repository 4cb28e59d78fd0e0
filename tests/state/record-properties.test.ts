/**
 * Property: whatever mix of levers, injects, overrides, hot-seat quarters, pauses and rewinds a
 * facilitator and two players produce, the record replays to the game on screen (state and
 * reports), policies stay the turns' policies, and the save reloads to the same game.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { KREMLIN_OPTIONS, OVERRIDE_TARGETS, type OverrideTarget } from '../../src/engine';
import type { GameStore } from '../../src/state/store/contract';
import { makeStore, memoryStorage } from './helpers';
import { facilitatedStore, replayOfStore } from './workshop-helpers';

type Action = (store: StoreApi<GameStore>) => void;

const injectIds = [
  ...makeStore()
    .getState()
    .scenario.params.injects.map((i) => i.id),
  'bogus-inject',
];
const targets = Object.keys(OVERRIDE_TARGETS) as OverrideTarget[];

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(
    (x): Action =>
      (st) =>
        st.getState().setAid(x),
  ),
  fc.integer({ min: 0, max: 4 }).map(
    (x): Action =>
      (st) =>
        st.getState().setSanctions(x),
  ),
  fc.constant<Action>((st) => st.getState().endQuarter()),
  fc.constant<Action>((st) => st.getState().dismissReport()),
  fc.constantFrom(...injectIds).map(
    (id): Action =>
      (st) =>
        st.getState().fireInject(id),
  ),
  fc.tuple(fc.constantFrom(...targets), fc.double({ min: -10, max: 1e6, noNaN: true }), fc.string()).map(
    ([t, v, r]): Action =>
      (st) =>
        st.getState().overrideOutcome(t, v, r),
  ),
  fc.boolean().map(
    (on): Action =>
      (st) =>
        st.getState().setHotSeat(on),
  ),
  fc.constant<Action>((st) => st.getState().startKremlinTurn()),
  fc.constant<Action>((st) => st.getState().cancelHandover()),
  fc.constantFrom(...KREMLIN_OPTIONS).map(
    (o): Action =>
      (st) =>
        st.getState().toggleKremlinChoice(o),
  ),
  fc.constant<Action>((st) => st.getState().confirmKremlinTurn()),
  fc.integer({ min: -1, max: 13 }).map(
    (q): Action =>
      (st) =>
        st.getState().rewindTo(q),
  ),
  fc.constant<Action>((st) => st.getState().pause()),
  fc.constant<Action>((st) => st.getState().resume()),
);

describe('any facilitated game', () => {
  it('replays from its record to the game on screen, and reloads from its save', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 30 }), (actions) => {
        const storage = memoryStorage();
        const store = facilitatedStore(storage);
        for (const act of actions) act(store);
        const s = store.getState();
        expect(s.policies).toEqual(s.turns.map((t) => t.policy));
        if (s.game?.outcome?.kind !== 'settlement') {
          const replayed = replayOfStore(s);
          expect(replayed.state).toEqual(s.game);
          expect(replayed.reports).toEqual(s.history);
        }
        const reloaded = makeStore(storage);
        expect(reloaded.getState().unreadableSave).toBeNull();
        reloaded.getState().continueGame();
        const r = reloaded.getState();
        expect(r.game).toEqual(s.game);
        expect(r.turns).toEqual(s.turns);
        expect(r.pendingInjects).toEqual(s.pendingInjects);
        expect(r.pendingOverrides).toEqual(s.pendingOverrides);
        expect(r.hotSeat).toEqual(s.hotSeat);
        expect(r.facilitator).toEqual(s.facilitator);
      }),
      { numRuns: 40 },
    );
  });
});
