/**
 * Where the map's names go: each name tries its own side of its dot first, then the other three,
 * and takes the first spot that stays inside the map and clears every name already placed and
 * every city dot. A city whose name finds no spot is left out, dot and all, so the map never shows
 * a dot without a name. Pure: sizes and positions in, chosen spots out.
 */
import type { Box } from '../overlap';
import { boxesOverlap } from '../overlap';

/** A point, px. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One name to place, in priority order: its size and the top-left corners it may take. */
export interface LabelToPlace {
  readonly width: number;
  readonly height: number;
  /** Top-left corners to try, best first. */
  readonly spots: readonly Point[];
  /** The city dot it names, or null for countries and seas. */
  readonly dot: Point | null;
}

/** Half the side of the square kept clear around a city dot, px. */
export const DOT_CLEARANCE_PX = 4;

/** Which side of the dot a city's name sits on. */
export type LabelSide = 'left' | 'right' | 'above' | 'below';

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below'];

/** The top-left corner of a w × h name on one side of a dot, `gap` px away; pure. */
export function spotBeside(dot: Point, side: LabelSide, w: number, h: number, gap: number): Point {
  switch (side) {
    case 'right':
      return { x: dot.x + gap, y: dot.y - h / 2 };
    case 'left':
      return { x: dot.x - gap - w, y: dot.y - h / 2 };
    case 'above':
      return { x: dot.x - w / 2, y: dot.y - gap - h };
    case 'below':
      return { x: dot.x - w / 2, y: dot.y + gap };
  }
}

/** The four spots around a dot, the preferred side first; pure. */
export function spotsAround(dot: Point, preferred: LabelSide, w: number, h: number, gap: number): Point[] {
  return [preferred, ...SIDES.filter((s) => s !== preferred)].map((s) => spotBeside(dot, s, w, h, gap));
}

function boxAt(p: Point, w: number, h: number): Box {
  return { left: p.x, top: p.y, right: p.x + w, bottom: p.y + h };
}

function inside(b: Box, bounds: Box): boolean {
  return b.left >= bounds.left && b.top >= bounds.top && b.right <= bounds.right && b.bottom <= bounds.bottom;
}

/**
 * The spot each label takes (an index into its `spots`), or null when none fits; labels earlier in
 * the list win. A spot must stay inside `bounds` and clear every label placed before it and their
 * dots; a city whose own dot lies under a name placed before it is left out.
 */
export function placeLabels(labels: readonly LabelToPlace[], bounds: Box): (number | null)[] {
  const c = DOT_CLEARANCE_PX;
  const placed: Box[] = [];
  return labels.map((label) => {
    const dot = label.dot
      ? { left: label.dot.x - c, top: label.dot.y - c, right: label.dot.x + c, bottom: label.dot.y + c }
      : null;
    if (dot && placed.some((p) => boxesOverlap(dot, p))) return null;
    const index = label.spots.findIndex((spot) => {
      const box = boxAt(spot, label.width, label.height);
      return inside(box, bounds) && placed.every((p) => !boxesOverlap(box, p, 1));
    });
    if (index < 0) return null;
    placed.push(boxAt(label.spots[index]!, label.width, label.height));
    if (dot) placed.push(dot);
    return index;
  });
}
