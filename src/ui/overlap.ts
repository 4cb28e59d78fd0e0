/** Greedy label placement: keep boxes in priority order, dropping any that overlaps one already kept. */

/** An axis-aligned box, px. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** True when two boxes overlap by more than `margin` px on both axes. */
export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return (
    a.left < b.right - margin &&
    b.left < a.right - margin &&
    a.top < b.bottom - margin &&
    b.top < a.bottom - margin
  );
}

/** Indices of the boxes to keep, in input (priority) order; boxes outside `bounds` are dropped too. */
export function keepNonOverlapping(boxes: readonly Box[], bounds?: Box): number[] {
  const kept: number[] = [];
  boxes.forEach((box, i) => {
    if (
      bounds &&
      (box.left < bounds.left ||
        box.top < bounds.top ||
        box.right > bounds.right ||
        box.bottom > bounds.bottom)
    )
      return;
    if (kept.every((k) => !boxesOverlap(box, boxes[k]!, 1))) kept.push(i);
  });
  return kept;
}
