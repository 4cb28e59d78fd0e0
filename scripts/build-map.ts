/**
 * Builds assets/map/theatre.json, the campaign screen's theatre map, from Natural Earth borders
 * shipped in the world-atlas npm package. Nothing is fetched: the game imports the JSON.
 *
 *   npx tsx scripts/build-map.ts [--resolution=50m|10m]
 *
 * Steps: read the TopoJSON, move Crimea from Russia to Ukraine (Natural Earth draws the line of
 * control; the game shows Ukraine's internationally recognised borders), project every shared
 * border once with a Lambert conformal conic centred on Ukraine, simplify each shared border once
 * (so neighbours never gap or overlap), clip to the frame, then cut the project's schematic
 * occupied area out of Ukraine and print its area on the sphere.
 *
 * The occupied area and the front line are typed below from general knowledge of the line of
 * contact on 1 January 2025. They are schematic and approximate, for teaching; not a military map.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { merge } from 'topojson-client';
import {
  lambertConformal,
  type LambertConformalParams,
  type LonLat,
  type MapPoint,
} from '../src/ui/map/lambert-conformal';
import { clipRingToRect, intersectRings, simplifyLine } from '../src/ui/map/polygon-clip';
import { pointInRing, ringArea, sphericalRingAreaKm2, type Ring } from '../src/ui/map/polygon-math';

type Topology = Parameters<typeof merge>[0];
type TopoPolygon = Extract<Parameters<typeof merge>[1], readonly unknown[]>[number];
type GeoMultiPolygon = ReturnType<typeof merge>;

// ---- what the map shows ---------------------------------------------------------------------

/** The theatre: Ukraine and western Russia, degrees. */
const WINDOW = { lonMin: 21.5, lonMax: 41.5, latMin: 43.5, latMax: 53.5 } as const;

/** Countries kept, in drawing order (Ukraine last, on top); `label` is where its name goes. */
const COUNTRIES: readonly { id: string; name: string; label?: LonLat }[] = [
  { id: 'POL', name: 'Poland', label: [22.9, 52.3] },
  { id: 'SVK', name: 'Slovakia' },
  { id: 'HUN', name: 'Hungary' },
  { id: 'SRB', name: 'Serbia' },
  { id: 'BGR', name: 'Bulgaria' },
  { id: 'ROU', name: 'Romania', label: [24.9, 45.9] },
  { id: 'MDA', name: 'Moldova', label: [28.45, 47.25] },
  { id: 'LTU', name: 'Lithuania' },
  { id: 'LVA', name: 'Latvia' },
  { id: 'BLR', name: 'Belarus', label: [27.6, 52.9] },
  { id: 'GEO', name: 'Georgia' },
  { id: 'TUR', name: 'Turkey' },
  { id: 'RUS', name: 'Russia', label: [39.6, 51.9] },
  { id: 'UKR', name: 'Ukraine', label: [31.3, 49.2] },
];

/** Sea names and where they go. */
const SEAS: readonly { name: string; at: LonLat }[] = [
  { name: 'Black Sea', at: [32.2, 43.95] },
  { name: 'Sea of Azov', at: [36.55, 46.2] },
];

/** Cities shown with a dot; `anchor` says on which side of the dot the name sits. */
const CITIES: readonly {
  name: string;
  lon: number;
  lat: number;
  kind: 'capital' | 'city';
  anchor: 'left' | 'right' | 'above' | 'below';
}[] = [
  { name: 'Kyiv', lon: 30.52, lat: 50.45, kind: 'capital', anchor: 'right' },
  { name: 'Kharkiv', lon: 36.23, lat: 49.99, kind: 'city', anchor: 'left' },
  { name: 'Dnipro', lon: 35.05, lat: 48.46, kind: 'city', anchor: 'left' },
  { name: 'Zaporizhzhia', lon: 35.14, lat: 47.84, kind: 'city', anchor: 'left' },
  { name: 'Kherson', lon: 32.62, lat: 46.64, kind: 'city', anchor: 'above' },
  { name: 'Odesa', lon: 30.73, lat: 46.48, kind: 'city', anchor: 'left' },
  { name: 'Donetsk', lon: 37.8, lat: 48.0, kind: 'city', anchor: 'right' },
  { name: 'Luhansk', lon: 39.31, lat: 48.57, kind: 'city', anchor: 'right' },
  { name: 'Mariupol', lon: 37.55, lat: 47.1, kind: 'city', anchor: 'right' },
  { name: 'Pokrovsk', lon: 37.18, lat: 48.28, kind: 'city', anchor: 'left' },
  { name: 'Sevastopol', lon: 33.56, lat: 44.6, kind: 'city', anchor: 'left' },
  { name: 'Belgorod', lon: 36.59, lat: 50.6, kind: 'city', anchor: 'right' },
  { name: 'Rostov-on-Don', lon: 39.72, lat: 47.23, kind: 'city', anchor: 'above' },
  { name: 'Kursk', lon: 36.19, lat: 51.73, kind: 'city', anchor: 'right' },
];

/**
 * The line of contact about 1 January 2025, north to south, schematic: from inside Russia at the
 * Kharkiv border, down the Oskil east of Kupiansk, east of Borova, Lyman and Siversk, through
 * Chasiv Yar and west of Toretsk, round Pokrovsk (which stays Ukrainian) and west of Kurakhove
 * to Velyka Novosilka, west along the south of Zaporizhzhia oblast to Kamianske, then down the
 * Kakhovka reservoir and the Dnipro to the sea at the Kinburn strait. `weight` is how much of
 * each quarter's advance the game draws at that point (relative; zero along the river).
 */
const FRONT_LINE: readonly { lon: number; lat: number; weight: number; sector: string }[] = [
  { lon: 37.95, lat: 50.12, weight: 0, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.85, lat: 49.98, weight: 0.3, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.76, lat: 49.9, weight: 0.6, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.7, lat: 49.82, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.67, lat: 49.72, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.74, lat: 49.61, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.8, lat: 49.49, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.8, lat: 49.39, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 37.93, lat: 49.25, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 38.04, lat: 49.12, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 38.12, lat: 49.01, weight: 0.8, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 38.25, lat: 48.93, weight: 1, sector: 'Kharkiv and Luhansk oblasts' },
  { lon: 38.22, lat: 48.84, weight: 1.4, sector: 'Donetsk oblast' },
  { lon: 38.12, lat: 48.74, weight: 1.8, sector: 'Donetsk oblast' },
  { lon: 38.0, lat: 48.66, weight: 2.1, sector: 'Donetsk oblast' },
  { lon: 37.88, lat: 48.6, weight: 2.3, sector: 'Donetsk oblast' },
  { lon: 37.81, lat: 48.51, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.77, lat: 48.42, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.62, lat: 48.37, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.45, lat: 48.33, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.32, lat: 48.31, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.24, lat: 48.25, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.12, lat: 48.23, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.01, lat: 48.18, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.01, lat: 48.08, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.1, lat: 48.0, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 37.08, lat: 47.93, weight: 2.4, sector: 'Donetsk oblast' },
  { lon: 36.99, lat: 47.87, weight: 2.2, sector: 'Donetsk oblast' },
  { lon: 36.9, lat: 47.84, weight: 2.0, sector: 'Donetsk oblast' },
  { lon: 36.86, lat: 47.78, weight: 1.6, sector: 'Donetsk oblast' },
  { lon: 36.7, lat: 47.72, weight: 1.1, sector: 'Donetsk oblast' },
  { lon: 36.55, lat: 47.66, weight: 0.7, sector: 'Zaporizhzhia oblast' },
  { lon: 36.33, lat: 47.58, weight: 0.5, sector: 'Zaporizhzhia oblast' },
  { lon: 36.1, lat: 47.54, weight: 0.5, sector: 'Zaporizhzhia oblast' },
  { lon: 35.92, lat: 47.5, weight: 0.5, sector: 'Zaporizhzhia oblast' },
  { lon: 35.82, lat: 47.49, weight: 0.5, sector: 'Zaporizhzhia oblast' },
  { lon: 35.65, lat: 47.49, weight: 0.4, sector: 'Zaporizhzhia oblast' },
  { lon: 35.45, lat: 47.51, weight: 0.3, sector: 'Zaporizhzhia oblast' },
  { lon: 35.33, lat: 47.52, weight: 0.1, sector: 'Zaporizhzhia oblast' },
  { lon: 35.18, lat: 47.56, weight: 0, sector: 'the Dnipro river' },
  { lon: 34.9, lat: 47.56, weight: 0, sector: 'the Dnipro river' },
  { lon: 34.62, lat: 47.57, weight: 0, sector: 'the Dnipro river' },
  { lon: 34.38, lat: 47.53, weight: 0, sector: 'the Dnipro river' },
  { lon: 34.1, lat: 47.36, weight: 0, sector: 'the Dnipro river' },
  { lon: 33.85, lat: 47.14, weight: 0, sector: 'the Dnipro river' },
  { lon: 33.55, lat: 46.92, weight: 0, sector: 'the Dnipro river' },
  { lon: 33.4, lat: 46.8, weight: 0, sector: 'the Dnipro river' },
  { lon: 33.15, lat: 46.74, weight: 0, sector: 'the Dnipro river' },
  { lon: 32.9, lat: 46.665, weight: 0, sector: 'the Dnipro river' },
  { lon: 32.7, lat: 46.645, weight: 0, sector: 'the Dnipro river' },
  { lon: 32.55, lat: 46.6, weight: 0, sector: 'the Dnipro river' },
  { lon: 32.35, lat: 46.56, weight: 0, sector: 'the Dnipro river' },
  { lon: 32.1, lat: 46.52, weight: 0, sector: 'the Dnipro river' },
  { lon: 31.85, lat: 46.55, weight: 0, sector: 'the Dnipro river' },
  { lon: 31.53, lat: 46.585, weight: 0, sector: 'the Dnipro river' },
  { lon: 31.4, lat: 46.58, weight: 0, sector: 'the Dnipro river' },
];

/**
 * Closes the occupied polygon from the front line's southern end back to its northern end
 * without touching Ukrainian land: out through the Black Sea south of Crimea, east through
 * Russia, and back along the Russian side of the border.
 */
const OCCUPIED_CLOSURE: readonly LonLat[] = [
  [31.42, 46.4],
  [31.1, 45.6],
  [31.6, 44.0],
  [41.3, 44.0],
  [41.3, 50.1],
  [38.35, 50.25],
];

const root = fileURLToPath(new URL('../', import.meta.url));
const resolution = process.argv.find((a) => a.startsWith('--resolution='))?.split('=')[1] ?? '10m';
const source = path.join(root, `node_modules/world-atlas/countries-${resolution}.json`);
const outFile = path.join(root, 'assets/map/theatre.json');

/** Simplification tolerance in map units (1 unit ≈ 1.5 km): finer for Ukraine's own outline. */
const TOLERANCE_UKRAINE = 0.3;
const TOLERANCE_OTHER = 0.9;
/** Rings smaller than this (map units²) are dropped: islets that would be a pixel or less. */
const MIN_RING_AREA = 1.5;
const MAP_WIDTH = 1000;

// ---- projection and frame -------------------------------------------------------------------

const base = {
  type: 'lambert-conformal-conic',
  lon0Deg: 31.5,
  lat0Deg: 48.5,
  lat1Deg: 45,
  lat2Deg: 52,
} as const;
const radiusKm = 6371.0072;
const raw = lambertConformal({ ...base, radiusKm, xMinKm: 0, yMaxKm: 0, kmPerUnit: 1 });
// The frame spans the window's edges where they cross the centre lines: west and east edges at
// the middle latitude, north and south edges on the central meridian.
const midLat = (WINDOW.latMin + WINDOW.latMax) / 2;
const [xMinKm] = raw.toKm([WINDOW.lonMin, midLat]);
const [xMaxKm] = raw.toKm([WINDOW.lonMax, midLat]);
const [, yMaxKm] = raw.toKm([base.lon0Deg, WINDOW.latMax]);
const [, yMinKm] = raw.toKm([base.lon0Deg, WINDOW.latMin]);
const kmPerUnit = (xMaxKm - xMinKm) / MAP_WIDTH;
const projection: LambertConformalParams = { ...base, radiusKm, xMinKm, yMaxKm, kmPerUnit };
const proj = lambertConformal(projection);
const width = MAP_WIDTH;
const height = Math.round((yMaxKm - yMinKm) / kmPerUnit);

// ---- topology: decode, find Crimea, project and simplify each arc once ----------------------

/** The parts of world-atlas's TopoJSON that this script reads. */
interface SourceTopology {
  arcs: number[][][];
  transform?: { scale: [number, number]; translate: [number, number] };
  objects: { countries?: { geometries: SourceGeometry[] } };
}
interface SourceGeometry {
  type: string;
  properties?: { name?: string };
  arcs?: number[][] | number[][][];
}
/** A polygon as rings of arc indices (a negative index ~i means arc i reversed). */
type ArcPolygon = number[][];

const topo = JSON.parse(readFileSync(source, 'utf8')) as SourceTopology;
const geometries = topo.objects.countries?.geometries ?? [];
/** The country's polygons as arc-index rings, whether it is a Polygon or a MultiPolygon. */
const polygonsOf = (name: string): ArcPolygon[] => {
  const g = geometries.find((candidate) => candidate.properties?.name === name);
  if (g === undefined) throw new Error(`${source}: no country named ${name}`);
  if (g.type === 'Polygon') return [g.arcs as number[][]];
  if (g.type === 'MultiPolygon') return g.arcs as number[][][];
  throw new Error(`${source}: ${name} is a ${g.type}`);
};
const asTopoPolygons = (polygons: ArcPolygon[]): TopoPolygon =>
  ({ type: 'MultiPolygon', arcs: polygons }) as unknown as TopoPolygon;

const decodedArcs: LonLat[][] = topo.arcs.map((arc) => {
  const transform = topo.transform;
  if (transform === undefined) return arc.map(([x, y]): LonLat => [x ?? 0, y ?? 0]);
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]): LonLat => {
    x += dx ?? 0;
    y += dy ?? 0;
    return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]];
  });
});
const arcIndex = (i: number): number => (i < 0 ? ~i : i);

// Crimea: the polygon of Russia's MultiPolygon that contains Simferopol.
const russiaPolygons = polygonsOf('Russia');
const ringLonLat = (arcs: readonly number[]): LonLat[] =>
  arcs.flatMap((i) => {
    const arc = decodedArcs[arcIndex(i)] ?? [];
    return (i < 0 ? [...arc].reverse() : arc).slice(1);
  });
const crimeaIndex = russiaPolygons.findIndex((polygon) =>
  pointInRing([34.1, 44.95], ringLonLat(polygon[0] ?? [])),
);
const crimea = russiaPolygons[crimeaIndex];
if (crimea === undefined) throw new Error('Crimea not found inside Russia; check the source data');

const polygonsByName = new Map<string, ArcPolygon[]>(COUNTRIES.map((c) => [c.name, polygonsOf(c.name)]));
polygonsByName.set('Ukraine', [...polygonsOf('Ukraine'), crimea]);
polygonsByName.set(
  'Russia',
  russiaPolygons.filter((_, i) => i !== crimeaIndex),
);

// Project and simplify each arc once, so that shared borders stay shared.
const fineArcs = new Set((polygonsByName.get('Ukraine') ?? []).flat(2).map(arcIndex));
const usedArcs = new Set([...polygonsByName.values()].flat(3).map(arcIndex));
const inMargin = ([lon, lat]: LonLat): boolean =>
  lon > WINDOW.lonMin - 6 && lon < WINDOW.lonMax + 6 && lat > WINDOW.latMin - 4 && lat < WINDOW.latMax + 4;
const mapArcs = decodedArcs.map((arc, index): number[][] => {
  if (!usedArcs.has(index)) return [];
  // Far-away arcs keep only their ends: they are clipped away, but their rings must still close.
  const kept = arc.some(inMargin) ? arc : [arc[0] ?? [0, 0], arc[arc.length - 1] ?? [0, 0]];
  const tolerance = fineArcs.has(index) ? TOLERANCE_UKRAINE : TOLERANCE_OTHER;
  return simplifyLine(
    kept.map((p) => proj.toMap(p)),
    tolerance,
  ).map((p) => [...p]);
});
const mapTopology = { type: 'Topology', arcs: mapArcs, objects: {} } as unknown as Topology;

// ---- countries ------------------------------------------------------------------------------

const outerRings = (geometry: GeoMultiPolygon): Ring[] =>
  geometry.coordinates
    .map((polygon) => (polygon[0] ?? []).slice(0, -1).map(([x, y]): MapPoint => [x ?? 0, y ?? 0]))
    .flatMap((ring) => clipRingToRect(ring, width, height))
    .filter((ring) => ring.length >= 3 && ringArea(ring) >= MIN_RING_AREA);

const countryRings = new Map<string, Ring[]>();
for (const country of COUNTRIES) {
  // merge() dissolves arcs shared inside one country: Ukraine's old line at Perekop disappears.
  const rings = outerRings(merge(mapTopology, [asTopoPolygons(polygonsByName.get(country.name) ?? [])]));
  if (rings.length > 0) countryRings.set(country.name, rings);
}
const ukraineRings = countryRings.get('Ukraine') ?? [];

// ---- occupied area and front line -----------------------------------------------------------

const densify = (line: readonly LonLat[], stepDeg: number): LonLat[] =>
  line.flatMap((a, i) => {
    const b = line[i + 1];
    if (b === undefined) return [a];
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / stepDeg));
    return Array.from({ length: n }, (_, k): LonLat => [
      a[0] + ((b[0] - a[0]) * k) / n,
      a[1] + ((b[1] - a[1]) * k) / n,
    ]);
  });
const frontLonLat = FRONT_LINE.map((v): LonLat => [v.lon, v.lat]);
const closure = densify([...frontLonLat.slice(-1), ...OCCUPIED_CLOSURE, ...frontLonLat.slice(0, 1)], 0.25);
const occupiedClip: Ring = [...frontLonLat, ...closure.slice(1, -1)].map((p) => proj.toMap(p));
const occupied = ukraineRings.flatMap((ring) => intersectRings(ring, occupiedClip));

const toLonLatRing = (ring: Ring): LonLat[] => ring.map((p) => proj.toLonLat(p));
const occupiedKm2 = occupied.reduce((sum, ring) => sum + sphericalRingAreaKm2(toLonLatRing(ring)), 0);
const ukraineKm2 = ukraineRings.reduce((sum, ring) => sum + sphericalRingAreaKm2(toLonLatRing(ring)), 0);
const occupiedPlanarKm2 = occupied.reduce((sum, ring) => sum + ringArea(ring), 0) * kmPerUnit ** 2;

// The drawn front starts where the typed line first enters Ukraine (it is typed from inside Russia).
const frontMap = FRONT_LINE.map((v) => ({ ...v, p: proj.toMap([v.lon, v.lat]) }));
const mainland = ukraineRings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a), [] as Ring);
const firstInside = frontMap.findIndex((v) => pointInRing(v.p, mainland));
const entry = frontMap[firstInside];
const before = frontMap[firstInside - 1];
if (entry === undefined || before === undefined) throw new Error('the front line must start outside Ukraine');
const frontTrimmed = [
  { ...before, p: borderCrossing(before.p, entry.p, mainland) },
  ...frontMap.slice(firstInside),
];

/** Where the segment a→b crosses the ring (the first crossing from a); a itself when none. */
function borderCrossing(a: MapPoint, b: MapPoint, ring: Ring): MapPoint {
  let best: MapPoint = a;
  let bestT = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[j];
    const q = ring[i];
    if (p === undefined || q === undefined) continue;
    const d = (b[0] - a[0]) * (q[1] - p[1]) - (b[1] - a[1]) * (q[0] - p[0]);
    if (Math.abs(d) < 1e-12) continue;
    const t = ((p[0] - a[0]) * (q[1] - p[1]) - (p[1] - a[1]) * (q[0] - p[0])) / d;
    const u = ((p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0])) / d;
    if (t >= 0 && t <= 1 && u >= 0 && u <= 1 && t < bestT) {
      bestT = t;
      best = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    }
  }
  return best;
}

const sectors: { name: string; fromIndex: number; toIndex: number }[] = [];
frontTrimmed.forEach((v, i) => {
  const last = sectors[sectors.length - 1];
  if (last !== undefined && last.name === v.sector) last.toIndex = i;
  else sectors.push({ name: v.sector, fromIndex: last === undefined ? i : i - 1, toIndex: i });
});

// ---- output ---------------------------------------------------------------------------------

const r1 = (v: number): number => Math.round(v * 10) / 10;
const pt = (p: MapPoint): [number, number] => [r1(p[0]), r1(p[1])];
const ringOut = (ring: Ring): [number, number][] =>
  ring.map(pt).filter((p, i, all) => {
    const prev = all[(i - 1 + all.length) % all.length];
    return prev === undefined || prev[0] !== p[0] || prev[1] !== p[1];
  });

const theatre = {
  width,
  height,
  projection,
  attribution:
    'Borders: Natural Earth (public domain) via the world-atlas npm package (ISC). Ukraine shown within its ' +
    'internationally recognised borders, Crimea included. Occupied area and front line: schematic and ' +
    'approximate, drawn by the project for teaching; not a military map.',
  countries: COUNTRIES.filter((c) => countryRings.has(c.name)).map((c) => ({
    id: c.id,
    name: c.name,
    label: c.label === undefined ? null : pt(proj.toMap(c.label)),
    rings: (countryRings.get(c.name) ?? []).map(ringOut),
  })),
  seas: SEAS.map((s) => ({ name: s.name, x: r1(proj.toMap(s.at)[0]), y: r1(proj.toMap(s.at)[1]) })),
  occupiedJan2025: {
    note: 'Schematic and approximate, for teaching; not a military map. Line of contact about 1 January 2025.',
    areaKm2: Math.round(occupiedKm2),
    rings: occupied.map(ringOut),
  },
  ukraineAreaKm2: Math.round(ukraineKm2),
  frontLine: frontTrimmed.map((v) => pt(v.p)),
  frontAdvanceWeights: frontTrimmed.map((v, i) => (i === 0 ? 0 : v.weight)),
  frontSectors: sectors,
  cities: CITIES.map((c) => {
    const [x, y] = pt(proj.toMap([c.lon, c.lat]));
    return { name: c.name, x, y, kind: c.kind, anchor: c.anchor };
  }),
};

const json = JSON.stringify(theatre);
writeFileSync(outFile, `${json}\n`);
const points = theatre.countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length, 0), 0);
console.log(`source: world-atlas countries-${resolution}`);
console.log(`frame: ${width} x ${height} units, ${kmPerUnit.toFixed(4)} km per unit`);
console.log(`countries: ${theatre.countries.map((c) => c.id).join(' ')}; ${points} points`);
console.log(`Ukraine (with Crimea), spherical: ${Math.round(ukraineKm2).toLocaleString('en-GB')} km²`);
console.log(
  `occupied 1 Jan 2025 (schematic), spherical: ${Math.round(occupiedKm2).toLocaleString('en-GB')} km² ` +
    `(${((occupiedKm2 / ukraineKm2) * 100).toFixed(1)}%); in the projection: ${Math.round(occupiedPlanarKm2).toLocaleString('en-GB')} km²`,
);
console.log(
  `front line: ${theatre.frontLine.length} points; sectors ${sectors.map((s) => s.name).join(', ')}`,
);
console.log(`wrote ${path.relative(root, outFile)}: ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB`);
