/**
 * The posture rail on the canvas: a vertical line with one node per level at the height of its
 * list item, the current node marked by a larger ring and a pointer, and an amber fill from the
 * current node towards the next showing how close the next shift is.
 */
import type Phaser from 'phaser';
import type { Rect } from '../chart/chart-scale';

/** Draws the rail. `nodeYs` are page y centres, top (highest level) first; `currentIndex` indexes them. */
export function drawPostureRail(
  g: Phaser.GameObjects.Graphics,
  rect: Rect,
  nodeYs: readonly number[],
  currentIndex: number,
  fractionToNext: number,
): void {
  if (nodeYs.length === 0) return;
  const x = rect.x + rect.width / 2;
  const top = nodeYs[0]!;
  const bottom = nodeYs[nodeYs.length - 1]!;
  g.lineStyle(4, 0x34507c, 1);
  g.lineBetween(x, top, x, bottom);
  const cur = nodeYs[currentIndex];
  const next = nodeYs[currentIndex - 1];
  if (cur !== undefined) {
    g.lineStyle(4, 0x4fbfa5, 1);
    g.lineBetween(x, cur, x, bottom);
    if (next !== undefined && fractionToNext > 0) {
      g.lineStyle(4, 0xe0a526, 1);
      g.lineBetween(x, cur, x, cur + (next - cur) * Math.min(1, fractionToNext));
    }
  }
  nodeYs.forEach((y, i) => {
    const isCurrent = i === currentIndex;
    const reached = i >= currentIndex;
    g.fillStyle(reached ? 0x4fbfa5 : 0x0f1b2d, 1);
    g.fillCircle(x, y, isCurrent ? 9 : 6);
    g.lineStyle(2, isCurrent ? 0xe0a526 : reached ? 0x4fbfa5 : 0x8fa3bd, 1);
    g.strokeCircle(x, y, isCurrent ? 11 : 6);
  });
  if (cur !== undefined) {
    g.fillStyle(0xe0a526, 1);
    g.fillTriangle(rect.x - 2, cur - 7, rect.x - 2, cur + 7, rect.x + 6, cur);
  }
}
