/** The campaign's props in words: the heading, the aid marks, the indicator rows, the posture sentence, the charts. */
import { describe, expect, it } from 'vitest';
import {
  indicatorGroups,
  policyProps,
  postureProps,
  quarterHeading,
} from '../../src/scenes/campaign/campaign-props';
import { chartModel } from '../../src/scenes/shared/chart-props';
import { projectorProps } from '../../src/scenes/shared/posture-props';
import { projectorSnapshot, selectPostureTrack } from '../../src/state';
import { patchState, playQuarters, startedStore } from '../state/helpers';

describe('the campaign screen’s props', () => {
  it('head the screen with the quarter and how far into the horizon it is', () => {
    const store = startedStore();
    expect(quarterHeading(store.getState())).toBe('Q1 2025 · quarter 1 of 12');
    playQuarters(store, 1);
    expect(quarterHeading(store.getState())).toBe('Q2 2025 · quarter 2 of 12');
  });

  it('mark the aid slider with the scenario’s reference levels', () => {
    const marks = policyProps(startedStore().getState()).aid.marks.map((m) => m.label);
    expect(marks).toEqual(['US stops', 'Status quo', 'Expanded']);
  });

  it('write each indicator’s value, its change and its threshold', () => {
    const store = startedStore();
    const first = indicatorGroups(store.getState()).flatMap((g) => g.rows);
    expect(first.some((r) => r.valueText === 'after the first quarter')).toBe(true);
    playQuarters(store, 1);
    const rows = indicatorGroups(store.getState()).flatMap((g) => g.rows);
    for (const r of rows) {
      expect(r.changeText).toMatch(/^(|unchanged|[+−]\S.*?( · (better|worse))?)$/);
      if (r.thresholdText !== null) expect(r.thresholdText).toMatch(/^T\d (below|above) \S/);
    }
    const reserves = rows.find((r) => r.key === 'nwfLiquidTrnRub');
    expect(reserves?.tip.lines.slice(1).every((l) => /^\S+ \S/.test(l))).toBe(true);
  });

  it('word the posture track’s sentence, for the campaign and the projector alike', () => {
    const store = startedStore();
    const track = selectPostureTrack(store.getState());
    const posture = postureProps(store.getState());
    expect(posture.levels).toBe(track.levels);
    expect(posture.sentence).toMatch(
      /^0 of 2 pressures active; his belief that the West will quit: 0\.\d\d, shifts below 0\.\d\d$/,
    );
    patchState(store, (d) => {
      if (d.game) d.game.posture.freezeQuartersLeft = 2;
    });
    expect(postureProps(store.getState()).sentence).toMatch(
      /; a mobilisation holds him for 2 more quarters$/,
    );
    const projected = projectorProps(projectorSnapshot(store.getState()));
    expect(projected.postureTrack.sentence).toBe(postureProps(store.getState()).sentence);
    expect(projected.quarterLabel).toBe('2025-Q1');
  });

  it('label the charts’ thresholds', () => {
    const model = chartModel(startedStore().getState(), 'nwfLiquidTrnRub');
    expect(model.thresholds.map((t) => t.label)).toEqual(['Threshold 1.00 trn ₽']);
  });
});
