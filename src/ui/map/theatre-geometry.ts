/**
 * What the campaign map draws for a game: one band per quarter of Russian gains, pushed
 * westward from the 1 January 2025 front line, plus a plain-English text alternative.
 * Pure (no Phaser); reads the bundled theatre map.
 */
import type { MapPoint } from './lambert-conformal';
import { areaAtDepth, bandRing, depthForArea, frontModel, type FrontModel } from './front-advance';
import { THEATRE, type TheatreData } from './theatre-data';
import { formatNumber, interpolate, placeName, uiWords } from '../../text';

/** One quarter's gain drawn as a ring in map units. */
export interface GainBand {
  /** Index into the gains passed in: 0 is the first quarter played. */
  readonly quarterIndex: number;
  /** Closed ring, map units, without its first point repeated. */
  readonly ring: readonly MapPoint[];
}

/** Bands for every quarter that gained ground, oldest first, and the area they cover. */
export interface OccupiedGrowth {
  /** Oldest first; quarters with no gain have no band. */
  readonly bands: readonly GainBand[];
  /** Area the bands cover, km²: the sum of the positive gains, up to the drawing cap {@link MAX_MEAN_DEPTH_KM}. */
  readonly totalGainedKm2: number;
}

/** Ukraine's area, km² (the figure the engine and the report use). */
export const UKRAINE_AREA_KM2 = 603_700;

/**
 * Mean depth beyond which the schematic stops growing, km (about 20,000 km² on this front,
 * more than a dozen quarters at 2024's pace). Further on, the paths of neighbouring points
 * would meet at the front's bends; the text alternative still reports the numbers.
 */
export const MAX_MEAN_DEPTH_KM = 60;

const model: FrontModel = frontModel(
  THEATRE.frontLine,
  THEATRE.frontAdvanceWeights,
  THEATRE.projection.kmPerUnit,
);

/** The prepared 1 January 2025 front line: active length, normals and depth profile. */
export function theatreFront(): FrontModel {
  return model;
}

/**
 * Bands for a game so far. `gainsKm2PerQuarter` is the engine's `territoryGainedKm2` for each
 * quarter played, in order. Each band starts where the previous one ended, so they stack
 * westward; each band's area equals that quarter's gain. Gains of zero or less add no band
 * (the engine reports gains as non-negative).
 */
export function occupiedGrowth(
  gainsKm2PerQuarter: readonly number[],
  front: FrontModel = model,
): OccupiedGrowth {
  const maxAreaKm2 = areaAtDepth(front, MAX_MEAN_DEPTH_KM);
  const bands: GainBand[] = [];
  let totalKm2 = 0;
  let depthKm = 0;
  gainsKm2PerQuarter.forEach((gain, quarterIndex) => {
    if (!(gain > 0) || totalKm2 >= maxAreaKm2) return;
    const nextTotal = Math.min(maxAreaKm2, totalKm2 + gain);
    const nextDepth = depthForArea(front, nextTotal);
    bands.push({ quarterIndex, ring: bandRing(front, depthKm, nextDepth) });
    totalKm2 = nextTotal;
    depthKm = nextDepth;
  });
  return { bands, totalGainedKm2: totalKm2 };
}

/** The named stretch of front that takes the largest share of each quarter's advance. */
export function mainSector(data: TheatreData = THEATRE): string {
  let best = '';
  let bestShare = -1;
  for (const sector of data.frontSectors) {
    let share = 0;
    for (let i = sector.fromIndex; i < sector.toIndex; i++) {
      const a = data.frontLine[i];
      const b = data.frontLine[i + 1];
      if (a === undefined || b === undefined) continue;
      const w = ((data.frontAdvanceWeights[i] ?? 0) + (data.frontAdvanceWeights[i + 1] ?? 0)) / 2;
      share += w * Math.hypot(b[0] - a[0], b[1] - a[1]);
    }
    if (share > bestShare) [best, bestShare] = [sector.name, share];
  }
  return best;
}

/** 113010 → '113,010' (whole numbers in the game's language, independent of the browser's locale). */
export function formatKm2(value: number): string {
  return formatNumber(Math.round(value), 0);
}

/**
 * A text alternative to the map, e.g. "Russia occupies about 113,010 km², 18.7% of Ukraine.
 * It gained 1,010 km² in 2025-Q1, mostly in Donetsk oblast." Areas are rounded to 10 km².
 */
export function describeMap(occupiedKm2: number, lastGainKm2: number, quarterLabel: string): string {
  const to10 = (v: number): number => Math.round(v / 10) * 10;
  const share = formatNumber((occupiedKm2 / UKRAINE_AREA_KM2) * 100, 1);
  const words = uiWords().map;
  const occupied = interpolate(words.occupied, { area: formatKm2(to10(occupiedKm2)), share });
  const gain = to10(lastGainKm2);
  const quarter = quarterLabel;
  if (gain > 0)
    return interpolate(words.gained, {
      occupied,
      area: formatKm2(gain),
      quarter,
      sector: placeName(mainSector()),
    });
  if (gain < 0) return interpolate(words.lost, { occupied, area: formatKm2(-gain), quarter });
  return interpolate(words.noGain, { occupied, quarter });
}
