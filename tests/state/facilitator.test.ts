/**
 * The facilitator's console: pause (levers and End quarter do nothing), fire an inject (it lands in
 * the game now and the projection follows), override an outcome with a written reason, reveal the
 * Kremlin's hidden state, rewind to an earlier quarter, choose the projector's charts. Every action
 * is logged, and the log survives a rewind.
 */
import { describe, expect, it } from 'vitest';
import { replayTurns } from '../../src/engine';
import { selectFacilitatorConsole } from '../../src/state/workshop/facilitator-console';
import { describeMessage } from '../../src/text';
import { playQuarters, startedStore } from './helpers';
import { facilitatedStore } from './workshop-helpers';

describe('facilitator mode', () => {
  it('is off by default, and the console’s actions do nothing without it', () => {
    const store = startedStore();
    const before = store.getState();
    expect(before.facilitator).toEqual({ enabled: false, paused: false, revealKremlin: false, log: [] });
    store.getState().pause();
    store.getState().fireInject('coalition-summit');
    store.getState().overrideOutcome('westernCohesion', 10, 'Because.');
    store.getState().rewindTo(0);
    expect(store.getState()).toBe(before);
  });

  it('pausing stops the levers and End quarter until resumed, and both are logged', () => {
    const store = facilitatedStore();
    store.getState().pause();
    const paused = store.getState();
    store.getState().setAid(30);
    store.getState().setSanctions(4);
    store.getState().endQuarter();
    expect(store.getState()).toBe(paused);
    store.getState().resume();
    store.getState().endQuarter();
    expect(store.getState().history).toHaveLength(1);
    expect(store.getState().facilitator.log.map((e) => [e.kind, describeMessage(e)])).toEqual([
      ['pause', 'Paused the game'],
      ['resume', 'Resumed the game'],
    ]);
  });
});

describe('injects', () => {
  it('land in the game at once, are pending for the quarter, logged, and move the projection', () => {
    const store = facilitatedStore();
    const before = store.getState();
    store.getState().fireInject('coalition-summit');
    const s = store.getState();
    expect(s.game?.west.cohesion).toBeCloseTo((before.game?.west.cohesion ?? 0) + 8, 9);
    expect(s.pendingInjects).toEqual(['coalition-summit']);
    expect(s.facilitator.log.at(-1)).toEqual({
      quarterIndex: 0,
      kind: 'inject',
      code: 'log.injectFired',
      values: { id: 'coalition-summit', title: 'A summit rallies the coalition' },
    });
    expect(describeMessage(s.facilitator.log.at(-1)!)).toBe('Fired inject “A summit rallies the coalition”');
    expect(s.projection).not.toEqual(before.projection);
    expect(selectFacilitatorConsole(s).injects.find((i) => i.id === 'coalition-summit')?.fired).toBe(true);
  });

  it('an unknown inject does nothing', () => {
    const store = facilitatedStore();
    const before = store.getState();
    store.getState().fireInject('martians-land');
    expect(store.getState()).toBe(before);
  });
});

describe('overrides', () => {
  it('need a written reason and a finite value', () => {
    const store = facilitatedStore();
    const before = store.getState();
    store.getState().overrideOutcome('westernCohesion', 40, '   ');
    store.getState().overrideOutcome('westernCohesion', Number.NaN, 'A reason.');
    store.getState().overrideOutcome('westernCohesion', Infinity, 'A reason.');
    store.getState().overrideOutcome('notAField' as 'tempo', 1, 'A reason.');
    expect(store.getState()).toBe(before);
  });

  it('set the field now, within its bounds, and log the reason', () => {
    const store = facilitatedStore();
    store.getState().overrideOutcome('westernCohesion', 140, ' The coalition rallies after the summit. ');
    const s = store.getState();
    expect(s.game?.west.cohesion).toBe(100);
    expect(s.pendingOverrides).toEqual([
      { target: 'westernCohesion', value: 100, reason: 'The coalition rallies after the summit.' },
    ]);
    expect(s.facilitator.log.at(-1)).toEqual({
      quarterIndex: 0,
      kind: 'override',
      code: 'log.override',
      values: { target: 'westernCohesion', value: 100, reason: 'The coalition rallies after the summit.' },
      reason: 'The coalition rallies after the summit.',
    });
    // The log names the field as the console does, not by its code.
    expect(describeMessage(s.facilitator.log.at(-1)!)).toBe(
      'Overrode Western cohesion to 100: The coalition rallies after the summit.',
    );
    const row = selectFacilitatorConsole(s).overrides.find((o) => o.target === 'westernCohesion');
    expect(row).toEqual({ target: 'westernCohesion', value: 100, min: 0, max: 100, wholeSteps: false });
  });
});

describe('revealing the Kremlin', () => {
  it('shows the hidden state on the console only once revealed, and is logged', () => {
    const store = facilitatedStore();
    expect(selectFacilitatorConsole(store.getState()).kremlin).toBeNull();
    store.getState().setRevealKremlin(true);
    const kremlin = selectFacilitatorConsole(store.getState()).kremlin;
    const params = store.getState().scenario.params;
    expect(kremlin?.belief).toBe(store.getState().game?.west.beliefWestQuits);
    expect(kremlin?.options).toHaveLength(13);
    expect(kremlin?.options.find((o) => o.id === 'mobilise')?.values).toHaveProperty('size');
    const conditions = params.posture.thresholds.flatMap((t) => t.conditions);
    expect(kremlin?.streaks).toHaveLength(conditions.length);
    expect(store.getState().facilitator.log.at(-1)?.kind).toBe('reveal');
  });
});

describe('rewinding', () => {
  it('replays the first quarters, clears the pending actions and keeps the log', () => {
    const store = facilitatedStore();
    store.getState().fireInject('oil-falls');
    playQuarters(store, 4);
    store.getState().fireInject('nk-troops');
    const turns = store.getState().turns;
    store.getState().rewindTo(2);
    const s = store.getState();
    const replayed = replayTurns(s.scenario.params, 7, turns.slice(0, 2));
    expect(s.game).toEqual(replayed.state);
    expect(s.history).toEqual(replayed.reports);
    expect(s.turns).toEqual(turns.slice(0, 2));
    expect(s.pendingInjects).toEqual([]);
    expect(s.screen).toBe('campaign');
    expect(s.facilitator.log.at(-1)).toMatchObject({ code: 'log.rewound', values: { quarter: '2025-Q3' } });
    // The quarter as the game writes it.
    expect(s.facilitator.log.map((e) => describeMessage(e))).toEqual([
      'Fired inject “The oil price falls $10”',
      'Fired inject “North Korea sends 10,000 more troops”',
      'Rewound to Q3 2025',
    ]);
  });

  it('to a quarter not played yet does nothing', () => {
    const store = facilitatedStore();
    playQuarters(store, 1);
    const before = store.getState();
    store.getState().rewindTo(2);
    store.getState().rewindTo(-1);
    store.getState().rewindTo(0.5);
    expect(store.getState()).toBe(before);
  });
});

describe('the projector’s charts', () => {
  it('are two or three different key charts', () => {
    const store = facilitatedStore();
    store.getState().setProjectorCharts(['fireRatio', 'westernCohesion']);
    expect(store.getState().projectorCharts).toEqual(['fireRatio', 'westernCohesion']);
    const before = store.getState();
    store.getState().setProjectorCharts(['fireRatio']);
    store.getState().setProjectorCharts(['fireRatio', 'fireRatio']);
    store.getState().setProjectorCharts(['fireRatio', 'tempo']);
    expect(store.getState()).toBe(before);
  });
});
