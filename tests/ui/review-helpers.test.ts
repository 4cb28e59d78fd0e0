import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../src/ui/review/label-spread';
import { addressWords, printableSourceName } from '../../src/ui/review/source-label';
import { fileSlug } from '../../src/ui/review/download';

describe('spreadLabels', () => {
  it('leaves labels that do not collide where they are', () => {
    expect(spreadLabels([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
  });

  it('pushes colliding labels apart, keeping their order', () => {
    expect(spreadLabels([50, 52, 51], 20, 0, 200)).toEqual([50, 90, 70]);
  });

  it('pulls labels back inside the bottom edge', () => {
    expect(spreadLabels([95, 96], 20, 0, 100)).toEqual([80, 100]);
  });

  it('clamps a label above the top edge', () => {
    expect(spreadLabels([-30], 20, 10, 100)).toEqual([10]);
  });
});

describe('printable source names', () => {
  it('turns a footnote address into site and words', () => {
    expect(
      addressWords(
        'https://www.bloomberg.com/news/articles/2025-01-16/war-ate-up-almost-a-quarter-of-russia-s-liquid-assets-in-2024',
      ),
    ).toBe('bloomberg.com: War ate up almost a quarter of russia s liquid assets in 2024');
  });

  it('reads a host whose dots are spelled out', () => {
    expect(
      addressWords('https://www.rfa dot org/english/shells-0304.html; https://www.rfa dot org/x-y'),
    ).toBe('rfa.org: Shells 0304 (and 1 more)');
  });

  it('gives the site alone when the address has no words', () => {
    expect(addressWords('https://t.me/rybar/12345')).toBe('t.me');
  });

  it('is null for text that is not an address', () => {
    expect(addressWords('Mediazona count, 2024')).toBeNull();
    expect(addressWords('javascript:alert(1)')).toBeNull();
  });

  it('keeps real titles and names bare footnotes by their address', () => {
    expect(printableSourceName({ title: 'Annual military allocations', citation: 'https://x.org/a-b' })).toBe(
      'Annual military allocations',
    );
    expect(
      printableSourceName({
        title: "ISW, Russia's Weakness Offers Leverage (19 Feb 2025), footnote 3",
        citation:
          'https://understandingwar.org/backgrounder/russian-offensive-campaign-assessment-february-13-2025',
      }),
    ).toBe('understandingwar.org: Russian offensive campaign assessment february 13 2025');
  });
});

describe('fileSlug', () => {
  it('makes a file-name-safe slug', () => {
    expect(fileSlug("Putin's belief")).toBe('putin-s-belief');
    expect(fileSlug('₽')).toBe('chart');
  });
});
