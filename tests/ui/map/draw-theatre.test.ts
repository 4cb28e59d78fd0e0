// draw-theatre.ts imports Phaser's types only, so this test runs without Phaser: a recorder
// stands in for the Graphics object.
import { describe, expect, it } from 'vitest';
import {
  colourNumber,
  drawTheatre,
  THEATRE_PALETTE,
  type TheatreGraphics,
} from '../../../src/ui/map/draw-theatre';
import { THEATRE } from '../../../src/ui/map/theatre-data';
import { occupiedGrowth } from '../../../src/ui/map/theatre-geometry';
import { fitTheatre, theatreLabels } from '../../../src/ui/map/theatre-layout';

type Call = [string, ...number[]];

function recorder(): { graphics: TheatreGraphics; calls: Call[] } {
  const calls: Call[] = [];
  const graphics = new Proxy(
    {},
    {
      get:
        (_target, name) =>
        (...args: number[]) => {
          calls.push([String(name), ...args]);
          return graphics;
        },
    },
  ) as TheatreGraphics;
  return { graphics, calls };
}

const rect = { x: 10, y: 20, width: 800, height: 500 };

describe('drawTheatre', () => {
  it('fills the sea, every country ring, the occupied area, and draws the front and city dots', () => {
    const { graphics, calls } = recorder();
    drawTheatre(graphics, rect, { bands: [], highlightLast: false });
    const count = (name: string) => calls.filter((c) => c[0] === name).length;
    const rings =
      THEATRE.countries.reduce((n, c) => n + c.rings.length, 0) + THEATRE.occupiedJan2025.rings.length;
    expect(count('fillRect')).toBe(1);
    expect(count('fillPath')).toBe(rings);
    expect(count('fillCircle')).toBe(THEATRE.cities.length);
    expect(calls.some((c) => c[0] === 'fillStyle' && c[1] === colourNumber(THEATRE_PALETTE.occupied))).toBe(
      true,
    );
    // Hatch strokes exist, so the occupied area is not marked by colour alone.
    expect(calls.some((c) => c[0] === 'lineStyle' && c[2] === colourNumber(THEATRE_PALETTE.hatch))).toBe(
      true,
    );
  });

  it('stays inside the fitted map area', () => {
    const { graphics, calls } = recorder();
    drawTheatre(graphics, rect, { bands: occupiedGrowth([1000, 1200]).bands, highlightLast: true });
    const fit = fitTheatre(rect);
    const points = calls
      .filter((c) => c[0] === 'moveTo' || c[0] === 'lineTo')
      .map((c) => [c[1] ?? 0, c[2] ?? 0]);
    const outside = points.filter(
      ([x, y]) =>
        (x ?? 0) < fit.x - 0.01 ||
        (x ?? 0) > fit.x + fit.width + 0.01 ||
        (y ?? 0) < fit.y - 0.01 ||
        (y ?? 0) > fit.y + fit.height + 0.01,
    );
    expect(outside).toEqual([]);
  });

  it('draws the newest band in the newest colour only when asked to highlight it', () => {
    const bands = occupiedGrowth([1000, 1200]).bands;
    const newest = colourNumber(THEATRE_PALETTE.newest);
    const on = recorder();
    drawTheatre(on.graphics, rect, { bands, highlightLast: true });
    expect(on.calls.some((c) => c[0] === 'fillStyle' && c[1] === newest)).toBe(true);
    const off = recorder();
    drawTheatre(off.graphics, rect, { bands, highlightLast: false });
    expect(off.calls.some((c) => c[0] === 'fillStyle' && c[1] === newest)).toBe(false);
  });
});

describe('theatreLabels', () => {
  it('places every city, country and sea name inside the rectangle', () => {
    const labels = theatreLabels(rect);
    expect(labels.filter((l) => l.kind === 'city' || l.kind === 'capital').map((l) => l.name)).toEqual(
      THEATRE.cities.map((c) => c.name),
    );
    expect(labels.map((l) => l.name)).toEqual(
      expect.arrayContaining(['Ukraine', 'Russia', 'Black Sea', 'Sea of Azov']),
    );
    const outside = labels.filter(
      (l) => l.x < rect.x || l.x > rect.x + rect.width || l.y < rect.y || l.y > rect.y + rect.height,
    );
    expect(outside).toEqual([]);
  });

  it('sets a city name beside its dot on the side given in the data', () => {
    const fit = fitTheatre(rect);
    const kyiv = theatreLabels(rect).find((l) => l.name === 'Kyiv');
    const dot = THEATRE.cities.find((c) => c.name === 'Kyiv');
    expect(kyiv?.originX).toBe(dot?.anchor === 'right' ? 0 : kyiv?.originX);
    expect(kyiv?.y).toBeCloseTo(fit.y + (dot?.y ?? 0) * fit.scale, 6);
  });
});
