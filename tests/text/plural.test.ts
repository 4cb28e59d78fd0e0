/** The one plural mechanism: a word by the language's plural rules, English's two forms and Ukrainian's three. */
import { describe, expect, it } from 'vitest';
import { countOf, interpolate, nouns, pluralForm } from '../../src/text';

describe('pluralForm', () => {
  it('gives English its two forms', () => {
    expect(countOf(1, nouns().quarter)).toBe('1 quarter');
    expect(countOf(0, nouns().quarter)).toBe('0 quarters');
    expect(countOf(3, nouns().file)).toBe('3 files');
    expect(countOf(1, nouns().concessionPoint)).toBe('1 concession point');
  });

  it('takes the plural for a count shown with decimals, and for a count that is not a number', () => {
    expect(pluralForm(1, nouns().quarter, 'en', 1)).toBe('quarters');
    expect(pluralForm(Number.NaN, nouns().quarter)).toBe('quarters');
  });

  it('gives Ukrainian its three forms (one, few, many)', () => {
    const quarter = { one: 'квартал', few: 'квартали', many: 'кварталів', other: 'кварталу' };
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => pluralForm(n, quarter, 'uk'))).toEqual([
      'квартал',
      'квартали',
      'кварталів',
      'кварталів',
      'квартал',
      'квартали',
      'кварталів',
    ]);
  });

  it('serves the catalogue templates’ {key|one|other} choice', () => {
    expect(interpolate('{n} {n|point|points}', { n: 1 })).toBe('1 point');
    expect(interpolate('{n} {n|point|points}', { n: 2 })).toBe('2 points');
  });
});
