/**
 * Whatever an author does to a scenario file, the loader answers: a scenario, or at least one
 * error naming the file with a message. Random mutations of the baseline must never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioResult } from '../../src/scenario';
import { baselineDocument, baselineWith, baselineWithout, extending, parse, parseText } from './helpers';

/** Every path in the baseline, dotted ('policy.sanctionsLevels.0.name'), with whether it is a leaf. */
function allPaths(x: unknown, prefix = ''): { path: string; leaf: boolean }[] {
  if (typeof x !== 'object' || x === null) return [{ path: prefix, leaf: true }];
  const children = Object.entries(x).flatMap(([key, value]) =>
    allPaths(value, prefix ? `${prefix}.${key}` : key),
  );
  return prefix ? [{ path: prefix, leaf: false }, ...children] : children;
}

const paths = allPaths(baselineDocument());
const anyPath = fc.constantFrom(...paths.map((p) => p.path));
const leafPath = fc.constantFrom(...paths.filter((p) => p.leaf).map((p) => p.path));
const baselineText = JSON.stringify(baselineDocument(), null, 2);

/** A result is well-formed: a scenario, or errors that each name a file and say something. */
function wellFormed(result: ScenarioResult, file: string): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.file).toBe(file);
    expect(error.message).not.toBe('');
  }
}

describe('the loader under random mutations of the baseline', () => {
  it('answers when a random field is deleted', () => {
    fc.assert(
      fc.property(anyPath, (path) => {
        wellFormed(parse(baselineWithout(path), 'mutated.json'), 'mutated.json');
      }),
      { numRuns: 150 },
    );
  });

  it('answers when a random leaf is replaced by any JSON value', () => {
    fc.assert(
      fc.property(leafPath, fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        wellFormed(parse(baselineWith(path, value), 'mutated.json'), 'mutated.json');
      }),
      { numRuns: 150 },
    );
  });

  it('answers when the JSON text is cut off at a random point', () => {
    fc.assert(
      fc.property(fc.nat({ max: baselineText.length }), (end) => {
        const result = parseText(baselineText.slice(0, end), 'cut.json');
        wellFormed(result, 'cut.json');
        expect(result.ok).toBe(end === baselineText.length);
      }),
      { numRuns: 100 },
    );
  });

  it('answers for any JSON value as the overrides of an extending file', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (overrides) => {
        const raw = { ...extending('baseline-2025', {}), overrides };
        wellFormed(parse(raw, 'variant.json'), 'variant.json');
      }),
      { numRuns: 100 },
    );
  });
});
