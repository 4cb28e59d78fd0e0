/**
 * Polygon operations the map build needs: line simplification, clipping a ring to the frame,
 * and intersecting two simple rings. Pure, plane geometry in map units; kept here (not in the
 * build script) so that tests cover them and the game may reuse them.
 */
import type { MapPoint } from './lambert-conformal';
import { pointInRing, type Ring } from './polygon-math';

/**
 * Douglas–Peucker simplification of an open line: keeps both ends and every point further
 * than `tolerance` (map units) from the simplified line. A closed line (first point equal to
 * the last) is split at its farthest point first so that it keeps its shape.
 */
export function simplifyLine(line: readonly MapPoint[], tolerance: number): MapPoint[] {
  const first = line[0];
  const last = line[line.length - 1];
  if (first === undefined || last === undefined || line.length < 3) return [...line];
  if (first[0] === last[0] && first[1] === last[1]) {
    let far = 0;
    let farDist = -1;
    line.forEach((p, i) => {
      const d = Math.hypot(p[0] - first[0], p[1] - first[1]);
      if (d > farDist) [far, farDist] = [i, d];
    });
    const head = simplifyLine(line.slice(0, far + 1), tolerance);
    const tail = simplifyLine(line.slice(far), tolerance);
    return [...head, ...tail.slice(1)];
  }
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [lo, hi] = stack.pop() ?? [0, 0];
    const a = line[lo];
    const b = line[hi];
    if (a === undefined || b === undefined) continue;
    let index = -1;
    let maxDist = tolerance;
    for (let i = lo + 1; i < hi; i++) {
      const d = distanceToSegment(line[i] ?? a, a, b);
      if (d > maxDist) [index, maxDist] = [i, d];
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([lo, index], [index, hi]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

function distanceToSegment(p: MapPoint, a: MapPoint, b: MapPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Clips a ring to the rectangle [0, width] × [0, height] (Sutherland–Hodgman). A concave ring
 * that leaves and re-enters may come back joined along the frame's edge, which fills correctly;
 * returns no ring when nothing is left.
 */
export function clipRingToRect(ring: Ring, width: number, height: number): Ring[] {
  const edges: ((p: MapPoint) => number)[] = [
    (p) => p[0],
    (p) => width - p[0],
    (p) => p[1],
    (p) => height - p[1],
  ];
  let out: MapPoint[] = [...ring];
  for (const inside of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (cur === undefined || prev === undefined) continue;
      const dc = inside(cur);
      const dp = inside(prev);
      if (dc >= 0 !== dp >= 0) {
        const t = dp / (dp - dc);
        out.push([prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])]);
      }
      if (dc >= 0) out.push(cur);
    }
  }
  return out.length >= 3 ? [out] : [];
}

interface Node {
  p: MapPoint;
  next: Node;
  prev: Node;
  crossing: boolean;
  entry: boolean;
  visited: boolean;
  other: Node | undefined;
  alpha: number;
}

/**
 * Intersection of two simple rings (Greiner–Hormann), as zero or more rings. Rings that touch
 * at a vertex or run along a shared edge are degenerate for this method: the function throws
 * so that the caller can nudge its hand-typed ring instead of getting a silently wrong shape.
 */
export function intersectRings(subject: Ring, clip: Ring): Ring[] {
  const s = buildList(subject);
  const c = buildList(clip);
  let crossings = 0;
  for (const sa of originals(s)) {
    const sb = nextOriginal(sa);
    for (const ca of originals(c)) {
      const cb = nextOriginal(ca);
      const hit = segmentCrossing(sa.p, sb.p, ca.p, cb.p);
      if (hit === undefined) continue;
      const [t, u] = hit;
      const eps = 1e-9;
      if (t < eps || t > 1 - eps || u < eps || u > 1 - eps) {
        throw new Error(
          `degenerate crossing near (${sa.p[0].toFixed(2)}, ${sa.p[1].toFixed(2)}): nudge a vertex`,
        );
      }
      const at: MapPoint = [sa.p[0] + t * (sb.p[0] - sa.p[0]), sa.p[1] + t * (sb.p[1] - sa.p[1])];
      const ns = insertAfter(sa, at, t);
      const nc = insertAfter(ca, at, u);
      ns.other = nc;
      nc.other = ns;
      crossings++;
    }
  }
  if (crossings === 0) {
    if (pointInRing(subject[0] ?? [0, 0], clip)) return [[...subject]];
    if (pointInRing(clip[0] ?? [0, 0], subject)) return [[...clip]];
    return [];
  }
  markEntries(s, clip);
  markEntries(c, subject);
  const result: Ring[] = [];
  for (let start = findUnvisited(s); start !== undefined; start = findUnvisited(s)) {
    const ring: MapPoint[] = [start.p];
    let current: Node = start;
    for (;;) {
      current.visited = true;
      if (current.other) current.other.visited = true;
      const forward = current.entry;
      do {
        current = forward ? current.next : current.prev;
        ring.push(current.p);
      } while (!current.crossing);
      current = current.other ?? current;
      if (current.visited) break;
    }
    ring.pop();
    if (ring.length >= 3) result.push(ring);
  }
  return result;
}

function buildList(ring: Ring): Node {
  const nodes = ring.map((p): Node => {
    const n = { p, crossing: false, entry: false, visited: false, other: undefined, alpha: 0 } as Node;
    n.next = n;
    n.prev = n;
    return n;
  });
  nodes.forEach((n, i) => {
    n.next = nodes[(i + 1) % nodes.length] ?? n;
    n.prev = nodes[(i + nodes.length - 1) % nodes.length] ?? n;
  });
  const head = nodes[0];
  if (head === undefined) throw new Error('empty ring');
  return head;
}

function* originals(head: Node): Generator<Node> {
  let n = head;
  do {
    const after = nextOriginal(n);
    if (!n.crossing) yield n;
    n = after;
  } while (n !== head);
}

function nextOriginal(n: Node): Node {
  let m = n.next;
  while (m.crossing) m = m.next;
  return m;
}

/** Inserts a crossing on the edge starting at original vertex `a`, ordered by `alpha` along it. */
function insertAfter(a: Node, p: MapPoint, alpha: number): Node {
  let before = a;
  while (before.next.crossing && before.next.alpha < alpha) before = before.next;
  const node: Node = {
    p,
    next: before.next,
    prev: before,
    crossing: true,
    entry: false,
    visited: false,
    other: undefined,
    alpha,
  };
  before.next.prev = node;
  before.next = node;
  return node;
}

function markEntries(head: Node, otherRing: Ring): void {
  let inside = pointInRing(head.p, otherRing);
  let n = head;
  do {
    if (n.crossing) {
      n.entry = !inside;
      inside = !inside;
    }
    n = n.next;
  } while (n !== head);
}

function findUnvisited(head: Node): Node | undefined {
  let n = head;
  do {
    if (n.crossing && !n.visited) return n;
    n = n.next;
  } while (n !== head);
  return undefined;
}

/** Parameters (t on p1→p2, u on q1→q2) where two segments cross, or undefined. */
function segmentCrossing(
  p1: MapPoint,
  p2: MapPoint,
  q1: MapPoint,
  q2: MapPoint,
): [number, number] | undefined {
  const rx = p2[0] - p1[0];
  const ry = p2[1] - p1[1];
  const sx = q2[0] - q1[0];
  const sy = q2[1] - q1[1];
  const d = rx * sy - ry * sx;
  if (Math.abs(d) < 1e-12) return undefined;
  const qpx = q1[0] - p1[0];
  const qpy = q1[1] - p1[1];
  const t = (qpx * sy - qpy * sx) / d;
  const u = (qpx * ry - qpy * rx) / d;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? [t, u] : undefined;
}
