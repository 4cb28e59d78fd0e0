/**
 * The after-action review: one timeline entry per quarter with the decision, the injects (scheduled
 * or fired), overrides with their reasons, the Kremlin's decisions (rules or player), thresholds
 * crossed, posture changes explained from the thresholds and his belief against the gate, the
 * facilitator's log of that quarter and the indicators to scrub through; and the scenario's prompts.
 */
import { describe, expect, it } from 'vitest';
import { getBundledScenario } from '../../src/scenario';
import { selectDiscussionPrompts, selectReviewTimeline } from '../../src/state/selectors/selectors';
import { describeMessage } from '../../src/text';
import { makeStore, playQuarters, pressuredStore } from './helpers';
import { facilitatedStore, playMixedGame } from './workshop-helpers';

describe('the review timeline', () => {
  it('has one entry per quarter with the decisions, injects, overrides and the facilitator’s log', () => {
    const store = facilitatedStore();
    playMixedGame(store);
    const s = store.getState();
    const timeline = selectReviewTimeline(s);
    expect(timeline).toHaveLength(s.history.length);
    const [q1, q2, q3, q4] = timeline;
    expect(q1?.injects).toEqual([
      { id: 'coalition-summit', title: 'A summit rallies the coalition', scheduled: false },
    ]);
    expect(q1?.overrides.map((o) => o.reason)).toEqual(['The summit communiqué was weaker than modelled.']);
    expect(q1?.facilitator.map((e) => e.kind)).toEqual(['inject', 'override']);
    expect(q2?.policy).toEqual({ aidBnEurPerQuarter: 21.3, sanctionsLevel: 3 });
    expect(q3?.kremlin).toEqual([{ option: 'raiseTaxes', byPlayer: true, values: expect.any(Object) }]);
    expect(q3?.facilitator.map((e) => e.kind)).toEqual(['hot-seat']);
    expect(q4?.facilitator.map((e) => e.kind)).toEqual(['hot-seat', 'override', 'inject']);
    expect(q4?.indicators).toEqual(s.history[3]?.indicators);
  });

  it('marks scheduled injects as such', () => {
    const store = makeStore();
    store.getState().chooseScenario('us-stops-2025');
    store.getState().newGame();
    playQuarters(store, 2);
    const injects = selectReviewTimeline(store.getState()).flatMap((e) => e.injects);
    expect(injects).toContainEqual(expect.objectContaining({ id: 'us-aid-ends', scheduled: true }));
  });

  it('explains a posture change from the pressures and his belief against the gate', () => {
    const store = pressuredStore();
    const change = selectReviewTimeline(store.getState())[1]?.postureChanges[0];
    const gate = store.getState().scenario.params.posture.levels[1]?.beliefBelow;
    expect(change).toMatchObject({ direction: 'up', from: 0, to: 1, name: 'Probing', beliefGate: gate });
    expect(change?.belief).toBeLessThan(gate ?? 0);
    const why = change ? describeMessage(change.explanation) : '';
    expect(why).toMatch(
      /^Moved up to “Probing”: \d material pressures active \(T\d.*\) where \d were needed/,
    );
    expect(why).toMatch(/below the gate of 0\.5\.$/);
  });

  it('thresholds crossed are listed with their names', () => {
    const store = makeStore();
    store.getState().newGame();
    store.getState().setAid(20);
    store.getState().setSanctions(4);
    playQuarters(store, 3);
    const crossed = selectReviewTimeline(store.getState()).flatMap((e) => e.thresholds);
    expect(crossed.length).toBeGreaterThan(0);
    for (const t of crossed) expect(t.name).not.toBe('');
  });
});

describe('discussion prompts', () => {
  it('are the scenario’s own', () => {
    const store = makeStore();
    expect(selectDiscussionPrompts(store.getState())).toEqual(
      getBundledScenario('baseline-2025').discussionPrompts,
    );
  });
});
