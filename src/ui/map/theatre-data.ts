/**
 * The theatre map asset (assets/map/theatre.json, built by scripts/build-map.ts), typed and
 * checked once at import. It is bundled with the game: nothing is fetched at run time.
 */
import theatreJson from '../../../assets/map/theatre.json';
import type { LambertConformalParams, MapPoint } from './lambert-conformal';

/** One country's outline: outer rings only, in map units, drawn in the order given. */
export interface TheatreCountry {
  /** ISO 3166 alpha-3 code, e.g. 'UKR'. */
  readonly id: string;
  /** English short name, e.g. 'Ukraine'. */
  readonly name: string;
  /** Where the country's name goes, map units; null when it is left unlabelled. */
  readonly label: MapPoint | null;
  /** Outer rings, each a closed ring without its first point repeated. */
  readonly rings: readonly (readonly MapPoint[])[];
}

/** A named stretch of the front line, by vertex index (both ends included). */
export interface FrontSector {
  /** Where the stretch is, ready for a sentence: 'Donetsk oblast'. */
  readonly name: string;
  /** Index of the first vertex of `frontLine` in this stretch. */
  readonly fromIndex: number;
  /** Index of the last vertex of `frontLine` in this stretch. */
  readonly toIndex: number;
}

/** A dot and a name on the map. */
export interface TheatreCity {
  /** English name, e.g. 'Zaporizhzhia'. */
  readonly name: string;
  /** Position in map units. */
  readonly x: number;
  /** Position in map units. */
  readonly y: number;
  /** A capital gets a larger dot. */
  readonly kind: 'capital' | 'city';
  /** Which side of the dot its name sits on, chosen so names do not collide. */
  readonly anchor: 'left' | 'right' | 'above' | 'below';
}

/** The whole asset. Map units: x right, y down, origin top-left; see `projection.kmPerUnit`. */
export interface TheatreData {
  /** Frame width, map units (1000). */
  readonly width: number;
  /** Frame height, map units. */
  readonly height: number;
  /** How degrees became map units. */
  readonly projection: LambertConformalParams;
  /** Sources and licences in one line, to show under the map. */
  readonly attribution: string;
  /** Countries in drawing order; Ukraine (with Crimea) is last. */
  readonly countries: readonly TheatreCountry[];
  /** Sea names and their label positions, map units. */
  readonly seas: readonly { readonly name: string; readonly x: number; readonly y: number }[];
  /** The schematic occupied area on 1 January 2025: its rings and its area on the sphere, km². */
  readonly occupiedJan2025: {
    readonly note: string;
    readonly areaKm2: number;
    readonly rings: readonly (readonly MapPoint[])[];
  };
  /** Ukraine's area as drawn (with Crimea), km², measured on the sphere. */
  readonly ukraineAreaKm2: number;
  /** The line of contact on 1 January 2025, north to south, map units. */
  readonly frontLine: readonly MapPoint[];
  /** Relative share of each quarter's advance drawn at each vertex of `frontLine`; 0 along the Dnipro. */
  readonly frontAdvanceWeights: readonly number[];
  /** Named stretches of the front line. */
  readonly frontSectors: readonly FrontSector[];
  /** Cities with a dot and a name. */
  readonly cities: readonly TheatreCity[];
}

/** Throws with a readable message unless `value` has the shape of {@link TheatreData}. */
export function checkTheatreData(value: unknown): TheatreData {
  const fail = (what: string): never => {
    throw new Error(`theatre map asset: ${what}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const v = value as Record<string, unknown>;
  const isPoint = (p: unknown): boolean =>
    Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
  const isRing = (r: unknown): boolean => Array.isArray(r) && r.length >= 3 && r.every(isPoint);
  if (typeof v['width'] !== 'number' || typeof v['height'] !== 'number')
    fail('width and height must be numbers');
  const countries = v['countries'];
  if (!Array.isArray(countries) || countries.length === 0) fail('no countries');
  for (const c of countries as Record<string, unknown>[]) {
    const rings = c['rings'];
    if (typeof c['id'] !== 'string' || !Array.isArray(rings) || !rings.every(isRing)) {
      fail(`country ${String(c['id'])} is malformed`);
    }
  }
  const occupied = v['occupiedJan2025'] as Record<string, unknown> | undefined;
  const occupiedRings = occupied?.['rings'];
  if (!Array.isArray(occupiedRings) || !occupiedRings.every(isRing))
    fail('occupiedJan2025 rings are malformed');
  const front = v['frontLine'];
  const weights = v['frontAdvanceWeights'];
  if (!Array.isArray(front) || front.length < 2 || !front.every(isPoint)) fail('frontLine is malformed');
  if (!Array.isArray(weights) || weights.length !== (front as unknown[]).length) {
    fail('frontAdvanceWeights must match frontLine');
  }
  if (!Array.isArray(v['cities']) || !Array.isArray(v['frontSectors']))
    fail('cities or frontSectors missing');
  return value as TheatreData;
}

/** The bundled theatre map, checked. */
export const THEATRE: TheatreData = checkTheatreData(theatreJson);
