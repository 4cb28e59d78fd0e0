import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lambertConformal, type LonLat } from '../../../src/ui/map/lambert-conformal';
import { pointInRing, sphericalRingAreaKm2 } from '../../../src/ui/map/polygon-math';
import { checkTheatreData, THEATRE } from '../../../src/ui/map/theatre-data';

const assetPath = fileURLToPath(new URL('../../../assets/map/theatre.json', import.meta.url));
const proj = lambertConformal(THEATRE.projection);
const country = (id: string) => THEATRE.countries.find((c) => c.id === id);
const inside = (rings: readonly (readonly (readonly [number, number])[])[], lonLat: LonLat): boolean =>
  rings.some((ring) => pointInRing(proj.toMap(lonLat), ring));
const ukraineRings = country('UKR')?.rings ?? [];
const russiaRings = country('RUS')?.rings ?? [];
const occupiedRings = THEATRE.occupiedJan2025.rings;

describe('theatre map asset', () => {
  it('is under 80 KB', () => {
    expect(statSync(assetPath).size).toBeLessThan(80 * 1024);
  });

  it('is well-formed JSON of the expected shape, every coordinate inside the frame', () => {
    const parsed: unknown = JSON.parse(readFileSync(assetPath, 'utf8'));
    expect(() => checkTheatreData(parsed)).not.toThrow();
    const points = [
      ...THEATRE.countries.flatMap((c) => c.rings.flat()),
      ...occupiedRings.flat(),
      ...THEATRE.frontLine,
    ];
    const outside = points.filter(([x, y]) => x < 0 || x > THEATRE.width || y < 0 || y > THEATRE.height);
    expect(outside).toEqual([]);
    expect(THEATRE.frontAdvanceWeights).toHaveLength(THEATRE.frontLine.length);
  });

  it('rounds coordinates to 0.1 map units', () => {
    const offGrid = (ukraineRings[0] ?? []).filter(
      ([x, y]) => Math.round(x * 10) !== x * 10 || Math.round(y * 10) !== y * 10,
    );
    expect(offGrid).toEqual([]);
  });

  it('has Ukraine, drawn last, with Kyiv inside and Crimea inside Ukraine rather than Russia', () => {
    expect(THEATRE.countries.map((c) => c.id)).toContain('UKR');
    expect(THEATRE.countries[THEATRE.countries.length - 1]?.name).toBe('Ukraine');
    expect(inside(ukraineRings, [30.52, 50.45])).toBe(true); // Kyiv
    expect(inside(ukraineRings, [34.1, 44.95])).toBe(true); // Simferopol
    expect(inside(russiaRings, [34.1, 44.95])).toBe(false);
    expect(inside(russiaRings, [37.62, 55.0])).toBe(false); // outside the frame, so clipped away
    expect(inside(russiaRings, [36.19, 51.73])).toBe(true); // Kursk
  });

  it('puts every city dot on land in its own country', () => {
    const proj2 = (name: string) => THEATRE.cities.find((c) => c.name === name);
    const inRings = (rings: typeof ukraineRings, name: string): boolean => {
      const c = proj2(name);
      return c !== undefined && rings.some((ring) => pointInRing([c.x, c.y], ring));
    };
    const russian = ['Belgorod', 'Kursk', 'Rostov-on-Don'];
    const misplaced = THEATRE.cities
      .map((c) => c.name)
      .filter((name) => !inRings(russian.includes(name) ? russiaRings : ukraineRings, name));
    expect(misplaced).toEqual([]);
  });

  it('is the right way up: north at the top, east on the right', () => {
    const city = (name: string) => THEATRE.cities.find((c) => c.name === name);
    expect(city('Kursk')?.y).toBeLessThan(city('Sevastopol')?.y ?? 0);
    expect(city('Odesa')?.x).toBeLessThan(city('Luhansk')?.x ?? 0);
    expect(THEATRE.cities).toHaveLength(14);
  });

  it('measures Ukraine close to its official 603,700 km² on the sphere', () => {
    expect(THEATRE.ukraineAreaKm2).toBeGreaterThan(590_000);
    expect(THEATRE.ukraineAreaKm2).toBeLessThan(610_000);
  });

  it('puts the schematic occupied area of 1 January 2025 between 110,000 and 115,000 km²', () => {
    expect(THEATRE.occupiedJan2025.areaKm2).toBeGreaterThanOrEqual(110_000);
    expect(THEATRE.occupiedJan2025.areaKm2).toBeLessThanOrEqual(115_000);
    const recomputed = occupiedRings.reduce(
      (sum, ring) => sum + sphericalRingAreaKm2(ring.map((p) => proj.toLonLat(p))),
      0,
    );
    expect(Math.abs(recomputed - THEATRE.occupiedJan2025.areaKm2)).toBeLessThan(500);
    expect(THEATRE.occupiedJan2025.note).toMatch(/schematic/i);
    expect(THEATRE.attribution).toMatch(/Natural Earth/);
  });

  it('shows occupied and free cities on the right sides of the line', () => {
    const occupied = {
      Sevastopol: [33.56, 44.6],
      Simferopol: [34.1, 44.95],
      Kurakhove: [37.28, 47.98],
      Toretsk: [37.85, 48.4],
      Enerhodar: [34.65, 47.5],
      Robotyne: [35.84, 47.44],
      Donetsk: [37.8, 48.0],
      Luhansk: [39.31, 48.57],
      Mariupol: [37.55, 47.1],
    } as const;
    const free = {
      Kyiv: [30.52, 50.45],
      Kharkiv: [36.23, 49.99],
      Pokrovsk: [37.18, 48.28],
      Kherson: [32.62, 46.64],
      Zaporizhzhia: [35.14, 47.84],
      VelykaNovosilka: [36.83, 47.84],
      Kupiansk: [37.61, 49.71],
      Siversk: [38.1, 48.87],
      Orikhiv: [35.79, 47.57],
      Nikopol: [34.4, 47.57],
    } as const;
    const held = Object.entries(occupied)
      .filter(([, p]) => !inside(occupiedRings, p))
      .map(([n]) => n);
    const taken = Object.entries(free)
      .filter(([, p]) => inside(occupiedRings, p))
      .map(([n]) => n);
    expect({ notShownOccupied: held, wronglyShownOccupied: taken }).toEqual({
      notShownOccupied: [],
      wronglyShownOccupied: [],
    });
  });
});
