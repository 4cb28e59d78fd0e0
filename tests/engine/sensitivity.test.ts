/** Sensitivity: expanded aid brings the posture shift forward; the United States stopping restores Russia's advantage. */
import { describe, expect, it } from 'vitest';
import { firstPostureShift, firstQuarter, params, POLICIES, run, SEEDS, series } from './helpers';

const p = params('baseline-2025');
const quarterIndex = (label: string): number => {
  const [year, q] = label.split('-Q').map(Number);
  return label === 'never' ? Infinity : (year! - 2025) * 4 + q! - 1;
};

describe('expanded aid (€15 bn, sanctions 2)', () => {
  it.each(SEEDS)(
    'shifts the posture at least a quarter earlier than the status quo, within 2025 or Q1 2026 — seed %i',
    (seed) => {
      const expanded = firstPostureShift(
        run(p, POLICIES.expanded.aid, POLICIES.expanded.sanctions, 12, seed),
      );
      const statusQuo = firstPostureShift(
        run(p, POLICIES.statusQuo.aid, POLICIES.statusQuo.sanctions, 12, seed),
      );
      expect(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']).toContain(expanded);
      expect(quarterIndex(expanded), `expanded ${expanded}, status quo ${statusQuo}`).toBeLessThanOrEqual(
        quarterIndex(statusQuo) - 1,
      );
    },
  );
});

describe('the United States stops (aid €5.5 bn)', () => {
  const runs = SEEDS.map((seed) => ({
    seed,
    reports: run(p, POLICIES.usStops.aid, POLICIES.usStops.sanctions, 12, seed),
  }));

  it.each(runs)(
    'brings the fire ratio back to 3:1 or worse within three quarters — seed $seed',
    ({ reports }) => {
      const when = firstQuarter(reports, (i) => i.fireRatio >= 3);
      expect(['2025-Q1', '2025-Q2', '2025-Q3'], JSON.stringify(series(reports, 'fireRatio', 2))).toContain(
        when,
      );
    },
  );

  it.each(runs)(
    'lets Russian gains reach 1,500 km² a quarter or more within three quarters — seed $seed',
    ({ reports }) => {
      const when = firstQuarter(reports, (i) => i.territoryGainedKm2 >= 1500);
      expect(
        ['2025-Q1', '2025-Q2', '2025-Q3'],
        JSON.stringify(series(reports, 'territoryGainedKm2')),
      ).toContain(when);
    },
  );

  it.each(runs)('keeps the posture maximalist through 2026 — seed $seed', ({ reports }) => {
    const postures = reports.slice(0, 8).map((r) => r.indicators.posture);
    expect(postures).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
