/**
 * Scenarios that extend another: overrides deep-merge into the base (objects by key; lists,
 * sourced values and tables whole), the extending file keeps its own metadata, and mistakes in
 * overrides are reported under `overrides.` in the extending file.
 */
import { describe, expect, it } from 'vitest';
import { bundledSources, mergeOverrides, parseScenario } from '../../src/scenario';
import { baselineDocument, errorLines, extending, fixture, parse, parseText } from './helpers';

const borrowing = { value: 1.3, unit: 'trillion RUB/quarter', source: ['E30'] };

describe('mergeOverrides', () => {
  it('merges objects by key and keeps what the overrides do not mention', () => {
    const merged = mergeOverrides({ a: { x: 1, y: 2 }, b: 3 }, { a: { y: 5 } });
    expect(merged).toEqual({ a: { x: 1, y: 5 }, b: 3 });
  });

  it('replaces lists, sourced values and tables whole', () => {
    const base = {
      list: [1, 2, 3],
      figure: { value: 1, unit: 'u', source: ['E1'], note: 'old' },
      curve: { points: [[0, 1]], xUnit: 'x', yUnit: 'y', choice: 'old' },
    };
    const overrides = {
      list: [9],
      figure: { value: 2, unit: 'u', choice: 'new' },
      curve: { points: [[0, 2]], xUnit: 'x', yUnit: 'y', choice: 'new' },
    };
    expect(mergeOverrides(base, overrides)).toEqual(overrides);
  });

  it('changes neither input', () => {
    const base = { a: { x: 1 } };
    const overrides = { a: { x: 2 } };
    mergeOverrides(base, overrides);
    expect(base).toEqual({ a: { x: 1 } });
    expect(overrides).toEqual({ a: { x: 2 } });
  });
});

describe('loading an extending scenario', () => {
  it('builds the base parameters with the overrides and its own metadata', () => {
    const result = parse(
      extending('baseline-2025', { economy: { netBorrowingCapTrnRubPerQuarter: borrowing } }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('test-variant');
    expect(result.scenario.params.id).toBe('test-variant');
    expect(result.scenario.params.economy.netBorrowingCapTrnRubPerQuarter).toBe(1.3);
    expect(result.scenario.params.economy.gdpTrnRubPerYear).toBe(217);
  });

  it('can extend a scenario that itself extends another', () => {
    const result = parse(extending('observed-2025', { start: { year: 2026 } }));
    expect(result.ok && result.scenario.params.startYear).toBe(2026);
    expect(result.ok && result.scenario.params.economy.netBorrowingCapTrnRubPerQuarter).toBe(1.3);
  });

  it('reports a misspelt override under overrides, in the extending file', () => {
    expect(errorLines(parseText(fixture('override-typo.json'), 'override-typo.json'))).toEqual([
      'override-typo.json: overrides.economy.netBorowingCapTrnRubPerQuarter: unknown field "netBorowingCapTrnRubPerQuarter" (a typo?)',
    ]);
  });

  it('reports a bad overriding value and an unknown source under overrides', () => {
    const wrongType = extending('baseline-2025', {
      economy: { gdpTrnRubPerYear: { ...borrowing, value: 'x' } },
    });
    expect(errorLines(parse(wrongType, 'v.json'))).toEqual([
      'v.json: overrides.economy.gdpTrnRubPerYear.value: expected a number, got a string',
    ]);
    const unknownSource = extending('baseline-2025', {
      economy: { gdpTrnRubPerYear: { ...borrowing, source: ['Z1'] } },
    });
    expect(errorLines(parse(unknownSource, 'v.json'))).toEqual([
      'v.json: overrides.economy.gdpTrnRubPerYear.source[0]: unknown source "Z1"',
    ]);
  });

  it('checks rules that span the base and the overrides on the merged document', () => {
    const levels = (baselineDocument()['posture'] as { levels: unknown[] }).levels.slice(0, 3);
    expect(errorLines(parse(extending('baseline-2025', { posture: { levels } }), 'v.json'))).toEqual([
      'v.json: negotiation.toleranceByPosture.value: needs one entry per posture level (3), got 4',
    ]);
  });

  it('refuses an unknown base, a loop of bases, and a base it cannot look up', () => {
    expect(errorLines(parse(extending('nope', {}), 'v.json'))).toEqual([
      'v.json: extends: unknown base scenario "nope"',
    ]);
    expect(errorLines(parse(extending('test-variant', {}), 'v.json'))).toEqual([
      'v.json: extends: circular: test-variant extends test-variant',
    ]);
    const alone = parseScenario(extending('baseline-2025', {}), {
      file: 'v.json',
      sources: bundledSources(),
    });
    expect(errorLines(alone)).toEqual(['v.json: extends: unknown base scenario "baseline-2025"']);
  });

  it('reports errors in the base scenario against the base', () => {
    const broken = { ...baselineDocument(), horizonQuarters: 12 };
    const result = parseScenario(extending('broken', {}), {
      file: 'v.json',
      sources: bundledSources(),
      resolveBase: (id) => (id === 'broken' ? broken : undefined),
    });
    expect(errorLines(result)).toEqual([
      'broken (base of v.json): horizonQuarters: expected a sourced value { value, unit, source or choice }, got a number',
    ]);
  });
});
