/**
 * `sim --runs N --disputed`: each run also draws the disputed figures; the table says so and
 * counts the draws, the JSON records each run's option ids, the same seed gives the same numbers
 * and draws, the single run is left as it is, and --disputed without --runs is an argument error.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args';
import { ASSUMPTIONS } from '../../src/scenario';
import { sim, simJson } from './helpers';

/** Runs sim and checks it succeeded quietly; returns stdout. */
function out(argv: readonly string[]): string {
  const run = sim(argv);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** The text after the single-run table: the set's section. */
function section(stdout: string): string {
  const at = stdout.indexOf('\n\n', stdout.indexOf('\nScenario '));
  return stdout.slice(at + 2);
}

describe('sim --runs --disputed (table)', () => {
  const argv = ['--quarters', '4', '--seed', '7', '--runs', '120'];
  const single = out(['--quarters', '4', '--seed', '7']);
  const shocksOnly = out(argv);
  const disputed = out([...argv, '--disputed']);

  it('leaves the single run as it is and says what varied and the seed', () => {
    expect(disputed.startsWith(`${single}\n`)).toBe(true);
    expect(section(disputed).split('\n')[0]).toBe(
      `120 runs (seed 7; shocks and disputed figures varied, one option of each of ${ASSUMPTIONS.length} assumptions drawn per run)`,
    );
    expect(section(shocksOnly).split('\n')[0]).toBe('120 runs (seed 7; shocks varied, assumptions as given)');
  });

  it('counts the runs that played each option of each figure', () => {
    const lines = section(disputed).split('\n');
    const at = lines.indexOf(
      'Disputed figures drawn (scenarios/assumptions.json; option and runs that played it):',
    );
    expect(at).toBeGreaterThan(0);
    ASSUMPTIONS.forEach((a, i) => {
      const line = lines[at + 1 + i] ?? '';
      expect(line.startsWith(`${a.id}: `), line).toBe(true);
      const counts = [...line.matchAll(/ (\d+)(?=,| runs$)/g)].map((m) => Number(m[1]));
      expect(counts).toHaveLength(a.options.length);
      expect(counts.reduce((x, y) => x + y, 0)).toBe(120);
    });
    expect(section(shocksOnly)).not.toContain('Disputed figures drawn');
  });

  it('is the same for the same seed, differs from the shocks alone and for another --runs-seed', () => {
    expect(out([...argv, '--disputed'])).toBe(disputed);
    expect(section(disputed)).not.toBe(section(shocksOnly));
    const other = out([...argv, '--disputed', '--runs-seed', '8']);
    expect(other.startsWith(`${single}\n`)).toBe(true);
    expect(section(other)).not.toBe(section(disputed));
  });
});

describe('sim --runs --disputed --json', () => {
  const argv = ['--quarters', '3', '--seed', '4', '--runs', '60', '--runs-seed', '11'];
  const single = simJson(['--quarters', '3', '--seed', '4']);
  const json = simJson([...argv, '--disputed']);
  const ensemble = json.ensemble!;

  it('keeps the single run and the documented keys, then adds the draws last', () => {
    const rest = Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'ensemble'));
    expect(rest).toEqual(single);
    expect(Object.keys(ensemble)).toEqual([
      'runs',
      'seed',
      'quarters',
      'varied',
      'percentiles',
      'probabilities',
      'disputed',
    ]);
    expect(ensemble).toMatchObject({
      runs: 60,
      seed: 11,
      quarters: 3,
      varied: ['shocks', 'disputedFigures'],
    });
    expect(simJson(argv).ensemble).not.toHaveProperty('disputed');
    expect(simJson(argv).ensemble?.varied).toEqual(['shocks']);
  });

  it('records each run’s option ids, one per figure, from the figures’ own options', () => {
    const d = ensemble.disputed!;
    expect(d.figures).toEqual(ASSUMPTIONS.map((a) => ({ id: a.id, options: a.options.map((o) => o.id) })));
    expect(d.draws).toHaveLength(60);
    for (const draw of d.draws) {
      expect(draw).toHaveLength(d.figures.length);
      draw.forEach((option, i) => expect(d.figures[i]?.options).toContain(option));
    }
    expect(new Set(d.draws.map((draw) => draw.join())).size).toBeGreaterThan(1);
  });

  it('gives the same numbers and draws for the same seed', () => {
    expect(simJson([...argv, '--disputed'])).toEqual(json);
    const other = simJson([...argv.slice(0, -1), '12', '--disputed']).ensemble!;
    expect(other.disputed?.draws).not.toEqual(ensemble.disputed?.draws);
  });
});

describe('--disputed arguments', () => {
  it('is an argument error without --runs, with one line and status 2', () => {
    for (const argv of [['--disputed'], ['--disputed', '--json'], ['--quarters', '2', '--disputed']]) {
      const run = sim(argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'sim: --disputed applies only with --runs (it varies the disputed figures from run to run)\n',
      );
    }
    expect(sim(['--runs', '3', '--disputed=yes']).stderr).toBe('sim: --disputed takes no value\n');
  });

  it('is in the usage text and docs/cli.md', () => {
    expect(USAGE).toContain('--disputed');
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    for (const text of ['`--disputed`', '"disputedFigures"', 'draws: string[][]'])
      expect(doc).toContain(text);
  });
});
