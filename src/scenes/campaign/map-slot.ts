/** The theatre map's inputs from the store: the caption text, the names over it and the canvas drawing. */
import type Phaser from 'phaser';
import type { GameStore } from '../../state';
import { selectQuarterLabel, selectScenario } from '../../state';
import { quarterText } from '../../text';
import { describeMap, drawTheatre, occupiedGrowth, THEATRE_PALETTE, type ScreenRect } from '../../ui/map';

/** Occupied area now, the last quarter's gain and every quarter's gain, km². */
function mapFigures(s: GameStore): { occupied: number; lastGain: number; gains: number[] } {
  const last = s.history.at(-1)?.indicators;
  const occupied = last?.occupiedKm2 ?? selectScenario(s).params.initial.occupiedKm2;
  return {
    occupied,
    lastGain: last?.territoryGainedKm2 ?? 0,
    gains: s.history.map((r) => r.indicators.territoryGainedKm2),
  };
}

/** The map's text alternative. */
export function mapCaption(s: GameStore): string {
  const f = mapFigures(s);
  const label = s.history.at(-1)?.quarter ?? selectQuarterLabel(s);
  return describeMap(f.occupied, f.lastGain, quarterText(label));
}

/**
 * Draws the theatre into the map slot, the newest quarter's gain highlighted; the dots of
 * `hiddenCities` (names that found no room) are left out.
 */
export function drawMapSlot(
  g: Phaser.GameObjects.Graphics,
  rect: ScreenRect,
  s: GameStore,
  hiddenCities: readonly string[] = [],
): void {
  const { gains } = mapFigures(s);
  drawTheatre(
    g,
    rect,
    { bands: occupiedGrowth(gains).bands, highlightLast: gains.length > 0, hiddenCities },
    THEATRE_PALETTE,
  );
}
