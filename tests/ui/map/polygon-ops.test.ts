import { describe, expect, it } from 'vitest';
import { lambertConformal } from '../../../src/ui/map/lambert-conformal';
import { clipRingToRect, intersectRings, simplifyLine } from '../../../src/ui/map/polygon-clip';
import { hatchSegments, pointInRing, ringArea, sphericalRingAreaKm2 } from '../../../src/ui/map/polygon-math';
import { THEATRE } from '../../../src/ui/map/theatre-data';

const square = (x: number, y: number, size: number) =>
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
  ] as const;

describe('polygon helpers', () => {
  it('intersects two overlapping squares into their common square', () => {
    const out = intersectRings(square(0, 0, 10), square(5, 5, 10));
    expect(out).toHaveLength(1);
    expect(ringArea(out[0] ?? [])).toBeCloseTo(25, 9);
  });

  it('intersects a concave ring into two pieces', () => {
    const u = [
      [0, 0],
      [30, 0],
      [30, 30],
      [20, 30],
      [20, 10],
      [10, 10],
      [10, 30],
      [0, 30],
    ] as const;
    const out = intersectRings(u, square(-5, 20, 40));
    expect(out.map(ringArea).sort((a, b) => a - b)).toEqual([100, 100]);
  });

  it('clips a ring to the frame and keeps a ring inside the frame whole', () => {
    expect(ringArea(clipRingToRect(square(-10, -10, 20), 100, 100)[0] ?? [])).toBeCloseTo(100, 9);
    expect(clipRingToRect(square(200, 200, 5), 100, 100)).toEqual([]);
    expect(clipRingToRect(square(1, 1, 5), 100, 100)[0]).toHaveLength(4);
  });

  it('simplifies a line within the tolerance and keeps its ends', () => {
    const line = Array.from({ length: 101 }, (_, i) => [i, Math.sin(i / 5) * 0.2] as const);
    const simple = simplifyLine(line, 0.5);
    expect(simple).toEqual([line[0], line[100]]);
    expect(simplifyLine(line, 0.01).length).toBeGreaterThan(10);
  });

  it('hatches only the inside of a ring, at the requested spacing', () => {
    const segments = hatchSegments([square(0, 0, 10)], 1);
    expect(segments.length).toBeGreaterThan(12);
    const strayEnds = segments.flat().filter((v) => v < -1e-9 || v > 10 + 1e-9);
    expect(strayEnds).toEqual([]);
    expect(hatchSegments([square(0, 0, 10)], 0)).toEqual([]);
  });

  it('measures a 1° by 1° cell at the equator as about 12,364 km²', () => {
    const cell = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ] as const;
    expect(sphericalRingAreaKm2(cell)).toBeGreaterThan(12_300);
    expect(sphericalRingAreaKm2(cell)).toBeLessThan(12_400);
  });

  it('projects and inverts the theatre projection to within a metre', () => {
    const proj = lambertConformal(THEATRE.projection);
    const [lon, lat] = proj.toLonLat(proj.toMap([37.18, 48.28]));
    expect(lon).toBeCloseTo(37.18, 5);
    expect(lat).toBeCloseTo(48.28, 5);
    expect(
      pointInRing(proj.toMap([31.5, 48.5]), [
        [0, 0],
        [THEATRE.width, 0],
        [THEATRE.width, THEATRE.height],
        [0, THEATRE.height],
      ]),
    ).toBe(true);
  });
});
