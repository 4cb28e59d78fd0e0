/**
 * How each team's line looks on the comparison charts: a colour, a dash pattern and a point
 * marker, all three different from one team to the next, so teams stay apart in greyscale and
 * for colour-blind readers; each line also carries its team's name at its end.
 */
import { chartPoints } from '../chart/chart-model';
import type { CanvasLine, Marker } from '../review/canvas-chart';

interface TeamStyle {
  readonly colour: string;
  readonly dash: readonly number[];
  readonly marker: Marker;
}

/** Six styles; a seventh team starts over with the first colour and a new pairing. */
export const TEAM_STYLES: readonly TeamStyle[] = [
  { colour: '#f2f5f9', dash: [], marker: 'circle' },
  { colour: '#e0a526', dash: [10, 5], marker: 'square' },
  { colour: '#7fb2ec', dash: [3, 4], marker: 'triangle' },
  { colour: '#4fbfa5', dash: [14, 4, 3, 4], marker: 'diamond' },
  { colour: '#d99be8', dash: [6, 3], marker: 'circle' },
  { colour: '#f08a7e', dash: [2, 2], marker: 'square' },
];

/** The line of the team at `position` (its place among the overlaid teams). */
export function teamLine(position: number, label: string, values: readonly (number | null)[]): CanvasLine {
  const style = TEAM_STYLES[position % TEAM_STYLES.length]!;
  const points = chartPoints(values);
  return {
    label,
    points,
    colour: style.colour,
    width: 3,
    dash: style.dash,
    marker: style.marker,
    endLabel: true,
  };
}
