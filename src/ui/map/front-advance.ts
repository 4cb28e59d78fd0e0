/**
 * Turns square kilometres gained into a band pushed out from a front line. The first-order rule
 * is depth = gain ÷ active front length, shared along the line by a weight profile (most of it
 * where the fighting is heaviest); the cumulative depth is then tuned so that the drawn area
 * equals the gains, curvature included. Pure geometry in map units.
 *
 * A real front zigzags round salients, and pushing a zigzag far along its own normals folds it.
 * So each point moves along the normal of a smoothed copy of the line, and drifts from the real
 * line onto the smoothed one during the first few tens of km: the first bands hug the 2025
 * front, later ones become a smooth wave that never folds over itself.
 */
import type { MapPoint } from './lambert-conformal';
import { polylineLength, ringArea, type Ring } from './polygon-math';

/** A front line prepared for pushing: the active stretch, its smoothed copy, normals and depths. */
export interface FrontModel {
  /** The active stretch resampled evenly, north to south, map units. */
  readonly line: readonly MapPoint[];
  /** The same points on the smoothed line, map units. */
  readonly smooth: readonly MapPoint[];
  /** Unit normals of the smoothed line, pointing to the defender's side (west on this map). */
  readonly normals: readonly MapPoint[];
  /** Depth at each point per km of mean depth: weight ÷ mean weight over the active length. */
  readonly depthFactor: readonly number[];
  /** Furthest each point may move, km: short of where its path would meet a neighbour's. */
  readonly maxDepthKm: readonly number[];
  /** Depth over which a point drifts from the real line onto the smoothed one, km. */
  readonly settleKm: number;
  /** Length of the active stretch, km. */
  readonly activeLengthKm: number;
  /** Map scale, km per map unit. */
  readonly kmPerUnit: number;
}

/** Spacing of the resampled line, km. */
const STEP_KM = 4;
/** Half-width of the window for the smoothed line that points settle onto, km. */
const SETTLE_SMOOTHING_KM = 50;
/** Half-width of the window for the line whose normals set the direction of advance, km. */
const DIRECTION_SMOOTHING_KM = 150;
/** Half-width of the window that blurs the weight profile, so that neighbours move alike, km. */
const WEIGHT_SMOOTHING_KM = 30;
/** Half-width of the window that evens out the per-point depth caps, km. */
const CAP_SMOOTHING_KM = 40;
/** No point moves further than this, km, whatever the gains. */
const ABSOLUTE_MAX_DEPTH_KM = 250;

/**
 * Prepares a front line. `weights` (one per vertex, ≥ 0) say where the advance goes; the
 * active stretch runs from the vertex before the first positive weight to the one after the
 * last. `side` picks the normal: +1 gives (−ty, tx) for a tangent (tx, ty) with y down, which
 * is west for a line drawn north to south; −1 gives the other side.
 */
export function frontModel(
  front: readonly MapPoint[],
  weights: readonly number[],
  kmPerUnit: number,
  side: 1 | -1 = 1,
): FrontModel {
  const positive = weights.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
  const lo = Math.max(0, (positive[0] ?? 0) - 1);
  const hi = Math.min(front.length - 1, (positive[positive.length - 1] ?? front.length - 1) + 1);
  const { points: line, values: w } = resample(
    front.slice(lo, hi + 1),
    weights.slice(lo, hi + 1).map((x) => Math.max(0, x)),
    STEP_KM / kmPerUnit,
  );
  const activeLengthKm = polylineLength(line) * kmPerUnit;

  const wSmooth = smoothValues(w, Math.round(WEIGHT_SMOOTHING_KM / STEP_KM));
  // Weighted length by the trapezoid rule, so that Σ depth·ds = mean depth × active length.
  let weighted = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] ?? [0, 0];
    const b = line[i] ?? [0, 0];
    const segment = Math.hypot(b[0] - a[0], b[1] - a[1]) * kmPerUnit;
    weighted += (((wSmooth[i - 1] ?? 0) + (wSmooth[i] ?? 0)) / 2) * segment;
  }
  const meanWeight = activeLengthKm > 0 ? weighted / activeLengthKm : 0;
  const depthFactor = wSmooth.map((x) => (meanWeight > 0 ? x / meanWeight : 0));

  const smooth = smoothPoints(line, Math.round(SETTLE_SMOOTHING_KM / STEP_KM));
  const direction = smoothPoints(line, Math.round(DIRECTION_SMOOTHING_KM / STEP_KM));
  const normals = direction.map((_, i): MapPoint => {
    const a = direction[Math.max(0, i - 1)] ?? [0, 0];
    const b = direction[Math.min(direction.length - 1, i + 1)] ?? [0, 0];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [(-side * (b[1] - a[1])) / len, (side * (b[0] - a[0])) / len];
  });
  // Points settle onto the smoothed line before its shape takes over; settling over more than
  // the largest gap keeps every point moving forward while it settles.
  const gapKm = Math.max(0, ...line.map((p, i) => distance(p, smooth[i] ?? p) * kmPerUnit));
  const settleKm = Math.max(10, 1.5 * gapKm);
  // Where the directions converge (the inside of a bend), stop short of where neighbouring
  // paths meet; the caps are eroded and blurred along the line so no single point sticks out.
  const rawCapKm = smooth.map((p, i) => {
    let cap = ABSOLUTE_MAX_DEPTH_KM;
    for (const j of [i - 1, i + 1]) {
      const q = smooth[j];
      const n = normals[i];
      const m = normals[j];
      if (q === undefined || n === undefined || m === undefined) continue;
      const t = rayMeeting(p, n, q, m);
      if (t !== undefined) cap = Math.min(cap, 0.8 * t * kmPerUnit + settleKm);
    }
    return cap;
  });
  const capHalf = Math.round(CAP_SMOOTHING_KM / STEP_KM);
  const eroded = rawCapKm.map((_, i) =>
    Math.min(...rawCapKm.slice(Math.max(0, i - capHalf), i + capHalf + 1)),
  );
  const maxDepthKm = smoothValues(eroded, capHalf);
  return { line, smooth, normals, depthFactor, maxDepthKm, settleKm, activeLengthKm, kmPerUnit };
}

/** Moving average over ±half points; the window shrinks symmetrically at the ends, which stay put. */
function smoothPoints(line: readonly MapPoint[], half: number): MapPoint[] {
  const xs = smoothValues(
    line.map((p) => p[0]),
    half,
  );
  const ys = smoothValues(
    line.map((p) => p[1]),
    half,
  );
  return xs.map((x, i) => [x, ys[i] ?? 0]);
}

function smoothValues(values: readonly number[], half: number): number[] {
  return values.map((_, i) => {
    const h = Math.min(half, i, values.length - 1 - i);
    let sum = 0;
    for (let k = i - h; k <= i + h; k++) sum += values[k] ?? 0;
    return sum / (2 * h + 1);
  });
}

function distance(a: MapPoint, b: MapPoint): number {
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** Evenly spaced points (about `step` apart) along a polyline, with values interpolated linearly. */
function resample(
  points: readonly MapPoint[],
  values: readonly number[],
  step: number,
): { points: MapPoint[]; values: number[] } {
  const outPoints: MapPoint[] = [];
  const outValues: number[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? [0, 0];
    const b = points[i + 1] ?? [0, 0];
    const n = Math.max(1, Math.round(distance(a, b) / step));
    for (let k = 0; k < n; k++) {
      const t = k / n;
      outPoints.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
      outValues.push((values[i] ?? 0) * (1 - t) + (values[i + 1] ?? 0) * t);
    }
  }
  const last = points[points.length - 1];
  if (last !== undefined) {
    outPoints.push(last);
    outValues.push(values[points.length - 1] ?? 0);
  }
  return { points: outPoints, values: outValues };
}

/** How far along ray p + t·n (map units) it meets ray q + u·m, both ahead; undefined if they never do. */
function rayMeeting(p: MapPoint, n: MapPoint, q: MapPoint, m: MapPoint): number | undefined {
  const d = n[0] * m[1] - n[1] * m[0];
  if (Math.abs(d) < 1e-12) return undefined;
  const qx = q[0] - p[0];
  const qy = q[1] - p[1];
  const t = (qx * m[1] - qy * m[0]) / d;
  const u = (qx * n[1] - qy * n[0]) / d;
  return t > 0 && u > 0 ? t : undefined;
}

/** The active stretch pushed out by a mean depth, km. */
export function offsetLine(model: FrontModel, meanDepthKm: number): MapPoint[] {
  return model.line.map((p, i) => {
    const depthKm = Math.min(meanDepthKm * (model.depthFactor[i] ?? 0), model.maxDepthKm[i] ?? 0);
    const settled = Math.min(1, depthKm / model.settleKm);
    const s = model.smooth[i] ?? p;
    const n = model.normals[i] ?? [0, 0];
    const d = depthKm / model.kmPerUnit;
    return [p[0] + settled * (s[0] - p[0]) + n[0] * d, p[1] + settled * (s[1] - p[1]) + n[1] * d];
  });
}

/** The ring between the line pushed to two mean depths (km), outer line first. */
export function bandRing(model: FrontModel, fromDepthKm: number, toDepthKm: number): Ring {
  return [...offsetLine(model, toDepthKm), ...offsetLine(model, fromDepthKm).reverse()];
}

/** Area taken when the whole active stretch is pushed to a mean depth, km². */
export function areaAtDepth(model: FrontModel, meanDepthKm: number): number {
  if (meanDepthKm <= 0) return 0;
  return ringArea(bandRing(model, 0, meanDepthKm)) * model.kmPerUnit ** 2;
}

/**
 * The mean depth (km) at which the pushed area equals `areaKm2`, found by bisection (the area
 * never shrinks as depth grows). The search starts from area ÷ active length, the rule the map
 * follows on a straight front. Returns the largest depth reachable when the capped line cannot
 * cover that much.
 */
export function depthForArea(model: FrontModel, areaKm2: number): number {
  if (areaKm2 <= 0 || model.activeLengthKm <= 0) return 0;
  let lo = 0;
  let hi = areaKm2 / model.activeLengthKm;
  while (areaAtDepth(model, hi) < areaKm2 && hi < ABSOLUTE_MAX_DEPTH_KM * 4) {
    lo = hi;
    hi *= 1.5;
  }
  for (let i = 0; i < 40 && hi - lo > 1e-4; i++) {
    const mid = (lo + hi) / 2;
    if (areaAtDepth(model, mid) < areaKm2) lo = mid;
    else hi = mid;
  }
  return hi;
}
