/**
 * Golden tables: rounded outcomes over a grid of aid and sanctions for each scenario. A refactor
 * leaves them untouched; a balance change shows up as a reviewable diff of numbers
 * (update with `npx vitest run tests/engine/golden.test.ts -u` and review the diff).
 */
import { describe, expect, it } from 'vitest';
import type { TurnReport } from '../../src/engine';
import { BUNDLED_SCENARIO_IDS } from '../../src/scenario';
import { firstPostureShift, firstQuarter, params, run } from './helpers';

const AID = [0, 5.5, 10.4, 15, 25] as const;
const SANCTIONS = [0, 1, 2, 3, 4] as const;

/** The rounded outcome of one cell of the grid. */
function outcome(reports: readonly TurnReport[]): Record<string, string | number> {
  const end2025 = reports[3]!.indicators;
  const last = reports[reports.length - 1]!.indicators;
  return {
    firstShift: firstPostureShift(reports),
    finalPosture: last.posture,
    nwfGone: firstQuarter(reports, (i) => i.nwfLiquidTrnRub < 1),
    tanksStorageEnd2025: Math.round(end2025.tanksStorageRestorable),
    fireRatioEnd2025: Math.round(end2025.fireRatio * 100) / 100,
    km2Gained: Math.round(reports.reduce((s, r) => s + r.indicators.territoryGainedKm2, 0) / 100) * 100,
    cohesionEnd: Math.round(last.westernCohesion),
    collapse: firstQuarter(reports, (i) => i.westernCohesion <= 0),
  };
}

describe.each(BUNDLED_SCENARIO_IDS)('golden table for %s', (id) => {
  it('matches the committed grid of outcomes (seed 7, 12 quarters)', async () => {
    const p = params(id);
    const rows: Record<string, Record<string, string | number>> = {};
    for (const aid of AID)
      for (const s of SANCTIONS) rows[`aid ${aid} / sanctions ${s}`] = outcome(run(p, aid, s, 12, 7));
    await expect(JSON.stringify(rows, null, 2) + '\n').toMatchFileSnapshot(`./golden/${id}.json`);
  });
});
