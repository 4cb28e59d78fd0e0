/**
 * `sim --runs N`: the seeded set of runs after the single run, in the table, JSON and CSV; its
 * reproducibility from the seed; its argument errors; and the single run's output left exactly
 * as it is without --runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE } from '../../src/cli/args';
import { ENSEMBLE_TABLE_ROWS, percentOfRuns } from '../../src/cli/ensemble';
import { INDICATOR_COLUMNS, type SimJson } from '../../src/cli/format';
import { COLUMNS } from '../../src/cli/table';
import { sim, simJson } from './helpers';

/** Runs sim and checks it succeeded quietly; returns stdout. */
function out(argv: readonly string[], files: Readonly<Record<string, string>> = {}): string {
  const run = sim(argv, files);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** Runs sim and returns its single stderr line, checking status 2 and nothing on stdout. */
function failure(argv: readonly string[]): string {
  const run = sim(argv);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trimEnd();
}

/** The text after the single-run table: the set's section. */
function section(stdout: string): string {
  const at = stdout.indexOf('\n\n', stdout.indexOf('\nScenario '));
  return stdout.slice(at + 2);
}

describe('sim --runs (table)', () => {
  const argv = ['--quarters', '4', '--seed', '7'];
  const single = out(argv);
  const withRuns = out([...argv, '--runs', '200']);

  it('prints the single run unchanged, then a blank line and the section', () => {
    expect(withRuns.startsWith(`${single}\n`)).toBe(true);
    expect(section(withRuns).split('\n')[0]).toBe('200 runs (seed 7; shocks varied, assumptions as given)');
  });

  it('states the three probabilities in words', () => {
    const text = section(withRuns);
    expect(text).toMatch(
      /\nPutin's posture shifts from Maximalist within 4 quarters in (\d+|< 1|> 99) % of 200 runs\.\n/,
    );
    expect(text).toMatch(/\nThe liquid reserves .* are spent within 4 quarters in (\d+|< 1|> 99) %\.\n/);
    expect(text).toMatch(/\nThe coalition holds .* to the end, 2025-Q4, in (\d+|< 1|> 99) %\.\n/);
  });

  it('has a block per indicator of the table with one row of five percentiles per quarter', () => {
    const lines = section(withRuns).split('\n');
    for (const row of ENSEMBLE_TABLE_ROWS) {
      const at = lines.indexOf(row.label);
      expect(at, row.label).toBeGreaterThan(0);
      expect(lines[at + 1]?.split(/\s+/)).toEqual(['quarter', 'p5', 'p25', 'p50', 'p75', 'p95']);
      const rows = lines.slice(at + 2, at + 6);
      expect(rows.map((line) => line.slice(0, 7))).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
      for (const line of rows) {
        const figures = line.split(/\s+/).slice(1);
        expect(figures).toHaveLength(5);
        const values = figures.map((f) => Number(f.replace(/,/g, '')));
        expect([...values].sort((a, b) => a - b)).toEqual(values);
      }
    }
  });

  it('covers every indicator of the single-run table except the policy (aid, sanctions)', () => {
    const tableKeys = COLUMNS.flatMap((c) => (c.key ? [c.key] : []));
    const expected = tableKeys.filter((key) => key !== 'aidBnEur' && key !== 'sanctionsLevel');
    expect(ENSEMBLE_TABLE_ROWS.map((row) => row.key)).toEqual(expected);
  });

  it('is the same for the same command and seed, and differs for another --runs-seed', () => {
    expect(out([...argv, '--runs', '200'])).toBe(withRuns);
    expect(out([...argv, '--runs', '200', '--runs-seed', '7'])).toBe(withRuns);
    const other = out([...argv, '--runs', '200', '--runs-seed', '8']);
    expect(other.startsWith(`${single}\n`)).toBe(true);
    expect(section(other)).not.toBe(section(withRuns));
    expect(section(other).split('\n')[0]).toBe('200 runs (seed 8; shocks varied, assumptions as given)');
  });

  it('says so when the runs stop at the scenario horizon before the quarters asked for', () => {
    const text = section(out(['--quarters', '14', '--runs', '20']));
    expect(text).toContain(
      "The runs stop at the scenario's horizon, 2027-Q4: 12 of the 14 quarters asked for.",
    );
    expect(text).toContain('within 12 quarters');
  });

  it('writes one run and one quarter in the singular', () => {
    const text = section(out(['--quarters', '1', '--runs', '1']));
    expect(text.split('\n')[0]).toBe('1 run (seed 1; shocks varied, assumptions as given)');
    expect(text).toMatch(/within 1 quarter in \d+ % of 1 run\./);
  });
});

describe('sim --runs --json', () => {
  const argv = ['--quarters', '3', '--seed', '4'];
  const single = simJson(argv);
  const withRuns = simJson([...argv, '--runs', '100', '--runs-seed', '11']);
  const ensemble = withRuns.ensemble!;

  it('adds `ensemble` last and leaves every other key as it is', () => {
    expect(Object.keys(single)).toEqual(['scenario', 'seed', 'quarters']);
    expect(Object.keys(withRuns)).toEqual(['scenario', 'seed', 'quarters', 'ensemble']);
    const rest = Object.fromEntries(Object.entries(withRuns).filter(([key]) => key !== 'ensemble'));
    expect(rest).toEqual(single);
  });

  it('has the documented shape: runs, seed, quarters, varied, percentiles, probabilities', () => {
    expect(Object.keys(ensemble)).toEqual([
      'runs',
      'seed',
      'quarters',
      'varied',
      'percentiles',
      'probabilities',
    ]);
    expect(ensemble).toMatchObject({ runs: 100, seed: 11, quarters: 3, varied: ['shocks'] });
    expect(Object.keys(ensemble.percentiles)).toEqual(INDICATOR_COLUMNS);
    for (const spreads of Object.values(ensemble.percentiles)) {
      expect(spreads.map((s) => s.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
      for (const s of spreads) {
        expect(Object.keys(s)).toEqual(['quarter', 'p5', 'p25', 'p50', 'p75', 'p95']);
        expect(s.p5 <= s.p25 && s.p25 <= s.p50 && s.p50 <= s.p75 && s.p75 <= s.p95).toBe(true);
      }
    }
    expect(Object.keys(ensemble.probabilities)).toEqual(['postureShift', 'reservesOut', 'coalitionHolds']);
    for (const share of Object.values(ensemble.probabilities)) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
      expect(Number.isInteger(share * 100)).toBe(true); // a whole count of 100 runs
    }
  });

  it('varies the shocks: the percentiles of casualties spread out', () => {
    const [first] = ensemble.percentiles.casualties!;
    expect(first!.p95).toBeGreaterThan(first!.p5);
  });

  it('uses the --policy schedule quarter by quarter in every run', () => {
    const schedule = JSON.stringify([
      { aid: 5, sanctions: 0 },
      { aid: 20, sanctions: 3 },
    ]);
    const json: SimJson = simJson(['--quarters', '3', '--policy', 'plan.json', '--runs', '20'], {
      'plan.json': schedule,
    });
    const aid = json.ensemble!.percentiles.aidBnEur!;
    expect(aid.map((s) => [s.p5, s.p95])).toEqual([
      [5, 5],
      [20, 20],
      [20, 20],
    ]);
  });
});

describe('sim --runs --csv', () => {
  const argv = ['--csv', '--quarters', '2'];
  const single = out(argv);
  const withRuns = out([...argv, '--runs', '50']);

  it('prints the single run unchanged, a blank line, then quarter,indicator,p5…p95', () => {
    expect(single).not.toContain('\n\n');
    expect(withRuns.startsWith(`${single}\n`)).toBe(true);
    const block = withRuns
      .slice(single.length + 1)
      .trimEnd()
      .split('\n');
    expect(block[0]).toBe('quarter,indicator,p5,p25,p50,p75,p95');
    expect(block).toHaveLength(1 + 2 * INDICATOR_COLUMNS.length);
    expect(block.slice(1, 3).map((row) => row.split(',').slice(0, 2))).toEqual([
      ['2025-Q1', INDICATOR_COLUMNS[0]],
      ['2025-Q2', INDICATOR_COLUMNS[0]],
    ]);
    expect(block.slice(1).every((row) => row.split(',').length === 7)).toBe(true);
  });
});

describe('sim without --runs', () => {
  it('prints no section, no ensemble key and no second CSV block', () => {
    expect(out(['--quarters', '2'])).not.toContain('runs (seed');
    expect(simJson(['--quarters', '2'])).not.toHaveProperty('ensemble');
    expect(out(['--csv', '--quarters', '2']).trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('--runs and --runs-seed arguments', () => {
  it.each([
    [['--runs', '0'], 'sim: --runs must be a whole number from 1 to 100,000, got "0"'],
    [['--runs', 'abc'], 'sim: --runs must be a whole number from 1 to 100,000, got "abc"'],
    [['--runs', '1e9'], 'sim: --runs must be a whole number from 1 to 100,000, got "1e9"'],
    [['--runs', '100001'], 'sim: --runs must be a whole number from 1 to 100,000, got "100001"'],
    [['--runs', '2.5'], 'sim: --runs must be a whole number from 1 to 100,000, got "2.5"'],
    [['--runs', '-3'], 'sim: --runs must be a whole number from 1 to 100,000, got "-3"'],
    [['--runs'], 'sim: --runs needs a value'],
    [['--runs', '5', '--runs-seed', 'x'], 'sim: --runs-seed must be a whole number, got "x"'],
    [['--runs-seed', '3'], 'sim: --runs-seed applies only with --runs'],
    [['--runs', '5', '--runs', '6'], 'sim: --runs is given twice'],
  ])('%j → %s', (argv, message) => {
    expect(failure(argv)).toBe(message);
  });

  it('parses into runs and runsSeed, absent when not given', () => {
    expect(parseArgs(['--runs=300', '--runs-seed', '-2'])).toMatchObject({
      ok: true,
      options: { runs: 300, runsSeed: -2, seed: 1 },
    });
    const plain = parseArgs([]);
    expect(plain.ok && !plain.help && 'runs' in plain.options).toBe(false);
  });

  it('are in the usage text and docs/cli.md', () => {
    expect(USAGE).toContain('--runs N');
    expect(USAGE).toContain('--runs-seed S');
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    for (const text of [
      '`--runs N`',
      '`--runs-seed S`',
      'quarter,indicator,p5,p25,p50,p75,p95',
      'ensemble?:',
    ]) {
      expect(doc).toContain(text);
    }
  });
});

describe('percentOfRuns', () => {
  it('rounds to whole per cent but never shows 0 % or 100 % for a share that is not', () => {
    expect(percentOfRuns(0)).toBe('0 %');
    expect(percentOfRuns(1)).toBe('100 %');
    expect(percentOfRuns(0.62)).toBe('62 %');
    expect(percentOfRuns(0.001)).toBe('< 1 %');
    expect(percentOfRuns(0.999)).toBe('> 99 %');
    expect(percentOfRuns(0.005)).toBe('1 %');
  });
});
