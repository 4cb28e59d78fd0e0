/**
 * Where the theatre map sits inside a screen rectangle, and where its names go. Pure, so that
 * the scene can place 16-px DOM or Phaser text over the canvas drawing at the same spots.
 */
import type { MapPoint } from './lambert-conformal';
import { THEATRE, type TheatreData } from './theatre-data';

/** A screen rectangle, px. */
export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How map units become screen px: the whole map, as large as fits, centred in the rectangle. */
export interface TheatreFit {
  /** Screen px per map unit. */
  readonly scale: number;
  /** Screen position of the map's top-left corner, px. */
  readonly x: number;
  /** Screen position of the map's top-left corner, px. */
  readonly y: number;
  /** Drawn size of the map, px. */
  readonly width: number;
  /** Drawn size of the map, px. */
  readonly height: number;
}

/** Fits the map inside `rect` without distortion (letterboxed when the shapes differ). */
export function fitTheatre(rect: ScreenRect, data: TheatreData = THEATRE): TheatreFit {
  const scale = Math.max(0, Math.min(rect.width / data.width, rect.height / data.height));
  const width = data.width * scale;
  const height = data.height * scale;
  return {
    scale,
    x: rect.x + (rect.width - width) / 2,
    y: rect.y + (rect.height - height) / 2,
    width,
    height,
  };
}

/** A map point in screen px under a fit. */
export function toScreen(fit: TheatreFit, point: MapPoint): MapPoint {
  return [fit.x + point[0] * fit.scale, fit.y + point[1] * fit.scale];
}

/** A name to place on the map. Set the text's origin to (originX, originY) and put it at (x, y). */
export interface TheatreLabel {
  /** The text, e.g. 'Kharkiv' or 'Sea of Azov'. */
  readonly name: string;
  /** What it names; countries are usually set in capitals and spaced, seas in italics. */
  readonly kind: 'capital' | 'city' | 'country' | 'sea';
  /** Screen position, px. */
  readonly x: number;
  /** Screen position, px. */
  readonly y: number;
  /** Horizontal origin of the text box: 0 left edge, 0.5 centre, 1 right edge. */
  readonly originX: number;
  /** Vertical origin of the text box: 0 top, 0.5 middle, 1 bottom. */
  readonly originY: number;
}

/** Gap between a city's dot and its name, px. */
export const LABEL_GAP_PX = 7;

/** Every label for the map drawn in `rect`: cities beside their dots, then countries and seas. */
export function theatreLabels(rect: ScreenRect, data: TheatreData = THEATRE): TheatreLabel[] {
  const fit = fitTheatre(rect, data);
  const labels: TheatreLabel[] = data.cities.map((city) => {
    const [x, y] = toScreen(fit, [city.x, city.y]);
    const g = LABEL_GAP_PX;
    switch (city.anchor) {
      case 'left':
        return { name: city.name, kind: city.kind, x: x - g, y, originX: 1, originY: 0.5 };
      case 'right':
        return { name: city.name, kind: city.kind, x: x + g, y, originX: 0, originY: 0.5 };
      case 'above':
        return { name: city.name, kind: city.kind, x, y: y - g, originX: 0.5, originY: 1 };
      case 'below':
        return { name: city.name, kind: city.kind, x, y: y + g, originX: 0.5, originY: 0 };
    }
  });
  for (const country of data.countries) {
    if (country.label === null) continue;
    const [x, y] = toScreen(fit, country.label);
    labels.push({ name: country.name, kind: 'country', x, y, originX: 0.5, originY: 0.5 });
  }
  for (const sea of data.seas) {
    const [x, y] = toScreen(fit, [sea.x, sea.y]);
    labels.push({ name: sea.name, kind: 'sea', x, y, originX: 0.5, originY: 0.5 });
  }
  return labels;
}
