import { describe, expect, it } from 'vitest';
import { chartFrame, dashSegments, extent, niceStep, niceTicks } from '../../src/ui/chart/chart-scale';

describe('niceStep', () => {
  it('rounds to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 1.5, 2.2, 4, 7, 23, 0.03].map(niceStep)).toEqual([1, 2, 2.5, 5, 10, 25, 0.05]);
  });
});

describe('niceTicks', () => {
  it('covers the range with whole steps', () => {
    expect(niceTicks(0, 3.81)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(0.2, 0.8)).toEqual([0.2, 0.4, 0.6, 0.8]);
  });
  it('widens a flat range so the axis still has two ticks', () => {
    expect(niceTicks(60, 60)).toEqual([50, 55, 60, 65, 70]);
  });
});

describe('chartFrame', () => {
  const frame = chartFrame({ x: 100, y: 50, width: 480, height: 240 }, 12, 0, 4, {
    left: 64,
    right: 16,
    top: 12,
    bottom: 28,
  });
  it('puts the start point (q = −1) on the left edge of the plot and the last quarter on the right', () => {
    expect(frame.xOf(-1)).toBe(164);
    expect(frame.xOf(11)).toBe(564);
  });
  it('maps the lowest tick to the bottom and the highest to the top of the plot', () => {
    expect(frame.yOf(0)).toBe(262);
    expect(frame.yOf(4)).toBe(62);
  });
});

describe('extent', () => {
  it('ignores non-finite values and falls back to [0, 1]', () => {
    expect(
      extent([
        [3, NaN, -2],
        [Infinity, 7],
      ]),
    ).toEqual([-2, 7]);
    expect(extent([[NaN]])).toEqual([0, 1]);
  });
});

describe('dashSegments', () => {
  it('cuts a 20-px line into 6-px dashes with 4-px gaps', () => {
    expect(
      dashSegments(
        [
          [0, 0],
          [20, 0],
        ],
        6,
        4,
      ),
    ).toEqual([
      [0, 0, 6, 0],
      [10, 0, 16, 0],
    ]);
  });
  it('carries the dash pattern across corners', () => {
    expect(
      dashSegments(
        [
          [0, 0],
          [4, 0],
          [4, 4],
        ],
        6,
        2,
      ),
    ).toEqual([
      [0, 0, 4, 0],
      [4, 0, 4, 2],
    ]);
  });
});
