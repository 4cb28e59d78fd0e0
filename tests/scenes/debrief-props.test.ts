/** The debrief's and the memo's props: the ending, its quarter and score, the totals and the timeline in words. */
import { describe, expect, it } from 'vitest';
import { debriefProps, levelName, quarterHeadlines } from '../../src/scenes/debrief/debrief-props';
import { MEMO_CAVEATS, memoProps } from '../../src/scenes/debrief/memo-props';
import { makeStore, playQuarters, settledStore, startedStore } from '../state/helpers';

const horizon = makeStore().getState().scenario.params.horizonQuarters;

describe('debriefProps', () => {
  it('while the war goes on: no ending yet', () => {
    const store = startedStore();
    playQuarters(store, 1);
    const props = debriefProps(store.getState());
    expect(props.title).toBe('The war goes on');
    expect(props.headline).toBe('The war goes on: no ending has been reached yet.');
    expect(props.totals).toMatch(
      /^Over 1 quarter: €\d+\.\d bn of aid, [\d,]+ km² taken by Russia, [\d,]+ Russian casualties\.$/,
    );
  });

  it('at the horizon: the quarter in the game’s words, the totals and one timeline row a quarter', () => {
    const store = startedStore();
    playQuarters(store, horizon);
    const props = debriefProps(store.getState());
    expect(props.title).toBe('The war goes on');
    expect(props.headline).toBe('The war ran on to Q4 2027 without a settlement.');
    expect(props.totals).toMatch(new RegExp(`^Over ${horizon} quarters: €[\\d,]+\\.\\d bn of aid`));
    expect(props.timeline).toHaveLength(horizon);
    expect(props.timeline[0]).toMatchObject({ quarter: 'Q1 2025', aid: '€10.4 bn' });
    for (const row of props.timeline)
      expect(row.posture).toMatch(row.postureChanged ? / → / : /^[A-Z][^→]*$/);
    for (const f of props.forecasts) expect(f.window).toMatch(/^Q[1-4] \d{4} to Q[1-4] \d{4}$/);
  });

  it('after a settlement: its quarter, its score and the terms’ acceptability', () => {
    const store = settledStore();
    const props = debriefProps(store.getState());
    expect(props.title).toBe('Settlement signed');
    expect(props.headline).toBe(`A settlement was reached in Q3 2025, scoring ${props.score} of 100.`);
    expect(props.terms.length).toBeGreaterThan(0);
    for (const t of props.terms) expect(t.acceptability).toMatch(/^US \d+%, Ukraine \d+%, Europe \d+%$/);
  });
});

describe('the debrief’s small helpers', () => {
  it('name a quiet quarter, and a level the scenario does not name', () => {
    expect(quarterHeadlines([], [])).toEqual(['A quiet quarter']);
    expect(levelName([{ name: 'Maximalist' }], 0)).toBe('Maximalist');
    expect(levelName([{ name: 'Maximalist' }], 5)).toBe('Level 5');
  });
});

describe('memoProps', () => {
  it('writes the vintage, the seed and the quarters played, and the caveats', () => {
    const store = startedStore();
    playQuarters(store, 3);
    const s = store.getState();
    const memo = memoProps(s, debriefProps(s));
    expect(memo.vintage).toBe('Figures as of 19 February 2025');
    expect(memo.meta).toBe('Seed 7 · 3 quarters played');
    expect(memo.headline).toBe('The war goes on: no ending has been reached yet.');
    expect(memo.caveats).toBe(MEMO_CAVEATS);
    expect(MEMO_CAVEATS).toHaveLength(4);
    for (const c of MEMO_CAVEATS) expect(c).toMatch(/^[A-Z].{40,}\.$/);
  });
});
