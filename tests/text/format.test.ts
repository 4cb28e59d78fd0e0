/** Number formatting, interpolation and the indicator display helpers. */
import { describe, expect, it } from 'vitest';
import {
  chartUnit,
  formatIndicator,
  formatNumber,
  formatRatio,
  interpolate,
  judgeChange,
  quarterText,
  verdictText,
} from '../../src/text';

describe('formatNumber and formatRatio', () => {
  it('groups thousands, rounds and signs', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89');
    expect(formatNumber(1750, 0)).toBe('1,750');
    expect(formatNumber(0.1, 2)).toBe('0.10');
    expect(formatNumber(-12433.29, 0)).toBe('−12,433');
    expect(formatNumber(0.7, 1, true)).toBe('+0.7');
    expect(formatNumber(-0.01, 1, true)).toBe('0.0');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('writes ratios as x:1, or 1:x when the second side is ahead', () => {
    expect(formatRatio(1.5)).toBe('1.5:1');
    expect(formatRatio(2)).toBe('2:1');
    expect(formatRatio(0.5)).toBe('1:2');
    expect(formatRatio(0.78)).toBe('1:1.3');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('interpolate', () => {
  it('fills placeholders, formats numbers and marks what is missing', () => {
    expect(interpolate('{a} and {b} of {c}', { a: 1000, b: 'x' })).toBe('1,000 and x of —');
    expect(interpolate('{r}', { r: 1.52 }, { r: { ratio: true } })).toBe('1.5:1');
    expect(interpolate('no placeholders', {})).toBe('no placeholders');
  });
});

describe('formatIndicator', () => {
  it.each([
    ['nwfLiquidTrnRub', 3.81, '3.81 trn ₽'],
    ['tanksActive', 1750, '1,750 tanks'],
    ['inflationPct', 9.9, '9.9 %'],
    ['fireRatio', 1.5, '1.5:1'],
    ['fireRatio', 0.5, '1:2'],
    ['aidBnEur', 10.4, '€10.4 bn'],
    ['armourUse', 0.734, '73 %'],
    ['northKoreaShareOfFire', 0.6, '60 %'],
    ['uralsUsdPerBbl', 67.06, '$67/bbl'],
    ['forceChange', 14733.85, '+14,734 personnel'],
    ['forceChange', -22376.89, '−22,377 personnel'],
    ['westernCohesion', 59, '59/100'],
    ['beliefWestQuits', 0.8, '0.80'],
    ['sanctionsLevel', 1, 'level 1'],
    ['occupiedKm2', 112924.7, '112,925 km²'],
    ['laborShortageM', 1.5, '1.50 million'],
  ] as const)('%s = %s → %s', (name, value, expected) => {
    expect(formatIndicator(name, value)).toBe(expected);
  });

  it('writes one of a count in the singular ("1 gun"), any other number in the plural', () => {
    expect(formatIndicator('artilleryStorage', 1)).toBe('1 gun');
    expect(formatIndicator('artilleryStorage', 0)).toBe('0 guns');
    expect(formatIndicator('tanksActive', 1.2)).toBe('1 tank');
    expect(formatIndicator('tanksActive', 2)).toBe('2 tanks');
  });

  it("names each chart's unit: the indicator's, a ratio's direction, or what a unitless value means", () => {
    expect(chartUnit('nwfLiquidTrnRub')).toBe('trn ₽');
    expect(chartUnit('fireRatio')).toBe('Russian rounds per Ukrainian round');
    expect(chartUnit('beliefWestQuits')).toBe('0 to 1, a model estimate');
    expect(chartUnit('tempo')).toBe('index');
  });

  it('writes a non-finite value as a dash', () => {
    expect(formatIndicator('tanksActive', Number.NaN)).toBe('—');
  });
});

describe('judging a change for the West', () => {
  it('says better or worse by the indicator good direction, in words', () => {
    expect(judgeChange('tanksStorageRestorable', 1000, 800)).toBe('better');
    expect(judgeChange('westernCohesion', 60, 55)).toBe('worse');
    expect(judgeChange('westernCohesion', 60, 60.2)).toBe('unchanged');
    expect(judgeChange('aidBnEur', 10.4, 15)).toBe('neutral');
    expect(verdictText('better')).toBe('better');
    expect(verdictText('neutral')).toBe('');
  });

  it('writes quarter labels as the game shows them', () => {
    expect(quarterText('2025-Q1')).toBe('Q1 2025');
    expect(quarterText('not a quarter')).toBe('not a quarter');
  });
});
