/** The bibliography (scenarios/sources.json) is validated like a scenario: strictly, in plain words. */
import { describe, expect, it } from 'vitest';
import sourcesFile from '../../scenarios/sources.json';
import { formatScenarioErrors, parseSources } from '../../src/scenario';

const entry = {
  kind: 'external',
  title: 'A source',
  citation: 'Someone (2025)',
  urls: ['https://example.org'],
};

describe('parseSources', () => {
  it('accepts the shipped bibliography', () => {
    const result = parseSources(sourcesFile, 'sources.json');
    expect(result.ok && Object.keys(result.sources).length).toBeGreaterThan(100);
  });

  it('names the entry and the field that is wrong', () => {
    const result = parseSources(
      { sources: { E1: { ...entry, kind: 'blog' }, E2: { ...entry, url: 'x' } } },
      's.json',
    );
    expect(result.ok ? '' : formatScenarioErrors(result.errors)).toBe(
      [
        's.json: sources.E1.kind: expected one of "report-footnote", "external", got a string ("blog")',
        's.json: sources.E2.url: unknown field "url" (a typo?)',
      ].join('\n'),
    );
  });
});
