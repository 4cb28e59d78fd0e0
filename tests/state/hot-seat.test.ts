/**
 * The Kremlin played by a person: with the hot seat on, End quarter hands the device over instead
 * of stepping; the Kremlin player chooses among the options open now; confirming plays the quarter
 * with both sides' decisions, records the choices in the turn and shows them only in the report.
 */
import { describe, expect, it } from 'vitest';
import { KREMLIN_OPTIONS, isOptionAvailable } from '../../src/engine';
import { selectKremlinOptions } from '../../src/state/workshop/kremlin-view';
import { EN } from '../../src/text';
import { startedStore } from './helpers';

/** A started game with the hot seat on and the device with the Kremlin player. */
function kremlinTurn() {
  const store = startedStore();
  store.getState().setHotSeat(true);
  store.getState().endQuarter();
  store.getState().startKremlinTurn();
  return store;
}

describe('the hot seat', () => {
  it('End quarter hands the device over: the game does not move and the levers lock', () => {
    const store = startedStore();
    store.getState().setHotSeat(true);
    store.getState().setAid(20);
    const decided = store.getState();
    store.getState().endQuarter();
    const s = store.getState();
    expect(s.hotSeat.phase).toBe('handover');
    expect(s.screen).toBe('campaign');
    expect(s.game).toBe(decided.game);
    store.getState().setAid(5);
    expect(store.getState().pendingPolicy.aidBnEurPerQuarter).toBe(20);
    store.getState().startKremlinTurn();
    expect(store.getState().hotSeat.phase).toBe('kremlin');
  });

  it('the West may take the device back from the hand-over: levers unlocked, nothing played', () => {
    const store = startedStore();
    store.getState().setHotSeat(true);
    const before = store.getState().game;
    store.getState().endQuarter();
    store.getState().cancelHandover();
    expect(store.getState().hotSeat.phase).toBe('west');
    expect(store.getState().game).toBe(before);
    store.getState().setAid(5);
    expect(store.getState().pendingPolicy.aidBnEurPerQuarter).toBe(5);
  });

  it('cannot take the device back once the Kremlin player has it', () => {
    const store = kremlinTurn();
    store.getState().cancelHandover();
    expect(store.getState().hotSeat.phase).toBe('kremlin');
  });

  it('the Kremlin player may choose only options open now, and unchoose them', () => {
    const store = kremlinTurn();
    store.getState().toggleKremlinChoice('restoreTempo');
    expect(store.getState().hotSeat.kremlinChoices).toEqual([]);
    store.getState().toggleKremlinChoice('mobilise');
    store.getState().toggleKremlinChoice('askIran');
    store.getState().toggleKremlinChoice('mobilise');
    expect(store.getState().hotSeat.kremlinChoices).toEqual(['askIran']);
  });

  it('confirming plays the quarter with both sides’ decisions and returns to the West', () => {
    const store = kremlinTurn();
    store.getState().toggleKremlinChoice('askNorthKoreaTroops');
    store.getState().confirmKremlinTurn();
    const s = store.getState();
    expect(s.hotSeat).toEqual({ enabled: true, phase: 'west', kremlinChoices: [] });
    expect(s.screen).toBe('report');
    expect(s.turns[0]?.kremlinChoices).toEqual(['askNorthKoreaTroops']);
    const kremlinEvents = s.lastReport?.events.filter((e) => e.category === 'kremlin') ?? [];
    expect(kremlinEvents.map((e) => [e.code, e.causes])).toEqual([
      ['kremlin.askNorthKoreaTroops', ['kremlin.player']],
    ]);
  });

  it('a Kremlin player who chooses nothing is recorded as such, not as the rules', () => {
    const store = kremlinTurn();
    store.getState().confirmKremlinTurn();
    expect(store.getState().turns[0]).toHaveProperty('kremlinChoices', []);
  });

  it('turning it off mid-turn gives the device back to the West', () => {
    const store = kremlinTurn();
    store.getState().toggleKremlinChoice('askIran');
    store.getState().setHotSeat(false);
    expect(store.getState().hotSeat).toEqual({ enabled: false, phase: 'west', kremlinChoices: [] });
    store.getState().endQuarter();
    expect(store.getState().turns[0]).not.toHaveProperty('kremlinChoices');
  });
});

describe('selectKremlinOptions', () => {
  it('lists every option with its availability, choice, sizes, sources and text key', () => {
    const store = kremlinTurn();
    store.getState().toggleKremlinChoice('askIran');
    const s = store.getState();
    const options = selectKremlinOptions(s);
    expect(options.map((o) => o.id)).toEqual([...KREMLIN_OPTIONS]);
    for (const o of options) {
      const game = s.game!;
      expect(o.available, o.id).toBe(isOptionAvailable(o.id, game, game.quarterIndex, s.scenario.params));
      expect(o.chosen, o.id).toBe(o.id === 'askIran');
      expect(o.sources.length, o.id).toBeGreaterThan(0);
      expect(EN.events[o.textKey]?.name, o.id).toBeTruthy();
    }
    expect(options.find((o) => o.id === 'askNorthKoreaTroops')?.values).toHaveProperty('troops');
  });
});
