/** The observed-2025 scenario reproduces what was seen in 2025 (model reference E29, E32, §2.8). */
import { describe, expect, it } from 'vitest';
import { params, POLICIES, run, SEEDS, series } from './helpers';

const p = params('observed-2025');

describe('observed-2025 under the status quo', () => {
  const runs = SEEDS.map((seed) => ({
    seed,
    reports: run(p, POLICIES.statusQuo.aid, POLICIES.statusQuo.sanctions, 4, seed),
  }));

  it.each(runs)(
    'ends 2025 with liquid NWF well above zero (4.2 trn observed, E29) — seed $seed',
    ({ reports }) => {
      expect(reports[3]!.indicators.nwfLiquidTrnRub).toBeGreaterThan(2.5);
    },
  );

  it.each(runs)(
    'ends 2025 with inflation falling (5.6 % observed in December, E32) — seed $seed',
    ({ reports }) => {
      const cpi = reports.map((r) => r.indicators.inflationPct);
      expect(cpi[3], JSON.stringify(series(reports, 'inflationPct', 1))).toBeLessThan(cpi[0]!);
      expect(cpi[3]).toBeLessThan(8);
    },
  );

  it.each(runs)(
    'shows the armour-starved regime: H2 2025 tank losses under half the 2024 rate (§2.8) — seed $seed',
    ({ reports }) => {
      const h2 = (reports[2]!.indicators.tankLosses + reports[3]!.indicators.tankLosses) / 2;
      const rate2024 = p.equipment.tankLossBasePerQuarter;
      expect(h2, JSON.stringify(series(reports, 'tankLosses'))).toBeLessThan(rate2024 / 2);
    },
  );
});
