/** The debrief's live announcement: the ending said once, here or by the last quarter's report. */
import { describe, expect, it } from 'vitest';
import { debriefProps, endingReported } from '../../src/scenes/debrief/debrief-props';
import { makeStore, playQuarters, settledStore, startedStore } from '../state/helpers';

const horizon = makeStore().getState().scenario.params.horizonQuarters;

describe('the debrief’s announcement', () => {
  it('says a settlement, which has no report of its own', () => {
    const s = settledStore().getState();
    expect(endingReported(s)).toBe(false);
    expect(debriefProps(s).announcement).toBe(debriefProps(s).headline);
    expect(debriefProps(s).announcement).toMatch(/^A settlement was reached in Q3 2025/);
  });

  it('says the horizon, whose report leads with the quarter’s news', () => {
    const store = startedStore();
    playQuarters(store, horizon);
    const s = store.getState();
    expect(s.game?.outcome?.kind).toBe('horizon');
    expect(debriefProps(s).announcement).toBe('The war ran on to Q4 2027 without a settlement.');
  });

  it('stays silent after a collapse, which its report led with', () => {
    const store = startedStore();
    store.getState().setAid(25);
    store.getState().setSanctions(4);
    playQuarters(store, horizon);
    const s = store.getState();
    expect(s.game?.outcome?.kind).toBe('collapse');
    expect(endingReported(s)).toBe(true);
    expect(debriefProps(s).announcement).toBeNull();
  });
});
