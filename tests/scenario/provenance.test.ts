/**
 * Provenance: every sourced value and table of a scenario, keyed by its ScenarioParams path, so
 * the game can show the unit and the sources of any number the engine reads.
 */
import { describe, expect, it } from 'vitest';
import { collectProvenance, getBundledScenario, readParamPath } from '../../src/scenario';

const scenario = getBundledScenario('baseline-2025');

describe('collectProvenance', () => {
  it('keys values by their parameter path, lists by index', () => {
    expect(scenario.provenance['economy.netBorrowingCapTrnRubPerQuarter']).toMatchObject({
      unit: 'trillion RUB/quarter',
      sources: ['[43]', 'E29', 'E30'],
      range: [0.1, 1.5],
    });
    expect(scenario.provenance['policy.sanctionsLevels.2.discountFloorUsdPerBbl']).toEqual({
      unit: 'USD/bbl',
      sources: ['E22'],
      choice: 'Holds the Jan 2025 discount with renewed listings.',
    });
    expect(scenario.provenance['posture.thresholds.0.conditions.0.start']).toEqual({
      unit: 'trillion RUB',
      sources: ['[43]'],
    });
  });

  it('gives a pure modelling choice no sources and a table both its units', () => {
    expect(scenario.provenance['initial.westernCohesion']?.sources).toEqual([]);
    expect(scenario.provenance['initial.westernCohesion']?.choice).toMatch(/Political will/);
    expect(scenario.provenance['equipment.tankUseByStockFraction']?.unit).toBe(
      'tank use (0–1) by (fielded + restorable storage) ÷ start',
    );
  });

  it('has an entry for every path, and every path names a number or table the engine reads', () => {
    for (const path of Object.keys(scenario.provenance)) {
      expect({ path, found: readParamPath(scenario.params, path) !== undefined }).toEqual({
        path,
        found: true,
      });
    }
    expect(Object.keys(scenario.provenance).length).toBeGreaterThan(250);
  });

  it('maps the document start to startYear and startQuarter', () => {
    const provenance = collectProvenance({
      start: {
        year: { value: 2025, unit: 'year', choice: 'c' },
        quarter: { value: 1, unit: 'quarter', choice: 'c' },
      },
    });
    expect(Object.keys(provenance)).toEqual(['startYear', 'startQuarter']);
  });
});
