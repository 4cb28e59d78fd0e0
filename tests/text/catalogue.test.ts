/**
 * The English catalogue against the engine and the scenario: every indicator has complete
 * metadata, every source key exists in the bibliography, and names shared with the scenario
 * (thresholds, posture levels) have not drifted apart.
 */
import { describe, expect, it } from 'vitest';
import { INDICATOR_RANGES, type IndicatorName } from '../../src/engine';
import { EN, INDICATOR_GROUPS, indicatorInfo } from '../../src/text';
import sourcesFile from '../../scenarios/sources.json';
import { BASELINE, statusQuoRun } from './engine-runs';

const sourceKeys = new Set(Object.keys(sourcesFile.sources));
const indicatorNames = Object.keys(INDICATOR_RANGES) as IndicatorName[];

describe('indicator metadata', () => {
  it('covers exactly the fields of the indicators the engine reports', () => {
    const reported = Object.keys(statusQuoRun().reports[0]!.indicators).sort();
    expect(Object.keys(EN.indicators).sort()).toEqual(reported);
    expect([...indicatorNames].sort()).toEqual(reported);
  });

  it.each(indicatorNames)('%s has a label, unit, group, digits, description and direction', (name) => {
    const info = indicatorInfo(name);
    expect(info.label.length).toBeGreaterThan(2);
    expect(typeof info.unit).toBe('string');
    expect(INDICATOR_GROUPS).toContain(info.group);
    expect(Number.isInteger(info.digits)).toBe(true);
    expect(info.digits).toBeGreaterThanOrEqual(0);
    expect(info.digits).toBeLessThanOrEqual(3);
    expect(info.description).toMatch(/^[A-Z].{30,}\.$/);
    expect(['up', 'down', 'none']).toContain(info.goodDirection);
    expect(info.sources.length).toBeGreaterThan(0);
  });

  it('cites only sources that exist in scenarios/sources.json', () => {
    const unknown = indicatorNames.flatMap((name) =>
      indicatorInfo(name)
        .sources.filter((key) => !sourceKeys.has(key))
        .map((key) => `${name}: ${key}`),
    );
    expect(unknown).toEqual([]);
  });

  it('names as its threshold exactly the posture thresholds whose conditions read it', () => {
    const fromScenario: Record<string, string> = {};
    for (const t of BASELINE.posture.thresholds) {
      for (const c of t.conditions) fromScenario[c.metric] = t.id;
    }
    const fromCatalogue: Record<string, string> = {};
    for (const name of indicatorNames) {
      const threshold = indicatorInfo(name).threshold;
      if (threshold !== undefined) fromCatalogue[name] = threshold;
    }
    expect(fromCatalogue).toEqual(fromScenario);
  });
});

describe('names shared with the scenario', () => {
  it('threshold names and cause phrases match the scenario', () => {
    for (const t of BASELINE.posture.thresholds) {
      expect(EN.thresholds[t.id]?.name, t.id).toBe(t.name);
      expect(EN.causes[`threshold.${t.id}`], t.id).toBe(`${t.id} ${t.name}`);
    }
    expect(Object.keys(EN.thresholds)).toEqual(BASELINE.posture.thresholds.map((t) => t.id));
  });

  it('posture level names match the scenario', () => {
    expect(EN.postureLevels).toEqual(BASELINE.posture.levels.map((l) => l.name));
  });
});

describe('catalogue hygiene', () => {
  const templates = Object.entries(EN.events).flatMap(([code, t]) => [
    [`${code}.headline`, t.headline] as const,
    [`${code}.because`, t.because] as const,
    ...(t.variants ?? []).flatMap((v, i) => [
      [`${code}.variants[${i}].headline`, v.headline ?? 'Because'] as const,
      [`${code}.variants[${i}].because`, v.because ?? 'Because'] as const,
    ]),
  ]);

  it('every because line and threshold explanation starts with "Because"', () => {
    const becauseLines = [
      ...templates.filter(([path]) => path.endsWith('because')),
      ...Object.entries(EN.thresholds).flatMap(([id, t]) => [
        [`${id}.on`, t.on] as const,
        [`${id}.off`, t.off] as const,
      ]),
    ].filter(([, text]) => !text.startsWith('Because') && !text.startsWith('{threshold'));
    expect(becauseLines).toEqual([]);
  });

  it('uses British spelling outside quotations from the report', () => {
    const american = /\b(defense|armor|mobiliz\w*|labor|center|favor\w*|program)\b/i;
    const all = JSON.stringify(EN).replace(/“[^”]*”/g, '');
    const keysAndCodes = /"[A-Za-z.]*labor[A-Za-z]*"|laborShortage/g;
    expect(all.replace(keysAndCodes, '').match(american)).toBeNull();
  });

  it('every variant has a condition and gives at least one text', () => {
    for (const [code, t] of Object.entries(EN.events)) {
      for (const v of t.variants ?? []) {
        expect(Object.keys(v.when).length, code).toBeGreaterThan(0);
        expect(v.headline ?? v.because, code).toBeDefined();
      }
    }
  });
});
