/** docs/parameters.md is generated from the baseline scenario; this test fails when it is stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  collectRows,
  PARAMETERS_DOC_PATH,
  readInputs,
  renderParametersDoc,
} from '../../scripts/generate-parameters-doc';

const { document, sources } = readInputs();

describe('docs/parameters.md', () => {
  it('is up to date with scenarios/baseline-2025.json (run: npx tsx scripts/generate-parameters-doc.ts)', () => {
    const committed = readFileSync(PARAMETERS_DOC_PATH, 'utf8');
    const fresh = renderParametersDoc(document, sources);
    // Compare line by line first so a stale file names the first row that differs.
    const firstDifference = fresh.split('\n').find((line, i) => committed.split('\n')[i] !== line);
    expect(firstDifference, 'first line that differs').toBeUndefined();
    expect(committed).toBe(fresh);
  });

  it('has a row for every sourced value and every table in the scenario', () => {
    const text = JSON.stringify(document);
    const sourced = (text.match(/"unit":/g) ?? []).length;
    const tables = (text.match(/"xUnit":/g) ?? []).length;
    const rows = collectRows(document);
    expect(rows.filter((r) => r.unit !== '').length).toBe(sourced + tables);
  });

  it('cites only keys of the bibliography', () => {
    const cited = new Set(collectRows(document).flatMap((r) => r.sources));
    expect([...cited].filter((key) => !(key in sources))).toEqual([]);
  });
});
