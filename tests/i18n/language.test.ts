/**
 * Choosing the language, and writing numbers, plurals and quarters in it: the link's `?lang=` wins,
 * then the remembered choice, then the browser; Ukrainian writes 1 234,5 and three plural forms.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerUkrainian } from './ukrainian';
import { chooseLanguage } from '../../src/app/language-choice';
import { yearTicks } from '../../src/ui/chart/chart-view';
import {
  countOf,
  csvHeader,
  formatNumber,
  formatRatio,
  interpolate,
  languageFromTags,
  linkInActiveLanguage,
  nouns,
  quarterText,
  setActiveLanguage,
} from '../../src/text';

beforeAll(registerUkrainian);
afterEach(() => setActiveLanguage('en'));

describe('the language the page starts in', () => {
  it('takes the link first, then the remembered choice, then the browser, then English', () => {
    expect(chooseLanguage({ search: '?lang=uk', stored: 'en', browser: ['en-GB'] })).toBe('uk');
    expect(chooseLanguage({ search: '?game=x', stored: 'uk', browser: ['en-GB'] })).toBe('uk');
    expect(chooseLanguage({ search: '', stored: null, browser: ['uk-UA', 'en'] })).toBe('uk');
    expect(chooseLanguage({ search: '', stored: null, browser: ['de-DE', 'fr'] })).toBe('en');
  });

  it('passes over values it does not know instead of failing', () => {
    expect(chooseLanguage({ search: '?lang=<script>', stored: '{"x":1}', browser: [] })).toBe('en');
    expect(languageFromTags(['', 'UK', 'en'])).toBe('uk');
  });

  it('names the language in links made in Ukrainian and leaves English links as they were', () => {
    expect(linkInActiveLanguage('https://x.test/?game=AB')).toBe('https://x.test/?game=AB');
    setActiveLanguage('uk');
    expect(linkInActiveLanguage('https://x.test/?game=AB')).toBe('https://x.test/?game=AB&lang=uk');
    expect(linkInActiveLanguage('?view=projector')).toBe('?view=projector&lang=uk');
    expect(linkInActiveLanguage('https://x.test/')).toBe('https://x.test/?lang=uk');
  });
});

describe('numbers, plurals and quarters in Ukrainian', () => {
  it('writes a no-break space between thousands and a comma before decimals', () => {
    setActiveLanguage('uk');
    expect(formatNumber(1234.5, 1)).toBe('1\u00a0234,5');
    expect(formatNumber(-0.25)).toBe('−0,25');
    expect(formatNumber(1_000_000)).toBe('1\u00a0000\u00a0000');
    expect(formatRatio(1.5)).toBe('1,5:1');
    expect(formatRatio(0.5)).toBe('1:2');
  });

  it('keeps English as it was', () => {
    expect(formatNumber(1234.5, 1)).toBe('1,234.5');
    expect(formatRatio(2)).toBe('2:1');
  });

  it('picks one of three forms for whole numbers and the fourth for fractions', () => {
    setActiveLanguage('uk');
    const pick = (n: number): string => interpolate('{n} {n|бал|бали|балів|бала}', { n });
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map(pick)).toEqual([
      '1 бал',
      '2 бали',
      '5 балів',
      '11 балів',
      '21 бал',
      '22 бали',
      '25 балів',
      '1,5 бала',
    ]);
    expect(countOf(3, nouns().quarter)).toBe('3 квартали');
    expect(countOf(12, nouns().quarter)).toBe('12 кварталів');
  });

  it('puts the charts’ year labels at the first quarter of each year in Ukrainian too', () => {
    setActiveLanguage('uk');
    const labels = ['2025-Q1', '2025-Q2', '2026-Q1'].map((q) => quarterText(q));
    expect(yearTicks(labels)).toEqual([
      { q: 0, text: '2025' },
      { q: 2, text: '2026' },
    ]);
  });

  it('writes quarters the Ukrainian way', () => {
    setActiveLanguage('uk');
    expect(quarterText('2025-Q3')).toMatch(/^3.*2025/);
    expect(quarterText('2025-Q3')).not.toMatch(/Q/);
  });
});

describe('the exports in Ukrainian', () => {
  it('keeps the CSV header as the columns’ ids in English and names every column in Ukrainian', () => {
    const columns = ['quarter', 'aid', 'tanksActive', 'inflationPct', 'postureName'];
    expect(csvHeader(columns)).toEqual(columns);
    setActiveLanguage('uk');
    const header = csvHeader(columns);
    expect(header).toHaveLength(columns.length);
    for (const name of header) expect(name).toMatch(/[\u0400-\u04FF]/);
    expect(header[2]).toMatch(/^Танки/);
  });
});
