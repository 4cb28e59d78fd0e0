/**
 * Draws the theatre map into a Phaser Graphics object: sea, countries, the schematic occupied
 * area of 1 January 2025 (hatched, so colour is not the only cue), one band per quarter of
 * gains, the front line and city dots. Names are placed by the scene from `theatreLabels`.
 * Uses only Graphics drawing calls (Phaser 4: fillStyle, lineStyle, beginPath, moveTo, lineTo,
 * closePath, fillPath, strokePath, fillRect, fillCircle); each ring is its own path, because
 * Phaser's WebGL renderer fills every sub-path separately and knows no holes.
 */
import type Phaser from 'phaser';
import type { MapPoint } from './lambert-conformal';
import { hatchSegments, type Ring, type Segment } from './polygon-math';
import { THEATRE } from './theatre-data';
import type { GainBand } from './theatre-geometry';
import { fitTheatre, toScreen, type ScreenRect, type TheatreFit } from './theatre-layout';

export { theatreLabels } from './theatre-layout';

/** The Graphics methods the map uses; a `Phaser.GameObjects.Graphics` satisfies it. */
export type TheatreGraphics = Pick<
  Phaser.GameObjects.Graphics,
  | 'fillStyle'
  | 'lineStyle'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'fillPath'
  | 'strokePath'
  | 'fillCircle'
  | 'strokeCircle'
>;

/** Map colours as CSS hex strings (also usable for DOM labels). */
export interface TheatrePalette {
  /** Sea and the area around the map. */
  readonly background: string;
  /** Neighbouring countries. */
  readonly land: string;
  /** Ukraine. */
  readonly ukraine: string;
  /** Russia. */
  readonly russia: string;
  /** Borders between countries. */
  readonly border: string;
  /** The occupied area of 1 January 2025. */
  readonly occupied: string;
  /** Its diagonal hatch. */
  readonly hatch: string;
  /** Bands of later quarters. */
  readonly band: string;
  /** The newest band. */
  readonly newest: string;
  /** The front line of 1 January 2025. */
  readonly front: string;
  /** City dots and label text. */
  readonly text: string;
}

/** The dark briefing look. */
export const THEATRE_PALETTE: TheatrePalette = {
  background: '#0f1b2d',
  land: '#1d2d44',
  ukraine: '#2a3f5c',
  russia: '#26354a',
  border: '#4a5d78',
  occupied: '#8c2f2f',
  hatch: '#c2574f',
  band: '#b4413a',
  newest: '#e0a526',
  front: '#e8edf3',
  text: '#e8edf3',
};

/** What changes from quarter to quarter: the bands, and whether the last one is highlighted. */
export interface TheatreModel {
  /** From `occupiedGrowth`, oldest first. */
  readonly bands: readonly GainBand[];
  /** Draw the last band in the newest colour with an outline (e.g. right after a quarter ends). */
  readonly highlightLast: boolean;
  /** Cities drawn without their dot (their name found no room on a small map). */
  readonly hiddenCities?: readonly string[];
}

/** Hatch spacing on screen, px. */
const HATCH_SPACING_PX = 6;

/** '#c2574f' → 0xc2574f. */
export function colourNumber(hex: string): number {
  const n = Number.parseInt(hex.replace(/^#/, ''), 16);
  return Number.isFinite(n) ? n : 0xff00ff;
}

/** Draws the whole map into `rect` (screen px, in the Graphics object's own coordinates). */
export function drawTheatre(
  graphics: TheatreGraphics,
  rect: ScreenRect,
  model: TheatreModel,
  palette: TheatrePalette = THEATRE_PALETTE,
): void {
  const fit = fitTheatre(rect);
  graphics.fillStyle(colourNumber(palette.background), 1);
  graphics.fillRect(fit.x, fit.y, fit.width, fit.height);

  for (const country of THEATRE.countries) {
    const fill =
      country.id === 'UKR' ? palette.ukraine : country.id === 'RUS' ? palette.russia : palette.land;
    graphics.fillStyle(colourNumber(fill), 1);
    for (const ring of country.rings) fillRing(graphics, fit, ring);
  }
  graphics.lineStyle(1, colourNumber(palette.border), 1);
  for (const country of THEATRE.countries)
    for (const ring of country.rings) strokeLine(graphics, fit, ring, true);

  graphics.fillStyle(colourNumber(palette.occupied), 1);
  for (const ring of THEATRE.occupiedJan2025.rings) fillRing(graphics, fit, ring);
  // All hatch strokes in one path: each moveTo starts a sub-path, and one strokePath draws them all.
  graphics.lineStyle(1, colourNumber(palette.hatch), 1);
  graphics.beginPath();
  for (const [x1, y1, x2, y2] of occupiedHatch(HATCH_SPACING_PX / (fit.scale || 1))) {
    const [ax, ay] = toScreen(fit, [x1, y1]);
    const [bx, by] = toScreen(fit, [x2, y2]);
    graphics.moveTo(ax, ay);
    graphics.lineTo(bx, by);
  }
  graphics.strokePath();

  const last = model.bands.length - 1;
  model.bands.forEach((band, i) => {
    if (i === last && model.highlightLast) {
      drawNewestBand(graphics, rect, band, palette);
      return;
    }
    graphics.fillStyle(colourNumber(palette.band), 1);
    fillRing(graphics, fit, band.ring);
    // A fine edge in the occupied colour keeps each quarter's band distinct from the next.
    graphics.lineStyle(1, colourNumber(palette.occupied), 0.9);
    strokeLine(graphics, fit, band.ring, true);
  });

  graphics.lineStyle(2.5, colourNumber(palette.front), 1);
  strokeLine(graphics, fit, THEATRE.frontLine, false);

  graphics.fillStyle(colourNumber(palette.text), 1);
  graphics.lineStyle(1.5, colourNumber(palette.text), 1);
  for (const city of THEATRE.cities) {
    if (model.hiddenCities?.includes(city.name)) continue;
    const [x, y] = toScreen(fit, [city.x, city.y]);
    if (city.kind === 'capital') {
      graphics.strokeCircle(x, y, 5.5);
      graphics.fillCircle(x, y, 2.5);
    } else graphics.fillCircle(x, y, 3);
  }
}

/**
 * Draws one band in the newest colour with an outline. The scene may call this on a Graphics
 * object of its own to make the newest band pulse (tween that object's alpha).
 */
export function drawNewestBand(
  graphics: TheatreGraphics,
  rect: ScreenRect,
  band: GainBand,
  palette: TheatrePalette = THEATRE_PALETTE,
): void {
  const fit = fitTheatre(rect);
  graphics.fillStyle(colourNumber(palette.newest), 1);
  fillRing(graphics, fit, band.ring);
  graphics.lineStyle(1.5, colourNumber(palette.text), 1);
  strokeLine(graphics, fit, band.ring, true);
}

let hatchCache: { spacing: number; segments: Segment[] } | undefined;

/** Hatch strokes for the occupied area at a spacing in map units; remembered for the last spacing. */
function occupiedHatch(spacing: number): Segment[] {
  if (hatchCache?.spacing !== spacing) {
    hatchCache = { spacing, segments: hatchSegments(THEATRE.occupiedJan2025.rings, spacing) };
  }
  return hatchCache.segments;
}

function fillRing(graphics: TheatreGraphics, fit: TheatreFit, ring: Ring): void {
  tracePath(graphics, fit, ring, true);
  graphics.fillPath();
}

function strokeLine(
  graphics: TheatreGraphics,
  fit: TheatreFit,
  line: readonly MapPoint[],
  closed: boolean,
): void {
  tracePath(graphics, fit, line, closed);
  graphics.strokePath();
}

function tracePath(
  graphics: TheatreGraphics,
  fit: TheatreFit,
  points: readonly MapPoint[],
  closed: boolean,
): void {
  graphics.beginPath();
  points.forEach((p, i) => {
    const [x, y] = toScreen(fit, p);
    if (i === 0) graphics.moveTo(x, y);
    else graphics.lineTo(x, y);
  });
  if (closed) graphics.closePath();
}
