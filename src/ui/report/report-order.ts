/**
 * Which of a quarter's events lead the report: the most severe first, and among equals the turning
 * points (an ending, a posture shift, a pressure crossed, a Kremlin decision) before the routine.
 */
import type { EventCategory, ReportEvent } from '../../engine';

const SEVERITY: Readonly<Record<ReportEvent['severity'], number>> = { critical: 0, warning: 1, info: 2 };

const CATEGORY: Readonly<Record<EventCategory, number>> = {
  outcome: 0,
  posture: 1,
  threshold: 2,
  kremlin: 3,
  battlefield: 4,
  manpower: 5,
  economy: 6,
  equipment: 7,
  ammunition: 8,
  west: 9,
};

/** The events in reading order; stable for equal ranks (the engine's order breaks ties). */
export function rankEvents(events: readonly ReportEvent[]): ReportEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        SEVERITY[a.e.severity] - SEVERITY[b.e.severity] ||
        CATEGORY[a.e.category] - CATEGORY[b.e.category] ||
        a.i - b.i,
    )
    .map((x) => x.e);
}

/** The lead event and up to `max` news items after it (all of them when there are fewer). */
export function pickReportItems(
  events: readonly ReportEvent[],
  max = 6,
): { lead: ReportEvent | null; items: ReportEvent[] } {
  const ranked = rankEvents(events);
  return { lead: ranked[0] ?? null, items: ranked.slice(1, 1 + max) };
}

/** True for the events the report highlights: posture shifts and pressures crossed. */
export function isTurningPoint(e: ReportEvent): boolean {
  return e.category === 'posture' || e.category === 'threshold' || e.category === 'outcome';
}
