/**
 * The campaign screen's theatre map: Ukraine and western Russia from Natural Earth borders
 * (bundled, nothing fetched), the schematic occupied area of 1 January 2025, one band per
 * quarter of Russian gains, and a plain-English text alternative.
 */
export { drawNewestBand, drawTheatre, THEATRE_PALETTE, colourNumber, theatreLabels } from './draw-theatre';
export type { TheatreGraphics, TheatreModel, TheatrePalette } from './draw-theatre';
export {
  describeMap,
  formatKm2,
  mainSector,
  MAX_MEAN_DEPTH_KM,
  occupiedGrowth,
  theatreFront,
  UKRAINE_AREA_KM2,
} from './theatre-geometry';
export type { GainBand, OccupiedGrowth } from './theatre-geometry';
export { fitTheatre, LABEL_GAP_PX, toScreen } from './theatre-layout';
export type { ScreenRect, TheatreFit, TheatreLabel } from './theatre-layout';
export { THEATRE } from './theatre-data';
export type { TheatreCity, TheatreCountry, TheatreData, FrontSector } from './theatre-data';
export { lambertConformal } from './lambert-conformal';
export type { LambertConformalParams, LonLat, MapPoint, MapProjection } from './lambert-conformal';
