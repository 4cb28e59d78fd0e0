/**
 * Helpers for the workshop's store tests: a started game with the facilitator's console open, a
 * short mixed game (injects, overrides, a hot-seat quarter), and the replay of a store's record,
 * so every test builds its inputs the same way.
 */
import type { StoreApi } from 'zustand/vanilla';
import { replayTurns, type GameState, type TurnReport } from '../../src/engine';
import type { GameStore } from '../../src/state/store/contract';
import { withPending } from '../../src/state/record/turn-record';
import { memoryStorage, playQuarters, startedStore } from './helpers';
import type { KeyValueStorage } from '../../src/state/store/persistence';

/** A started game (seed 7, baseline) with the facilitator's console open. */
export function facilitatedStore(storage: KeyValueStorage = memoryStorage()): StoreApi<GameStore> {
  const store = startedStore(storage);
  store.getState().setFacilitatorMode(true);
  return store;
}

/**
 * Plays four quarters that use every kind of record: an inject and an override in Q1, a plain Q2
 * with other levers, a hot-seat Q3 where the Kremlin player raises taxes, and an override before an
 * inject in Q4; then fires an inject in Q5 and leaves it pending.
 */
export function playMixedGame(store: StoreApi<GameStore>): void {
  const act = store.getState;
  act().fireInject('coalition-summit');
  act().overrideOutcome('beliefWestQuits', 0.55, '  The summit communiqué was weaker than modelled.  ');
  playQuarters(store, 1);
  act().setAid(21.3);
  act().setSanctions(3);
  playQuarters(store, 1);
  act().setHotSeat(true);
  act().endQuarter();
  act().startKremlinTurn();
  act().toggleKremlinChoice('raiseTaxes');
  act().confirmKremlinTurn();
  act().dismissReport();
  act().setHotSeat(false);
  act().overrideOutcome('westernCohesion', 47, 'Adjudicated: the Bundestag vote failed.');
  act().fireInject('aid-freeze');
  playQuarters(store, 1);
  act().fireInject('nk-troops');
}

/** The store's game rebuilt from its record: replayTurns, then this quarter's injects and overrides. */
export function replayOfStore(s: GameStore): { state: GameState; reports: TurnReport[] } {
  if (!s.game) throw new Error('no game to replay');
  const params = s.scenario.params;
  const { state, reports } = replayTurns(params, s.game.seed, s.turns);
  return { state: withPending(state, s.pendingInjects, s.pendingOverrides, params), reports };
}
