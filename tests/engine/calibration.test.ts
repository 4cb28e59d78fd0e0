/**
 * Calibration to the report (status quo: aid €10.4 bn a quarter, sanctions level 1, Kremlin
 * rules on). Each claim must hold for every seed in SEEDS; failures print the series.
 */
import { describe, expect, it } from 'vitest';
import { firstPostureShift, firstQuarter, params, POLICIES, run, SEEDS, series } from './helpers';

const p = params('baseline-2025');
const runs = SEEDS.map((seed) => ({
  seed,
  reports: run(p, POLICIES.statusQuo.aid, POLICIES.statusQuo.sanctions, 12, seed),
}));

describe('the baseline reproduces the report’s forecasts', () => {
  it.each(runs)(
    'liquid NWF falls below 1 trn rubles in Q3 or Q4 2025 ([43] "Fall 2025") — seed $seed',
    ({ reports }) => {
      const when = firstQuarter(reports, (i) => i.nwfLiquidTrnRub < 1);
      expect(
        ['2025-Q3', '2025-Q4'],
        `NWF by quarter: ${JSON.stringify(series(reports, 'nwfLiquidTrnRub', 2))}`,
      ).toContain(when);
    },
  );

  it.each(runs)(
    'restorable tank storage falls below 500 between Q3 2025 and Q2 2026 and is gone by Q4 2026 ([12]) — seed $seed',
    ({ reports }) => {
      const below500 = firstQuarter(reports, (i) => i.tanksStorageRestorable < 500);
      const gone = firstQuarter(reports, (i) => i.tanksStorageRestorable < 1);
      const s = JSON.stringify(series(reports, 'tanksStorageRestorable'));
      expect(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'], s).toContain(below500);
      expect(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'], s).toContain(gone);
    },
  );

  it.each(runs)(
    'recruits stay below casualties in every quarter of 2025 ([26]-[31]) — seed $seed',
    ({ reports }) => {
      const year2025 = reports.slice(0, 4);
      const shortfalls = year2025.map((r) => r.indicators.casualties - r.indicators.recruits);
      expect(
        shortfalls.every((x) => x > 0),
        `casualties − recruits: ${shortfalls.map(Math.round).join(', ')}`,
      ).toBe(true);
    },
  );

  it.each(runs)(
    'tank losses per quarter at least halve between Q1 and Q4 2025 as armour is rationed ([13]-[16]) — seed $seed',
    ({ reports }) => {
      const q1 = reports[0]!.indicators.tankLosses;
      const q4 = reports[3]!.indicators.tankLosses;
      expect(q4, `Q1 ${Math.round(q1)}, Q4 ${Math.round(q4)}`).toBeLessThanOrEqual(q1 / 2);
    },
  );

  it.each(runs)('the fire ratio is below 1.5 by the end of 2025 ([20]) — seed $seed', ({ reports }) => {
    expect(reports[3]!.indicators.fireRatio).toBeLessThan(1.5);
  });

  it.each(runs)(
    'the posture stays maximalist through 2025 and first shifts in 2026 or 2027 (executive summary) — seed $seed',
    ({ reports }) => {
      const shift = firstPostureShift(reports);
      expect(shift, `posture by quarter: ${JSON.stringify(series(reports, 'posture'))}`).toMatch(
        /^202[67]-Q[1-4]$/,
      );
    },
  );
});
