/**
 * What an author sees for each kind of mistake in a scenario file: one line per problem, naming
 * the file, the dotted field path and what was expected, in plain words.
 */
import { describe, expect, it } from 'vitest';
import {
  baselineDocument,
  baselineWith,
  baselineWithout,
  errorLines,
  fixture,
  parse,
  parseText,
} from './helpers';

const FILE = 'baseline-2025.json';

describe('errors in a scenario document', () => {
  it('names the file, the field and the expected type when a value has the wrong type', () => {
    expect(errorLines(parse(baselineWith('economy.gdpTrnRubPerYear.value', '217')))).toEqual([
      `${FILE}: economy.gdpTrnRubPerYear.value: expected a number, got a string`,
    ]);
  });

  it('says a field is missing and what it should have been', () => {
    expect(errorLines(parse(baselineWithout('initial.tempo')))).toEqual([
      `${FILE}: initial.tempo: missing (expected a sourced value { value, unit, source or choice })`,
    ]);
    expect(errorLines(parse(baselineWithout('economy.gdpTrnRubPerYear.unit')))).toEqual([
      `${FILE}: economy.gdpTrnRubPerYear.unit: missing (expected a string)`,
    ]);
  });

  it('flags an unknown field as a possible typo', () => {
    expect(errorLines(parse(baselineWith('policy.foo', 1)))).toEqual([
      `${FILE}: policy.foo: unknown field "foo" (a typo?)`,
    ]);
  });

  it('asks for a source or a modelling choice on every figure', () => {
    expect(errorLines(parse(baselineWithout('economy.gdpTrnRubPerYear.source')))).toEqual([
      `${FILE}: economy.gdpTrnRubPerYear: needs "source" or "choice"`,
    ]);
  });

  it('names a source key that is not in the bibliography', () => {
    expect(errorLines(parse(baselineWith('initial.cpiPct.source', ['[53]', '[99]'])))).toEqual([
      `${FILE}: initial.cpiPct.source[1]: unknown source "[99]"`,
    ]);
    expect(errorLines(parse(baselineWith('posture.thresholds.0.sources', ['E999'])))).toEqual([
      `${FILE}: posture.thresholds[0].sources[0]: unknown source "E999"`,
    ]);
  });

  it('shows where a table stops increasing', () => {
    const points = [
      [0, 0.22],
      [0.7, 0.62],
      [0.7, 0.7],
      [1, 1],
    ];
    expect(errorLines(parse(baselineWith('equipment.tankUseByStockFraction.points', points)))).toEqual([
      `${FILE}: equipment.tankUseByStockFraction.points: x values must increase (0.7 after 0.7)`,
    ]);
  });

  it('rejects an empty table and a term without options', () => {
    expect(errorLines(parse(baselineWith('economy.brentUsdByQuarter.points', [])))).toEqual([
      `${FILE}: economy.brentUsdByQuarter.points: must have at least 1 entry, got 0`,
    ]);
    expect(errorLines(parse(baselineWith('negotiation.terms.0.options', [])))).toEqual([
      `${FILE}: negotiation.terms[0].options: must have at least 1 entry, got 0`,
    ]);
  });

  it('reports every problem at once, one line each', () => {
    const doc = baselineWith('policy.foo', 1);
    (doc['economy'] as Record<string, { value: unknown }>)['gdpTrnRubPerYear']!.value = 'x';
    expect(errorLines(parse(doc))).toHaveLength(2);
  });
});

describe('rules that span fields', () => {
  it('wants sanctions and posture levels numbered 0, 1, 2 … in order', () => {
    expect(errorLines(parse(baselineWith('policy.sanctionsLevels.2.level', 3)))).toEqual([
      `${FILE}: policy.sanctionsLevels[2].level: expected level 2 (levels count 0, 1, 2 … in order), got 3`,
    ]);
    expect(errorLines(parse(baselineWith('posture.levels.1.level', 0)))).toEqual([
      `${FILE}: posture.levels[1].level: expected level 1 (levels count 0, 1, 2 … in order), got 0`,
    ]);
  });

  it('wants unique threshold ids', () => {
    expect(errorLines(parse(baselineWith('posture.thresholds.1.id', 'T1')))).toEqual([
      `${FILE}: posture.thresholds[1].id: duplicate threshold id "T1" (also at index 0)`,
    ]);
  });

  it('accepts only indicator names as threshold metrics', () => {
    expect(errorLines(parse(baselineWith('posture.thresholds.0.conditions.0.metric', 'nwfLiquid')))).toEqual([
      `${FILE}: posture.thresholds[0].conditions[0].metric: unknown indicator "nwfLiquid" (expected an Indicators field such as "nwfLiquidTrnRub")`,
    ]);
  });

  it('wants one negotiation tolerance per posture level', () => {
    const doc = baselineDocument();
    const posture = doc['posture'] as { levels: unknown[] };
    posture.levels.pop();
    expect(errorLines(parse(doc))).toEqual([
      `${FILE}: negotiation.toleranceByPosture.value: needs one entry per posture level (3), got 4`,
    ]);
  });

  it('wants non-negative aid delivery weights with a positive sum', () => {
    const weights = (value: number[]) => ({ value, unit: 'share', choice: 'test' });
    expect(errorLines(parse(baselineWith('ammunition.aidDeliveryWeights', weights([0.5, -0.1]))))).toEqual([
      `${FILE}: ammunition.aidDeliveryWeights.value[1]: must not be negative, got -0.1`,
    ]);
    expect(errorLines(parse(baselineWith('ammunition.aidDeliveryWeights', weights([0, 0]))))).toEqual([
      `${FILE}: ammunition.aidDeliveryWeights.value: weights must add up to more than 0`,
    ]);
  });

  it('bounds the parameters whose sign or range is physical', () => {
    const lines = (path: string, value: unknown) => errorLines(parse(baselineWith(path, value)));
    expect(lines('economy.netBorrowingCapTrnRubPerQuarter.value', -1_000_000)).toEqual([
      `${FILE}: economy.netBorrowingCapTrnRubPerQuarter.value: must not be negative, got -1000000`,
    ]);
    expect(lines('manpower.recruitDecayPerQuarter.value', 2)).toEqual([
      `${FILE}: manpower.recruitDecayPerQuarter.value: must be at most 1, got 2`,
    ]);
    expect(lines('economy.gdpTrnRubPerYear.value', 0)).toEqual([
      `${FILE}: economy.gdpTrnRubPerYear.value: must be more than 0, got 0`,
    ]);
    expect(lines('initial.occupiedKm2.value', 700_000)).toEqual([
      `${FILE}: initial.occupiedKm2.value: must be at most 603700, got 700000`,
    ]);
    expect(lines('kremlin.northKoreaSurgeQuarters.value', 1.5)).toEqual([
      `${FILE}: kremlin.northKoreaSurgeQuarters.value: expected a whole number, got 1.5`,
    ]);
    expect(
      lines('equipment.tankUseByStockFraction.points', [
        [0, 0.5],
        [1, 1.5],
      ]),
    ).toEqual([`${FILE}: equipment.tankUseByStockFraction.points[1][1]: must be at most 1, got 1.5`]);
  });

  it('wants lower bounds below upper ones, perceived inflation in range and some score weight', () => {
    const percent = (value: number) => ({ value, unit: '%', choice: 'test' });
    const doc = baselineDocument();
    const economy = doc['economy'] as Record<string, unknown>;
    economy['cpiMinPct'] = percent(70);
    economy['cpiMaxPct'] = percent(60);
    economy['keyRateMinPct'] = percent(30);
    economy['keyRateMaxPct'] = percent(20);
    economy['perceivedInflationMultiplier'] = { value: 4, unit: 'multiplier', choice: 'test' };
    const negotiation = doc['negotiation'] as Record<string, unknown>;
    for (const key of ['scoreWeightUs', 'scoreWeightUkraine', 'scoreWeightEurope'])
      negotiation[key] = { value: 0, unit: 'weight', choice: 'test' };
    expect(errorLines(parse(doc))).toEqual([
      `${FILE}: economy.cpiMinPct.value: must be at most economy.cpiMaxPct (60), got 70`,
      `${FILE}: economy.keyRateMinPct.value: must be at most economy.keyRateMaxPct (20), got 30`,
      `${FILE}: economy.perceivedInflationMultiplier.value: times economy.cpiMaxPct (60) must be at most 200 (the range of perceived inflation), got 240`,
      `${FILE}: negotiation.scoreWeightUs.value: the three score weights must add up to more than 0`,
    ]);
  });

  it('wants a whole horizon of at least one quarter and a start quarter 1–4', () => {
    expect(errorLines(parse(baselineWith('horizonQuarters.value', 0)))).toEqual([
      `${FILE}: horizonQuarters.value: must be at least 1, got 0`,
    ]);
    expect(errorLines(parse(baselineWith('horizonQuarters.value', 2.5)))).toEqual([
      `${FILE}: horizonQuarters.value: expected a whole number, got 2.5`,
    ]);
    expect(errorLines(parse(baselineWith('start.quarter', 5)))).toEqual([
      `${FILE}: start.quarter: must be at most 4, got 5`,
    ]);
  });
});

describe('errors in the file as a whole', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const lines = errorLines(parseText(fixture('syntax-error.txt'), 'syntax-error.json'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^syntax-error\.json: line 5, column 3: not valid JSON \(.+\)$/);
  });

  it('says so when the file is empty', () => {
    expect(errorLines(parseText('  \n'))).toEqual([
      'broken.json: the file is empty (expected a JSON object)',
    ]);
  });

  it('names the base scenario that an extending file asks for but does not exist', () => {
    expect(errorLines(parseText(fixture('extends-unknown-base.json'), 'unknown-base.json'))).toEqual([
      'unknown-base.json: extends: unknown base scenario "baseline-2024"',
    ]);
  });

  it('refuses a schema version it does not read, before anything else', () => {
    expect(errorLines(parse({ schemaVersion: 2, anything: true }))).toEqual([
      `${FILE}: schemaVersion: unsupported schema version 2: this game reads schemaVersion 1`,
    ]);
    expect(errorLines(parse(baselineWithout('schemaVersion')))).toEqual([
      `${FILE}: schemaVersion: missing (expected 1)`,
    ]);
  });

  it.each([
    [null, 'null'],
    [[], 'a list'],
    ['scenario', 'a string ("scenario")'],
    [42, '42'],
  ])('wants an object at the top level, not %j', (raw, got) => {
    expect(errorLines(parse(raw))).toEqual([
      `${FILE}: expected a scenario object { "schemaVersion": 1, … } at the top level, got ${got}`,
    ]);
  });
});
