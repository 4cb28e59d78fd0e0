/** Where a DOM slot is on the canvas: scenes draw in CSS pixels (src/scenes/canvas/device-pixels.ts), so page rect = drawing rect. */
import type { Rect } from '../../ui/chart/chart-scale';

/** The slot's rectangle in canvas coordinates (CSS pixels). */
export function rectOf(node: Element): Rect {
  const r = node.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}
