/**
 * scenarios/assumptions.json and applyAssumptions: the file validates, every option overrides a
 * real number or table of every bundled scenario with a value inside the assumption's range, the
 * central options are the baseline's own values, and applying choices is pure, cites the option's
 * sources and ignores unknown ids with a clear message.
 */
import { describe, expect, it } from 'vitest';
import file from '../../scenarios/assumptions.json';
import {
  ASSUMPTION_PRESETS,
  ASSUMPTIONS,
  applyAssumptions,
  assumptionChoiceProblems,
  bundledSources,
  describeAssumptionChoices,
  formatScenarioErrors,
  getBundledScenario,
  listBundledScenarios,
  paramPathProblem,
  parseAssumptions,
} from '../../src/scenario';

const baseline = getBundledScenario('baseline-2025');
/** Every assumption set to its central option. */
const centralChoices = Object.fromEntries(ASSUMPTIONS.map((a) => [a.id, a.centralOption]));

describe('scenarios/assumptions.json', () => {
  it('validates, with the six disputed figures of the model reference and Putin’s confidence', () => {
    const result = parseAssumptions(file, 'assumptions.json');
    expect(result.ok ? [] : formatScenarioErrors(result.errors)).toEqual([]);
    expect(ASSUMPTIONS.map((a) => a.id)).toEqual([
      'tank-production',
      'loss-counts',
      'casualty-rate',
      'real-inflation',
      'north-korean-duds',
      'aid-pressure',
      'putin-confidence',
    ]);
  });

  it('cites only keys of the bibliography', () => {
    const sources = bundledSources();
    const cited = ASSUMPTIONS.flatMap((a) => [...a.sources, ...a.options.flatMap((o) => o.sources)]);
    expect(cited.filter((key) => !Object.hasOwn(sources, key))).toEqual([]);
  });

  it.each(listBundledScenarios().map((s) => [s.id, s] as const))(
    'overrides only numbers and tables that exist in %s',
    (_id, scenario) => {
      const problems = ASSUMPTIONS.flatMap((a) =>
        a.options.flatMap((o) =>
          Object.entries(o.overrides).flatMap(([path, value]) => {
            const problem = paramPathProblem(scenario.params, path, value);
            return problem ? [`${a.id}/${o.id}: ${problem}`] : [];
          }),
        ),
      );
      expect(problems).toEqual([]);
    },
  );

  it('keeps every option inside its assumption’s range', () => {
    const outside = ASSUMPTIONS.flatMap((a) =>
      a.options.flatMap((o) =>
        Object.values(o.overrides)
          .filter((v): v is number => typeof v === 'number' && (v < a.range[0] || v > a.range[1]))
          .map((v) => `${a.id}/${o.id}: ${v}`),
      ),
    );
    expect(outside).toEqual([]);
  });

  it("makes the central options the baseline's own values", () => {
    expect(applyAssumptions(baseline, centralChoices).params).toEqual(baseline.params);
  });

  it('has the three presets, each naming only assumptions and options that exist', () => {
    expect(ASSUMPTION_PRESETS.map((p) => p.name)).toEqual([
      'Russia more resilient',
      "The report's central view",
      'Russia more fragile',
    ]);
    expect(ASSUMPTION_PRESETS.flatMap((p) => assumptionChoiceProblems(p.choices))).toEqual([]);
  });

  it('names a preset that points at an unknown option', () => {
    const broken = structuredClone<typeof file>(file);
    broken.presets[0]!.choices['tank-production'] = 'janes';
    const result = parseAssumptions(broken, 'a.json');
    expect(result.ok ? [] : formatScenarioErrors(result.errors).split('\n')).toEqual([
      'a.json: presets[0].choices.tank-production: unknown option "janes" (options: iiss, central, economist)',
    ]);
  });

  it('names a central option that is not one of the options', () => {
    const broken = structuredClone<typeof file>(file);
    broken.assumptions[0]!.centralOption = 'median';
    const result = parseAssumptions(broken, 'a.json');
    expect(result.ok ? [] : formatScenarioErrors(result.errors).split('\n')).toEqual([
      'a.json: assumptions[0].centralOption: names no option of this assumption (options: iiss, central, economist)',
    ]);
  });
});

describe('applyAssumptions', () => {
  it.each(listBundledScenarios().map((s) => [s.id, s] as const))(
    "the report's central view leaves %s's parameters as they are",
    (_id, scenario) => {
      const central = ASSUMPTION_PRESETS.find((p) => p.id === 'central')!;
      expect(applyAssumptions(scenario, central.choices).params).toEqual(scenario.params);
    },
  );

  it('sets the chosen values, cites the option, and changes neither input', () => {
    const before = structuredClone(baseline.params);
    const choices = { 'loss-counts': 'general-staff' };
    const result = applyAssumptions(baseline, choices);
    expect(result.params.equipment.tankLossBasePerQuarter).toBe(922);
    expect(result.params.equipment.ifvApcLossBasePerQuarter).toBe(2239);
    expect(result.provenance['equipment.tankLossBasePerQuarter']).toMatchObject({
      unit: 'tanks/quarter',
      sources: ['[2]'],
      range: [216, 922],
    });
    expect(baseline.params).toEqual(before);
    expect(choices).toEqual({ 'loss-counts': 'general-staff' });
  });

  it('overrides a scenario’s own value too: the surge’s dud rate back to the reported half', () => {
    const surge = getBundledScenario('north-korean-surge');
    expect(surge.params.ammunition.northKoreaDudFraction).toBe(0.35);
    const result = applyAssumptions(surge, { 'north-korean-duds': 'half' });
    expect(result.params.ammunition.northKoreaDudFraction).toBe(0.5);
  });

  it('ignores unknown ids and says why', () => {
    const choices = { 'tank-count': 'iiss', 'casualty-rate': 'record' };
    expect(applyAssumptions(baseline, choices)).toBe(baseline);
    expect(assumptionChoiceProblems(choices)).toEqual([
      'Unknown assumption "tank-count" (ignored). Known: tank-production, loss-counts, casualty-rate, real-inflation, north-korean-duds, aid-pressure, putin-confidence.',
      'Unknown option "record" for "casualty-rate" (ignored). Options: average-2024, central, winter-pace.',
    ]);
  });
});

describe('describeAssumptionChoices', () => {
  it('describes each known choice in the panel’s order, with its sources', () => {
    const lines = describeAssumptionChoices({
      'real-inflation': 'twenty',
      'tank-production': 'iiss',
      x: 'y',
    });
    expect(lines.map((l) => l.text)).toEqual([
      'New tank production: IISS: 60–90 a year (15 a quarter)',
      'Real inflation: About 20%: twice the official rate',
    ]);
    expect(lines[1]?.sources).toEqual(['[48]']);
  });

  it('is empty for the scenario’s own values', () => {
    expect(describeAssumptionChoices({})).toEqual([]);
  });
});
