/**
 * The tutorial: off by default (the title screen offers it); once on, one lesson in each of the
 * first three quarters (the aid slider and the fire ratio; sanctions and the NWF; the posture track
 * and cohesion); the player may move ahead or skip; it ends after the third quarter; it is saved.
 */
import { describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/state/store/persistence';
import { selectAssumptionList, selectTutorialStep } from '../../src/state/selectors/selectors';
import { makeStore, memoryStorage, playQuarters, startedStore } from './helpers';

describe('the tutorial', () => {
  it('is off by default', () => {
    const store = startedStore();
    expect(store.getState().tutorial).toEqual({ enabled: false, step: 0 });
    expect(selectTutorialStep(store.getState())).toBeNull();
  });

  it('teaches one lever and one indicator in each of the first three quarters, then ends', () => {
    const store = startedStore();
    store.getState().setTutorial(true);
    const lessons = [];
    for (let q = 0; q < 4; q++) {
      const step = selectTutorialStep(store.getState());
      lessons.push(step && [step.index, step.control, step.indicator]);
      playQuarters(store, 1);
    }
    expect(lessons).toEqual([
      [0, 'aidSlider', 'fireRatio'],
      [1, 'sanctionsSlider', 'nwfLiquidTrnRub'],
      [2, 'postureTrack', 'westernCohesion'],
      null,
    ]);
  });

  it('moves ahead with nextTutorialStep, and skipping ends it', () => {
    const store = startedStore();
    store.getState().setTutorial(true);
    store.getState().nextTutorialStep();
    expect(selectTutorialStep(store.getState())?.control).toBe('sanctionsSlider');
    store.getState().nextTutorialStep();
    store.getState().nextTutorialStep();
    expect(selectTutorialStep(store.getState())).toBeNull();
    store.getState().setTutorial(true);
    store.getState().setTutorial(false);
    expect(selectTutorialStep(store.getState())).toBeNull();
  });

  it('is saved with the game', () => {
    const storage = memoryStorage();
    const store = startedStore(storage);
    store.getState().setTutorial(true);
    store.getState().nextTutorialStep();
    const reloaded = makeStore(memoryStorage({ [SAVE_KEY]: storage.map.get(SAVE_KEY) ?? '' }));
    reloaded.getState().continueGame();
    expect(reloaded.getState().tutorial).toEqual({ enabled: true, step: 1 });
  });
});

describe('the tutorial’s Next', () => {
  it('moves past the lesson on screen even when the quarter is ahead of the stored step', () => {
    const store = startedStore();
    store.getState().setTutorial(true);
    playQuarters(store, 1);
    expect(selectTutorialStep(store.getState())?.index).toBe(1);
    store.getState().nextTutorialStep();
    expect(selectTutorialStep(store.getState())?.index).toBe(2);
  });
});

describe('the assumptions panel’s list', () => {
  it('lists every disputed figure with its options, the central one chosen by default', () => {
    const list = selectAssumptionList(startedStore().getState());
    expect(list.length).toBeGreaterThan(5);
    for (const a of list) expect(a.options.filter((o) => o.selected)).toHaveLength(1);
  });
});
