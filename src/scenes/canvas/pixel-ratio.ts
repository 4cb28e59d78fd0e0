/**
 * The canvas's density, as pure arithmetic (no Phaser, so unit tests run it in Node): how many
 * device pixels per CSS pixel to draw, and the canvas size that gives.
 */

/** The most device pixels per CSS pixel drawn: 2 keeps a full-HD canvas near 33 MB. */
export const MAX_PIXEL_RATIO = 2;

/** Device pixels per CSS pixel for the canvas: the screen's, between 1 and MAX_PIXEL_RATIO. */
export function pixelRatioOf(devicePixelRatio: number): number {
  if (!Number.isFinite(devicePixelRatio) || devicePixelRatio < 1) return 1;
  return Math.min(MAX_PIXEL_RATIO, devicePixelRatio);
}

/** The canvas size in device pixels for a viewport in CSS pixels at a ratio (whole pixels). */
export function canvasSizeFor(
  cssWidth: number,
  cssHeight: number,
  ratio: number,
): { width: number; height: number } {
  return {
    width: Math.max(1, Math.round(cssWidth * ratio)),
    height: Math.max(1, Math.round(cssHeight * ratio)),
  };
}
