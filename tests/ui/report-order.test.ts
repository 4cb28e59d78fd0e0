import { describe, expect, it } from 'vitest';
import type { ReportEvent } from '../../src/engine';
import { pickReportItems, rankEvents } from '../../src/ui/report/report-order';

const ev = (
  code: string,
  category: ReportEvent['category'],
  severity: ReportEvent['severity'] = 'info',
): ReportEvent => ({
  code,
  category,
  severity,
  values: {},
  causes: [],
  sources: [],
});

describe('rankEvents', () => {
  it('puts severe events first, then turning points, then the battlefield before the economy', () => {
    const ranked = rankEvents([
      ev('econ', 'economy'),
      ev('front', 'battlefield'),
      ev('shift', 'posture'),
      ev('alarm', 'west', 'critical'),
    ]);
    expect(ranked.map((e) => e.code)).toEqual(['alarm', 'shift', 'front', 'econ']);
  });
});

describe('pickReportItems', () => {
  it('leads with the top event and lists at most six more', () => {
    const events = Array.from({ length: 9 }, (_, i) => ev(`e${i}`, 'economy'));
    const { lead, items } = pickReportItems(events);
    expect(lead?.code).toBe('e0');
    expect(items.map((e) => e.code)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  });
  it('has no lead for a quarter without events', () => {
    expect(pickReportItems([])).toEqual({ lead: null, items: [] });
  });
});
