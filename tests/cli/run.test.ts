/**
 * The simulator run in-process: the default table, the JSON and CSV contracts, policy
 * schedules and scenario files. (Argument mistakes are in errors.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS } from '../../src/cli/format';
import { scenarioFixture, sim, simJson, tableRows } from './helpers';

const ALL_2025_TO_2027 = ['2025', '2026', '2027'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));

describe('sim (table)', () => {
  it('runs the baseline over its 12-quarter horizon by default, 2025-Q1 to 2027-Q4', () => {
    const run = sim([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(tableRows(run.stdout).map((row) => row.slice(0, 7))).toEqual(ALL_2025_TO_2027);
  });

  it('has a two-line header with the columns a reader of the report follows', () => {
    const [first = '', second = ''] = sim(['--quarters', '1']).stdout.split('\n');
    for (const name of ['quarter', 'aid', 'tank', 'IFV/APC', 'artillery', 'casual-', 'recruits', 'force']) {
      expect(first).toContain(name);
    }
    for (const name of ['fire', 'km²', 'NWF liq.', 'infla-', 'key', 'deficit', 'cohe-', 'posture']) {
      expect(first).toContain(name);
    }
    expect(second).toContain('€bn');
    expect(second).toContain('trn RUB');
  });

  it('shows the posture by name and prints event headlines under each row with --verbose', () => {
    const plain = sim(['--quarters', '2']).stdout;
    const verbose = sim(['--quarters', '2', '--verbose']).stdout;
    expect(tableRows(plain)[0]).toMatch(/Maximalist$/);
    expect(verbose).toMatch(/\n {9}· Russia takes [\d,]+ casualties/);
    expect(plain).not.toContain('·');
  });

  it('prints the same output for the same seed and different shocks for another', () => {
    expect(sim(['--seed', '7']).stdout).toBe(sim(['--seed', '7']).stdout);
    expect(sim(['--seed', '7']).stdout).not.toBe(sim(['--seed', '8']).stdout);
  });

  it('prints usage and exits 0 with --help', () => {
    const run = sim(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run sim -- \[options\]/);
    expect(run.stdout).toContain('--policy FILE');
  });
});

describe('sim --json', () => {
  const out = simJson(['--quarters', '4', '--aid', '15', '--sanctions', '2', '--seed', '7']);
  const first = out.quarters[0]!;

  it('names the scenario and the seed and has one entry per quarter', () => {
    expect(out.scenario).toEqual({
      id: 'baseline-2025',
      name: "The report's baseline (February 2025)",
      version: '1.0.0',
    });
    expect(out.seed).toBe(7);
    expect(out.quarters.map((q) => q.quarter)).toEqual(ALL_2025_TO_2027.slice(0, 4));
    expect(first.policy).toEqual({ aidBnEurPerQuarter: 15, sanctionsLevel: 2 });
  });

  it('has every indicator the contract promises, the posture as a level and by name', () => {
    const promised = [
      'nwfLiquidTrnRub',
      'tanksStorageRestorable',
      'ifvApcStorageRestorable',
      'artilleryStorage',
      'tankLosses',
      'casualties',
      'recruits',
      'forceStrength',
      'fireRatio',
      'territoryGainedKm2',
      'inflationPct',
      'keyRatePct',
      'deficitTrnRub',
      'westernCohesion',
      'posture',
      'postureName',
    ];
    expect(Object.keys(first.indicators)).toEqual(expect.arrayContaining(promised));
    expect(Object.keys(first.indicators)).toEqual([...INDICATOR_COLUMNS, 'postureName']);
    expect(Number.isInteger(first.indicators.posture)).toBe(true);
    expect(first.indicators.postureName).toBe('Maximalist');
  });

  it('gives each event its code, category, severity, values, causes, sources and texts', () => {
    const event = first.events[0]!;
    expect(Object.keys(event)).toEqual([
      'code',
      'category',
      'severity',
      'values',
      'causes',
      'sources',
      'headline',
      'because',
    ]);
    expect(event.headline).not.toBe('');
    expect(event.because).not.toBe('');
  });
});

describe('sim --csv', () => {
  it('prints a header with every indicator and postureName, then one row per quarter', () => {
    const lines = sim(['--csv', '--quarters', '5']).stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(['quarter', ...INDICATOR_COLUMNS, 'postureName'].join(','));
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).every((row) => row.split(',').length === INDICATOR_COLUMNS.length + 2)).toBe(true);
  });
});

describe('docs/cli.md', () => {
  it('documents every CSV column', () => {
    const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    const undocumented = ['quarter', ...INDICATOR_COLUMNS, 'postureName'].filter(
      (c) => !doc.includes(`| \`${c}\` |`),
    );
    expect(undocumented).toEqual([]);
  });
});

describe('sim --policy', () => {
  it('uses entry i for quarter i and holds the last entry after the schedule ends', () => {
    const schedule = JSON.stringify([
      { aid: 5.5, sanctions: 0 },
      { aidBnEurPerQuarter: 15, sanctionsLevel: 3 },
      { aid: 20, sanctions: 4 },
    ]);
    const out = simJson(['--quarters', '5', '--policy', 'plan.json'], { 'plan.json': schedule });
    expect(out.quarters.map((q) => [q.policy.aidBnEurPerQuarter, q.policy.sanctionsLevel])).toEqual([
      [5.5, 0],
      [15, 3],
      [20, 4],
      [20, 4],
      [20, 4],
    ]);
  });
});

describe('sim --scenario', () => {
  it('runs a bundled scenario by id', () => {
    expect(simJson(['--scenario', 'observed-2025', '--quarters', '1']).scenario.id).toBe('observed-2025');
  });

  it('runs a scenario file that extends a bundled one', () => {
    const out = simJson(['--scenario', scenarioFixture('borrowing-high.json'), '--quarters', '2']);
    expect(out.scenario.id).toBe('borrowing-high');
    expect(out.quarters).toHaveLength(2);
  });
});
