/** The review's props in words: what the West decided, the facilitator's log, posture changes and why, the facts for the discussion. */
import { describe, expect, it } from 'vitest';
import { gameFacts, reviewProps } from '../../src/scenes/debrief/review-props';
import { selectReviewTimeline } from '../../src/state';
import { playQuarters, pressuredStore, startedStore } from '../state/helpers';
import { facilitatedStore, playMixedGame } from '../state/workshop-helpers';

describe('reviewProps', () => {
  it('writes the West’s decision, the facilitator’s actions with their reasons and the quarter’s note', () => {
    const store = facilitatedStore();
    playMixedGame(store);
    const props = reviewProps(store.getState());
    const q1 = props.quarters[0]!;
    const section = (title: string) => q1.sections.find((x) => x.title === title)?.items ?? [];
    expect(q1.sections.map((x) => x.title)).toEqual([
      'The West decided',
      'Injects',
      'Kremlin decisions',
      'Pressures crossed',
      'Posture changes, and why',
      'Facilitator',
      'Also in the quarter report',
    ]);
    expect(section('The West decided')[0]?.text).toBe('Military aid: €10.4 bn a quarter');
    expect(section('The West decided')[1]?.text).toMatch(/^Sanctions: \S/);
    expect(section('Injects')[0]).toEqual({
      text: 'A summit rallies the coalition',
      detail: 'Fired by the facilitator.',
    });
    expect(section('Facilitator')).toEqual([
      { text: 'Fired inject “A summit rallies the coalition”', detail: null },
      {
        text: "Overrode Putin's belief that the West will quit to 0.55",
        detail: 'Reason: The summit communiqué was weaker than modelled.',
      },
    ]);
    expect(q1.posture.note).toMatch(
      /^(Moved (up|down) this quarter\.|Unchanged this quarter; \d+ pressures? active\.)$/,
    );
    // The rewind is logged in the quarter it went back to, the quarter in the game's words.
    store.getState().rewindTo(2);
    playQuarters(store, 1);
    const q3 = reviewProps(store.getState()).quarters[2];
    expect(q3?.sections.find((x) => x.title === 'Facilitator')?.items.map((i) => i.text)).toContain(
      'Rewound to Q3 2025',
    );
  });

  it('explains a posture change in words', () => {
    const store = pressuredStore();
    const items = reviewProps(store.getState()).quarters[1]?.sections.find(
      (x) => x.title === 'Posture changes, and why',
    )?.items;
    expect(items?.[0]?.text).toBe('Up from level 0 to level 1, “Probing”');
    expect(items?.[0]?.detail).toMatch(
      /^Moved up to “Probing”: \d material pressures active \(T\d.*\) where 2 were needed/,
    );
  });
});

describe('gameFacts', () => {
  it('says when the posture first shifted, how cohesion and aid went, and the sanctions', () => {
    const store = pressuredStore();
    const s = store.getState();
    const facts = gameFacts(selectReviewTimeline(s), s.scenario.params);
    expect(facts[0]).toMatch(
      /^Putin’s posture first shifted in Q2 2025, to “Probing”, with T\d.* active and his belief that the West will quit at 0\.\d\d \(it had to be below 0\.50\)\.$/,
    );
    expect(facts[1]).toMatch(/^Western cohesion went from \d+ to \d+ \([+−]?\d+\)\.$/);
    expect(facts[2]).toBe(
      'Military aid: €40.0 bn over 2 quarters, €20.0 bn a quarter on average (the status quo is €10.4 bn).',
    );
    expect(facts[3]).toMatch(/^Sanctions stayed at “.+”\.$/);
  });

  it('says so when the posture never shifted', () => {
    const store = startedStore();
    playQuarters(store, 1);
    const s = store.getState();
    expect(gameFacts(selectReviewTimeline(s), s.scenario.params)[0]).toBe(
      'Putin’s posture never shifted in this game.',
    );
  });
});
