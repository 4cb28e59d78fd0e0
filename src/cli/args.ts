/**
 * The simulator's command line, parsed without touching the process: argv in, options or one
 * sentence saying what is wrong out. Ranges that depend on the scenario (aid up to its maximum,
 * sanctions up to its top level) are checked later, once the scenario is loaded.
 */

/** How the results are printed. */
export type OutputFormat = 'table' | 'json' | 'csv';

/** Everything the command line can ask for; absent fields take the scenario's defaults. */
export interface SimOptions {
  /** A bundled scenario id or a path to a scenario JSON file. */
  readonly scenario: string;
  /** Quarters to simulate, 1–200; default: the scenario's horizon. */
  readonly quarters?: number;
  /** Aid every quarter, billion EUR; default: the scenario's status quo. */
  readonly aidBnEurPerQuarter?: number;
  /** Sanctions level every quarter; default: the scenario's status quo. */
  readonly sanctionsLevel?: number;
  /** Path to a JSON per-quarter policy schedule (excludes aid and sanctions). */
  readonly policyFile?: string;
  readonly seed: number;
  readonly format: OutputFormat;
  /** Table only: print each quarter's event headlines under its row. */
  readonly verbose: boolean;
  /** Also run this many seeded runs (1–MAX_RUNS) and print their percentiles; absent: one run only. */
  readonly runs?: number;
  /** Seed of the set of runs; default: `seed`. Only with `runs`. */
  readonly runsSeed?: number;
  /** True: each of the runs also draws the disputed figures (scenarios/assumptions.json). Only with `runs`. */
  readonly disputed?: boolean;
}

/** Parser result: options, a request for help, or what is wrong. */
export type ArgsResult =
  | { readonly ok: true; readonly help: false; readonly options: SimOptions }
  | { readonly ok: true; readonly help: true }
  | { readonly ok: false; readonly message: string };

/** Default scenario: the report's view at publication. */
export const DEFAULT_SCENARIO = 'baseline-2025';
/** Most quarters one run may ask for (50 years). */
export const MAX_QUARTERS = 200;
/** Most runs one --runs may ask for: enough for stable 5th and 95th percentiles, within a minute or so. */
export const MAX_RUNS = 100_000;

const VALUE_FLAGS = [
  '--scenario',
  '--quarters',
  '--aid',
  '--sanctions',
  '--seed',
  '--policy',
  '--runs',
  '--runs-seed',
] as const;
const SWITCHES = ['--json', '--csv', '--verbose', '--disputed', '--help', '-h'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** A number written in full (no empty string, no 'Infinity'), or undefined. */
function numberFrom(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/** Checks one flag's value on its own; returns the value to store or a message. */
function readValue(flag: ValueFlag, text: string): { value: string | number } | { message: string } {
  if (flag === '--scenario' || flag === '--policy') return { value: text };
  const n = numberFrom(text);
  const got = `got "${text}"`;
  switch (flag) {
    case '--aid':
      return n === undefined ? { message: `--aid must be a number of billion euros, ${got}` } : { value: n };
    case '--quarters':
      return n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_QUARTERS
        ? { value: n }
        : { message: `--quarters must be a whole number from 1 to ${MAX_QUARTERS}, ${got}` };
    case '--sanctions':
      return n !== undefined && Number.isInteger(n)
        ? { value: n }
        : { message: `--sanctions must be a whole number, ${got}` };
    case '--runs':
      return n !== undefined && Number.isInteger(n) && n >= 1 && n <= MAX_RUNS
        ? { value: n }
        : { message: `--runs must be a whole number from 1 to ${MAX_RUNS.toLocaleString('en-GB')}, ${got}` };
    case '--seed':
    case '--runs-seed':
      return n !== undefined && Number.isSafeInteger(n)
        ? { value: n }
        : { message: `${flag} must be a whole number, ${got}` };
  }
}

/** Splits `--flag=value` into its parts; other tokens pass through. */
function splitToken(token: string): { name: string; inline?: string } {
  const eq = token.indexOf('=');
  return token.startsWith('--') && eq > 0
    ? { name: token.slice(0, eq), inline: token.slice(eq + 1) }
    : { name: token };
}

/** Parses the arguments after `sim` (process.argv.slice(2)). Pure. */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const values = new Map<ValueFlag, string | number>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const { name, inline } = splitToken(argv[i] ?? '');
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (inline !== undefined) return { ok: false, message: `${name} takes no value` };
      switches.add(name === '-h' ? '--help' : name);
      continue;
    }
    if (!(VALUE_FLAGS as readonly string[]).includes(name)) {
      return name.startsWith('-')
        ? { ok: false, message: `unknown option "${name}" (see --help)` }
        : { ok: false, message: `unexpected argument "${name}" (options start with --, see --help)` };
    }
    const flag = name as ValueFlag;
    const next = argv[i + 1];
    const text = inline ?? (next !== undefined && !next.startsWith('--') ? next : undefined);
    if (text === undefined) return { ok: false, message: `${flag} needs a value` };
    if (inline === undefined) i++;
    if (values.has(flag)) return { ok: false, message: `${flag} is given twice` };
    const read = readValue(flag, text);
    if ('message' in read) return { ok: false, message: read.message };
    values.set(flag, read.value);
  }
  if (switches.has('--help')) return { ok: true, help: true };
  return combine(values, switches);
}

/** Checks flags that exclude each other and assembles the options. */
function combine(values: ReadonlyMap<ValueFlag, string | number>, switches: ReadonlySet<string>): ArgsResult {
  if (switches.has('--json') && switches.has('--csv')) {
    return { ok: false, message: '--json and --csv cannot be used together' };
  }
  if (values.has('--policy') && (values.has('--aid') || values.has('--sanctions'))) {
    return {
      ok: false,
      message: '--policy sets aid and sanctions for every quarter: drop --aid and --sanctions',
    };
  }
  const format: OutputFormat = switches.has('--json') ? 'json' : switches.has('--csv') ? 'csv' : 'table';
  if (switches.has('--verbose') && format !== 'table') {
    return {
      ok: false,
      message: '--verbose applies to the table only (JSON output always has the event texts)',
    };
  }
  if (values.has('--runs-seed') && !values.has('--runs')) {
    return { ok: false, message: '--runs-seed applies only with --runs' };
  }
  if (switches.has('--disputed') && !values.has('--runs')) {
    return {
      ok: false,
      message: '--disputed applies only with --runs (it varies the disputed figures from run to run)',
    };
  }
  const get = (flag: ValueFlag) => values.get(flag);
  const quarters = get('--quarters');
  const aid = get('--aid');
  const sanctions = get('--sanctions');
  const policyFile = get('--policy');
  const runs = get('--runs');
  const runsSeed = get('--runs-seed');
  const options: SimOptions = {
    scenario: String(get('--scenario') ?? DEFAULT_SCENARIO),
    seed: Number(get('--seed') ?? 1),
    format,
    verbose: switches.has('--verbose'),
    ...(quarters !== undefined ? { quarters: Number(quarters) } : {}),
    ...(aid !== undefined ? { aidBnEurPerQuarter: Number(aid) } : {}),
    ...(sanctions !== undefined ? { sanctionsLevel: Number(sanctions) } : {}),
    ...(policyFile !== undefined ? { policyFile: String(policyFile) } : {}),
    ...(runs !== undefined ? { runs: Number(runs) } : {}),
    ...(runsSeed !== undefined ? { runsSeed: Number(runsSeed) } : {}),
    ...(switches.has('--disputed') ? { disputed: true } : {}),
  };
  return { ok: true, help: false, options };
}

/** The text of `sim --help`. */
export const USAGE = `Usage: npm run sim -- [options]

Runs the Leverage simulation headless, quarter by quarter, and prints the indicators.

Options:
  --scenario ID|FILE  a bundled scenario id (${DEFAULT_SCENARIO}, observed-2025 …) or a path to a
                      scenario .json file; "extends" is resolved against the bundled scenarios
                      (default: ${DEFAULT_SCENARIO})
  --quarters N        quarters to simulate, 1–${MAX_QUARTERS} (default: the scenario's horizon)
  --aid BN_EUR        military aid to Ukraine every quarter, billion euros, 0 to the scenario's
                      maximum (default: the status quo, 10.4)
  --sanctions LEVEL   sanctions level every quarter, 0 (relief) to the scenario's top level
                      (default: the status quo, 1)
  --policy FILE       per-quarter schedule instead of --aid/--sanctions: a JSON list of
                      { "aid": number, "sanctions": integer }; quarter i uses entry i and the
                      last entry holds after the list ends
  --seed N            random seed, a whole number (default: 1)
  --runs N            after the run, N more runs (1–100,000) from the same start under the same
                      policy, each with shocks of its own: the 5th, 25th, 50th, 75th and 95th
                      percentiles per indicator and quarter, and how often the posture shifts,
                      the liquid reserves run out and the coalition holds
  --runs-seed S       seed of those runs, a whole number (default: the --seed)
  --disputed          with --runs: each run also draws one option of every disputed figure
                      (scenarios/assumptions.json), from a seeded stream of its own; the output
                      says so and --json lists each run's draw
  --json              print JSON (see docs/cli.md for the contract)
  --csv               print CSV: a header, then one row per quarter
  --verbose           table only: print each quarter's event headlines under its row
  --help, -h          print this help

Exit status: 0 on success, 2 for bad arguments or a bad scenario or policy file.
`;
