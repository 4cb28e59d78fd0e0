import { describe, expect, it } from 'vitest';
import { REVIEW_FIGURES, reviewProps } from '../../src/scenes/debrief/review-props';
import { sparkCoords } from '../../src/ui/campaign/sparkline';
import { playQuarters, startedStore } from '../state/helpers';

describe('the quarter-by-quarter review', () => {
  it('gives every figure its values over the quarters played, for the sparkline that marks the quarter', () => {
    const store = startedStore();
    playQuarters(store, 4);
    const s = store.getState();
    const props = reviewProps(s);
    expect(props.quarters).toHaveLength(4);
    for (const q of props.quarters)
      q.figures.forEach((f, i) => {
        const name = REVIEW_FIGURES[i]!;
        expect({ name, series: f.series }).toEqual({
          name,
          series: s.history.map((r) => r.indicators[name]),
        });
      });
  });

  it('places the marked quarter on the sparkline where its value is', () => {
    const coords = sparkCoords([3, 1, 2], 88, 28);
    expect(coords).toHaveLength(3);
    expect(coords[0]).toEqual([2, 2]); // the highest value, at the top left
    expect(coords[1]).toEqual([44, 26]); // the lowest, at the bottom, half-way across
  });
});
