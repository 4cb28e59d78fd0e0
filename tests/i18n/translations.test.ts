/**
 * The Ukrainian edition is complete and matches the English one: every catalogue key, every
 * placeholder and plural pick, every prose field of every scenario, and no figure of the model
 * changes with the language.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerUkrainian } from './ukrainian';
import { parityProblems } from './parity';
import { PROSE_KEYS, proseOf } from '../../src/scenario/translations';
import { BUNDLED_SCENARIO_IDS, getBundledScenario } from '../../src/scenario';
import { setActiveLanguage } from '../../src/text';

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const CATALOGUES = [
  'briefing',
  'chart-tabs',
  'games',
  'locale',
  'messages',
  'nouns',
  'room',
  'screens',
  'ui',
  'workshop',
];
const PROSE_FILES = [...BUNDLED_SCENARIO_IDS, 'assumptions', 'report-forecasts', 'sources'];

beforeAll(registerUkrainian);
afterEach(() => setActiveLanguage('en'));

/** A copy of a value with every prose string blanked: what is left is the model's figures and codes. */
function figuresOf(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return PROSE_KEYS.has(key) ? '' : value;
  if (Array.isArray(value)) return value.map((item) => figuresOf(item, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, figuresOf(v, k)]));
  return value;
}

describe('the Ukrainian catalogues', () => {
  it.each(CATALOGUES)('%s-uk.json has every key, placeholder and plural form of the English file', (name) => {
    const english = json(`src/text/${name}-en.json`);
    const ukrainian = json(`src/text/${name}-uk.json`);
    expect(parityProblems(english, ukrainian)).toEqual([]);
  });

  it('gives every counted unit of the indicators all four Ukrainian forms', () => {
    const en = json('src/text/locale-en.json') as { indicators: Record<string, { unitOne?: string }> };
    const uk = json('src/text/locale-uk.json') as { indicators: Record<string, { unitForms?: object }> };
    const counted = Object.keys(en.indicators).filter((k) => en.indicators[k]!.unitOne !== undefined);
    expect(counted.length).toBeGreaterThan(0);
    for (const name of counted)
      expect(Object.keys(uk.indicators[name]!.unitForms ?? {}).sort(), name).toEqual([
        'few',
        'many',
        'one',
        'other',
      ]);
  });
});

describe('the Ukrainian scenario prose', () => {
  it.each(PROSE_FILES)('scenarios/uk/%s.json translates exactly the prose of the English file', (id) => {
    const english = proseOf(json(`scenarios/${id}.json`));
    const ukrainian = json(`scenarios/uk/${id}.json`) as Record<string, unknown>;
    const texts = Object.fromEntries(Object.entries(ukrainian).filter(([key]) => key !== '$comment'));
    expect(Object.keys(texts)).toEqual(Object.keys(english));
    expect(parityProblems(english, texts)).toEqual([]);
  });

  it.each(BUNDLED_SCENARIO_IDS)('%s has the same figures in both languages and its words in each', (id) => {
    const english = getBundledScenario(id);
    setActiveLanguage('uk');
    const ukrainian = getBundledScenario(id);
    expect(figuresOf(ukrainian.params)).toEqual(figuresOf(english.params));
    expect(ukrainian.params).not.toEqual(english.params);
    expect(ukrainian.name).not.toBe(english.name);
    expect(ukrainian.name).toMatch(/[\u0400-\u04FF]/);
    expect(ukrainian.briefing.join(' ')).toMatch(/[\u0400-\u04FF]/);
  });
});
