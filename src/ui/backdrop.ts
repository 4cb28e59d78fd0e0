/**
 * The canvas backdrop behind the title, briefing and debrief: a faint graticule and a sweep of
 * contour lines, like a staff map under glass. Pure drawing from the viewport size (CSS pixels).
 */
import type Phaser from 'phaser';

/** Grid spacing of the graticule, px. */
const GRID_PX = 64;

/** Heights (px from the top) of contour lines for a viewport; pure, so the look is testable. */
export function contourOffsets(height: number, count = 9): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1)
    out.push(Math.round(height * (0.15 + (0.75 * i) / Math.max(1, count - 1))));
  return out;
}

/** Draws the backdrop into `g` over a viewport in CSS pixels, replacing what it held. */
export function drawBackdrop(
  g: Phaser.GameObjects.Graphics,
  { width, height }: { readonly width: number; readonly height: number },
): void {
  g.clear();
  g.lineStyle(1, 0x24385a, 0.35);
  for (let x = GRID_PX; x < width; x += GRID_PX) g.lineBetween(x, 0, x, height);
  for (let y = GRID_PX; y < height; y += GRID_PX) g.lineBetween(0, y, width, y);
  contourOffsets(height).forEach((y0, i) => {
    g.lineStyle(i % 3 === 0 ? 2 : 1, i % 3 === 0 ? 0x34507c : 0x24385a, 0.55);
    g.beginPath();
    const amp = 18 + i * 3;
    for (let x = 0; x <= width; x += 16) {
      const y = y0 + Math.sin(x / 180 + i * 0.7) * amp + Math.sin(x / 67 + i) * 4;
      if (x === 0) g.moveTo(x, y);
      else g.lineTo(x, y);
    }
    g.strokePath();
  });
  g.fillStyle(0xe0a526, 0.9);
  g.fillRect(0, height - 4, width, 4);
}

/** Fills a DOM panel's rectangle on the canvas with the panel colour, for panels that hold a canvas slot. */
export function fillPanel(
  g: Phaser.GameObjects.Graphics,
  rect: { x: number; y: number; width: number; height: number },
  corners: 'all' | 'top' = 'all',
): void {
  g.fillStyle(0x16243a, 0.94);
  const r = corners === 'all' ? 6 : { tl: 6, tr: 6, bl: 0, br: 0 };
  g.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, r);
}
