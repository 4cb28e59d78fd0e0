/**
 * Every mistake on the command line or in an input file ends the same way: exit status 2 and
 * exactly one line on stderr, `sim: <what is wrong>`, with nothing on stdout.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFixture, sim } from './helpers';

/** Runs sim and returns its single stderr line, checking the status and that only one line came. */
function failure(argv: readonly string[], files: Readonly<Record<string, string>> = {}): string {
  const run = sim(argv, files);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trimEnd();
}

describe('bad arguments', () => {
  it.each([
    [['--quarters', '0'], 'sim: --quarters must be a whole number from 1 to 200, got "0"'],
    [['--quarters', '201'], 'sim: --quarters must be a whole number from 1 to 200, got "201"'],
    [['--quarters', '2.5'], 'sim: --quarters must be a whole number from 1 to 200, got "2.5"'],
    [['--aid', 'abc'], 'sim: --aid must be a number of billion euros, got "abc"'],
    [['--aid', 'Infinity'], 'sim: --aid must be a number of billion euros, got "Infinity"'],
    [
      ['--aid', '-1'],
      'sim: --aid must be a number of billion euros from 0 to 25, got -1 (scenario baseline-2025)',
    ],
    [
      ['--aid', '26'],
      'sim: --aid must be a number of billion euros from 0 to 25, got 26 (scenario baseline-2025)',
    ],
    [
      ['--sanctions', '5'],
      'sim: --sanctions must be a whole number from 0 to 4, got 5 (scenario baseline-2025)',
    ],
    [['--sanctions', '1.5'], 'sim: --sanctions must be a whole number, got "1.5"'],
    [['--seed', 'x'], 'sim: --seed must be a whole number, got "x"'],
    [['--seed', '0.5'], 'sim: --seed must be a whole number, got "0.5"'],
    [['--bogus'], 'sim: unknown option "--bogus" (see --help)'],
    [['baseline-2025'], 'sim: unexpected argument "baseline-2025" (options start with --, see --help)'],
    [['--quarters'], 'sim: --quarters needs a value'],
    [['--aid', '--json'], 'sim: --aid needs a value'],
    [['--seed', '1', '--seed', '2'], 'sim: --seed is given twice'],
    [['--json', '--csv'], 'sim: --json and --csv cannot be used together'],
    [
      ['--json', '--verbose'],
      'sim: --verbose applies to the table only (JSON output always has the event texts)',
    ],
    [
      ['--policy', 'plan.json', '--aid', '3'],
      'sim: --policy sets aid and sanctions for every quarter: drop --aid and --sanctions',
    ],
    [
      ['--scenario', 'baseline-2024'],
      'sim: unknown scenario "baseline-2024": not a bundled scenario (baseline-2025, observed-2025, us-stops-2025, north-korean-surge, china-steps-in, western-fatigue) or a .json file',
    ],
  ])('%j → %s', (argv, message) => {
    expect(failure(argv)).toBe(message);
  });
});

describe('bad files', () => {
  it('says which scenario file cannot be read', () => {
    expect(failure(['--scenario', 'no/such/file.json'])).toMatch(
      /^sim: cannot read scenario file "no\/such\/file\.json" \(ENOENT/,
    );
  });

  it('points at the line and column of a malformed scenario file', () => {
    const path = scenarioFixture('syntax-error.txt');
    expect(failure(['--scenario', path])).toMatch(
      /^sim: .*syntax-error\.txt: line 5, column 3: not valid JSON/,
    );
  });

  it('prints the first scenario error and how many more there are', () => {
    const doc = JSON.stringify({ schemaVersion: 1, id: 'x' });
    expect(failure(['--scenario', 'x.json'], { 'x.json': doc })).toBe(
      'sim: x.json: version: missing (expected a string) (and 16 more)',
    );
    expect(failure(['--scenario', scenarioFixture('extends-unknown-base.json')])).toMatch(
      /extends-unknown-base\.json: extends: unknown base scenario "baseline-2024"$/,
    );
  });

  it('checks every entry of a policy schedule against the scenario', () => {
    const run = (plan: unknown) => failure(['--policy', 'plan.json'], { 'plan.json': JSON.stringify(plan) });
    expect(run([])).toBe(
      'sim: plan.json: expected a non-empty JSON list of { "aid": number, "sanctions": integer }',
    );
    expect(
      run([
        { aid: 5, sanctions: 1 },
        { aid: 50, sanctions: 1 },
      ]),
    ).toBe('sim: plan.json: [1].aid: must be a number of billion euros from 0 to 25, got 50');
    expect(run([{ aid: 5, sanctionsLevel: 9 }])).toBe(
      'sim: plan.json: [0].sanctionsLevel: must be a whole number from 0 to 4, got 9',
    );
    expect(run([{ aid: 5 }])).toBe('sim: plan.json: [0]: missing "sanctions"');
    expect(run([{ aid: 5, sanctions: 1, note: 'x' }])).toBe(
      'sim: plan.json: [0].note: unknown field (use "aid" and "sanctions")',
    );
    expect(failure(['--policy', 'plan.json'], { 'plan.json': '[{' })).toMatch(
      /^sim: plan\.json: not valid JSON/,
    );
    expect(failure(['--policy', 'missing-plan.json'])).toMatch(
      /^sim: cannot read policy file "missing-plan\.json"/,
    );
  });
});
