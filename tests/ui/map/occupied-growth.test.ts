import { describe, expect, it } from 'vitest';
import { areaAtDepth } from '../../../src/ui/map/front-advance';
import { pointInRing, ringArea, type Ring } from '../../../src/ui/map/polygon-math';
import { THEATRE } from '../../../src/ui/map/theatre-data';
import {
  describeMap,
  formatKm2,
  MAX_MEAN_DEPTH_KM,
  occupiedGrowth,
  theatreFront,
} from '../../../src/ui/map/theatre-geometry';

const km2PerUnit2 = THEATRE.projection.kmPerUnit ** 2;
const bandKm2 = (ring: Ring): number => ringArea(ring) * km2PerUnit2;
const centroid = (ring: Ring): [number, number] => {
  let a = 0;
  let cx = 0;
  let cy = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length] ?? p;
    const cross = p[0] * q[1] - q[0] * p[1];
    a += cross;
    cx += (p[0] + q[0]) * cross;
    cy += (p[1] + q[1]) * cross;
  });
  return [cx / (3 * a), cy / (3 * a)];
};
const gains2025to2027 = [1010, 800, 1500, 1700, 400, 150, 1200, 900, 1300, 600, 1100, 1650];

describe('occupiedGrowth', () => {
  it('draws no band for no gains', () => {
    expect(occupiedGrowth([])).toEqual({ bands: [], totalGainedKm2: 0 });
    expect(occupiedGrowth([0, 0, 0])).toEqual({ bands: [], totalGainedKm2: 0 });
  });

  it('draws one band per quarter that gained ground, tagged with its quarter', () => {
    expect(occupiedGrowth([0, 500, 0, 800]).bands.map((b) => b.quarterIndex)).toEqual([1, 3]);
  });

  it('gives each band the area of its quarter gain (within 10%), and the total within 10%', () => {
    const growth = occupiedGrowth(gains2025to2027);
    const drawn = growth.bands.map((b) => Math.round(bandKm2(b.ring)));
    const off = drawn.filter(
      (area, i) => Math.abs(area - (gains2025to2027[i] ?? 0)) > 0.1 * (gains2025to2027[i] ?? 0),
    );
    expect(off).toEqual([]);
    const total = gains2025to2027.reduce((a, b) => a + b, 0);
    const sum = drawn.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - total)).toBeLessThan(0.1 * total);
    expect(growth.totalGainedKm2).toBeCloseTo(total, 0);
  });

  it('stacks bands without overlap: together they cover exactly the area pushed to the final depth', () => {
    const growth = occupiedGrowth(gains2025to2027);
    const sum = growth.bands.reduce((s, b) => s + bandKm2(b.ring), 0);
    expect(Math.abs(sum - growth.totalGainedKm2)).toBeLessThan(0.01 * growth.totalGainedKm2);
  });

  it('moves westward quarter by quarter, into Ukrainian-held ground', () => {
    const growth = occupiedGrowth(gains2025to2027);
    const xs = growth.bands.map((b) => centroid(b.ring)[0]);
    const notWestOfPrevious = xs.filter((x, i) => i > 0 && x >= (xs[i - 1] ?? Infinity));
    expect(notWestOfPrevious).toEqual([]);
    const ukraine = THEATRE.countries.find((c) => c.id === 'UKR')?.rings ?? [];
    for (const band of growth.bands) {
      const c = centroid(band.ring);
      expect(ukraine.some((ring) => pointInRing(c, ring))).toBe(true);
      expect(THEATRE.occupiedJan2025.rings.some((ring) => pointInRing(c, ring))).toBe(false);
    }
    const frontMeanX = THEATRE.frontLine.reduce((s, p) => s + p[0], 0) / THEATRE.frontLine.length;
    expect(xs[0]).toBeLessThan(frontMeanX + 200);
  });

  it('uses a front several hundred km long, most of the advance in Donetsk oblast', () => {
    const front = theatreFront();
    expect(front.activeLengthKm).toBeGreaterThan(300);
    expect(front.activeLengthKm).toBeLessThan(700);
    // A first small gain: depth ≈ gain ÷ active length.
    const depthKm = 100 / front.activeLengthKm;
    expect(areaAtDepth(front, depthKm)).toBeGreaterThan(80);
    expect(areaAtDepth(front, depthKm)).toBeLessThan(120);
  });

  it('stops growing at the drawing cap, and says how much it drew', () => {
    const growth = occupiedGrowth([50_000, 2_000]);
    const cap = areaAtDepth(theatreFront(), MAX_MEAN_DEPTH_KM);
    expect(growth.bands).toHaveLength(1);
    expect(growth.totalGainedKm2).toBeCloseTo(cap, 0);
    expect(Math.abs(bandKm2(growth.bands[0]?.ring ?? []) - cap)).toBeLessThan(0.01 * cap);
  });
});

describe('describeMap', () => {
  it('gives the occupied area, its share of Ukraine, the last gain, the quarter and where', () => {
    expect(describeMap(113_010, 1_010, '2025-Q1')).toBe(
      'Russia occupies about 113,010 km², 18.7% of Ukraine. It gained 1,010 km² in 2025-Q1, mostly in Donetsk oblast.',
    );
  });

  it('says so when nothing was gained, or ground was lost', () => {
    expect(describeMap(112_000, 0, '2026-Q3')).toBe(
      'Russia occupies about 112,000 km², 18.6% of Ukraine. It gained no ground in 2026-Q3.',
    );
    expect(describeMap(111_700, -300, '2026-Q4')).toContain('It lost 300 km² in 2026-Q4.');
  });

  it('formats whole km² with comma thousands and a true minus whatever the browser’s locale', () => {
    expect([formatKm2(0), formatKm2(999), formatKm2(1000), formatKm2(1_234_567.4), formatKm2(-1500)]).toEqual(
      ['0', '999', '1,000', '1,234,567', '−1,500'],
    );
  });
});
