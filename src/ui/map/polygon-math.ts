/**
 * Small plane and sphere helpers for the theatre map: areas, lengths, point-in-ring and the
 * diagonal hatch lines that mark the occupied area without relying on colour alone.
 * Pure functions over plain arrays; shared by the map build script, the game and the tests.
 */
import type { LonLat, MapPoint } from './lambert-conformal';

/** A closed ring of map points; the first point is not repeated at the end. */
export type Ring = readonly MapPoint[];

/** One straight stroke, [x1, y1, x2, y2] in map units. */
export type Segment = readonly [number, number, number, number];

/** Authalic radius of the WGS 84 ellipsoid, km: a sphere with the same surface area. */
export const EARTH_AUTHALIC_RADIUS_KM = 6371.0072;

/** Signed shoelace area of a ring in squared map units; positive when clockwise on screen (y down). */
export function signedRingArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a === undefined || b === undefined) continue;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/** Unsigned area of a ring in squared map units. */
export function ringArea(ring: Ring): number {
  return Math.abs(signedRingArea(ring));
}

/** Length of an open polyline in map units. */
export function polylineLength(line: readonly MapPoint[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (a !== undefined && b !== undefined) total += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return total;
}

/** True when the point lies inside the ring (even-odd rule). */
export function pointInRing(point: MapPoint, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i];
    const b = ring[j];
    if (a === undefined || b === undefined) continue;
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/**
 * Area of a ring given in degrees on the sphere, km². Sums the band between each edge and the
 * pole (exact for edges that follow lines of constant bearing, and within a few parts per
 * million for the short edges used here), so it is an equal-area measure, unlike a map's.
 */
export function sphericalRingAreaKm2(ring: readonly LonLat[]): number {
  const rad = Math.PI / 180;
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a === undefined || b === undefined) continue;
    let dLon = b[0] - a[0];
    if (dLon > 180) dLon -= 360;
    if (dLon < -180) dLon += 360;
    sum += dLon * rad * (Math.sin(a[1] * rad) + Math.sin(b[1] * rad));
  }
  return (Math.abs(sum) / 2) * EARTH_AUTHALIC_RADIUS_KM * EARTH_AUTHALIC_RADIUS_KM;
}

/**
 * Diagonal hatch strokes (running up to the right at 45°) clipped to the inside of the
 * rings, `spacing` map units apart measured across the strokes. Overlapping rings are
 * treated even-odd, so give non-overlapping rings.
 */
export function hatchSegments(rings: readonly Ring[], spacing: number): Segment[] {
  if (!(spacing > 0)) return [];
  // Strokes are lines x + y = c; c steps by spacing·√2 so the perpendicular gap is `spacing`.
  let cMin = Infinity;
  let cMax = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      cMin = Math.min(cMin, x + y);
      cMax = Math.max(cMax, x + y);
    }
  }
  if (!Number.isFinite(cMin)) return [];
  const step = spacing * Math.SQRT2;
  const out: Segment[] = [];
  for (let c = Math.ceil(cMin / step) * step; c <= cMax; c += step) {
    // Crossings of the line x + y = c, parametrised by x.
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[j];
        const b = ring[i];
        if (a === undefined || b === undefined) continue;
        const sa = a[0] + a[1] - c;
        const sb = b[0] + b[1] - c;
        if (sa > 0 === sb > 0) continue;
        const t = sa / (sa - sb);
        xs.push(a[0] + t * (b[0] - a[0]));
      }
    }
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const x1 = xs[k] ?? 0;
      const x2 = xs[k + 1] ?? 0;
      if (x2 - x1 > 1e-6) out.push([x1, c - x1, x2, c - x2]);
    }
  }
  return out;
}
