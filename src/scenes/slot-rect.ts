/** Where a DOM slot is on the canvas: the canvas covers the viewport at 1:1, so page rect = canvas rect. */
import type { Rect } from '../ui/chart/chart-scale';

/** The slot's rectangle in canvas coordinates (CSS pixels). */
export function rectOf(node: Element): Rect {
  const r = node.getBoundingClientRect();
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}
