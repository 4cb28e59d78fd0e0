/** The pure argument parser: defaults, both spellings of a value, and what it leaves to the scenario. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('defaults to the baseline, seed 1 and the table, leaving quarters, aid and sanctions to the scenario', () => {
    expect(parseArgs([])).toEqual({
      ok: true,
      help: false,
      options: { scenario: 'baseline-2025', seed: 1, format: 'table', verbose: false },
    });
  });

  it('reads "--flag value" and "--flag=value", and negative seeds', () => {
    const result = parseArgs(['--aid=12.5', '--sanctions', '3', '--seed', '-4', '--quarters=8', '--csv']);
    expect(result).toEqual({
      ok: true,
      help: false,
      options: {
        scenario: 'baseline-2025',
        seed: -4,
        format: 'csv',
        verbose: false,
        quarters: 8,
        aidBnEurPerQuarter: 12.5,
        sanctionsLevel: 3,
      },
    });
  });

  it('answers --help and -h before checking the other arguments', () => {
    expect(parseArgs(['-h'])).toEqual({ ok: true, help: true });
    expect(parseArgs(['--json', '--csv', '--help'])).toEqual({ ok: true, help: true });
  });

  it('leaves range checks that depend on the scenario to the run', () => {
    const result = parseArgs(['--aid', '999', '--sanctions', '42']);
    expect(result.ok).toBe(true);
  });
});
