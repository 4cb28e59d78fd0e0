import { describe, expect, it } from 'vitest';
import { canvasSizeFor, MAX_PIXEL_RATIO, pixelRatioOf } from '../../src/scenes/canvas/pixel-ratio';

describe('the canvas density', () => {
  it("draws at the screen's density on high-density screens, up to the cap", () => {
    expect(pixelRatioOf(1)).toBe(1);
    expect(pixelRatioOf(1.5)).toBe(1.5);
    expect(pixelRatioOf(2)).toBe(2);
    expect(pixelRatioOf(3)).toBe(MAX_PIXEL_RATIO);
  });

  it('never draws below one device pixel per CSS pixel, nor from a broken reading', () => {
    expect(pixelRatioOf(0.5)).toBe(1);
    expect(pixelRatioOf(0)).toBe(1);
    expect(pixelRatioOf(Number.NaN)).toBe(1);
    expect(pixelRatioOf(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('sizes the canvas in whole device pixels, never empty', () => {
    expect(canvasSizeFor(1280, 720, 1)).toEqual({ width: 1280, height: 720 });
    expect(canvasSizeFor(1280, 720, 2)).toEqual({ width: 2560, height: 1440 });
    expect(canvasSizeFor(1281, 641, 1.5)).toEqual({ width: 1922, height: 962 });
    expect(canvasSizeFor(0, 0, 2)).toEqual({ width: 1, height: 1 });
  });
});
