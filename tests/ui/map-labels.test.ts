import { describe, expect, it } from 'vitest';
import { placeLabels, spotBeside, spotsAround, type LabelToPlace } from '../../src/ui/campaign/map-labels';

const bounds = { left: 0, top: 0, right: 400, bottom: 300 };

function city(x: number, y: number, w = 60, h = 18): LabelToPlace {
  const dot = { x, y };
  return { width: w, height: h, spots: spotsAround(dot, 'right', w, h, 7), dot };
}

describe('spots around a dot', () => {
  it('puts a name on each side, the preferred one first', () => {
    const dot = { x: 100, y: 100 };
    expect(spotBeside(dot, 'right', 60, 18, 7)).toEqual({ x: 107, y: 91 });
    expect(spotBeside(dot, 'left', 60, 18, 7)).toEqual({ x: 33, y: 91 });
    expect(spotBeside(dot, 'above', 60, 18, 7)).toEqual({ x: 70, y: 75 });
    expect(spotBeside(dot, 'below', 60, 18, 7)).toEqual({ x: 70, y: 107 });
    expect(spotsAround(dot, 'left', 60, 18, 7)[0]).toEqual({ x: 33, y: 91 });
  });
});

describe('placeLabels', () => {
  it('moves a name to another side rather than dropping it', () => {
    // The second city's preferred (right) spot collides with the first name.
    const chosen = placeLabels([city(100, 100), city(120, 115)], bounds);
    expect(chosen[0]).toBe(0);
    expect(chosen[1]).toBe(3);
  });

  it('leaves a city out when its dot lies under a name placed before it', () => {
    const country: LabelToPlace = { width: 120, height: 20, spots: [{ x: 80, y: 90 }], dot: null };
    expect(placeLabels([country, city(100, 100)], bounds)).toEqual([0, null]);
  });

  it('keeps names inside the map', () => {
    expect(placeLabels([city(395, 150)], bounds)).toEqual([1]);
  });
});
