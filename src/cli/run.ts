/**
 * The simulator as a function: `runSim(argv, io)` parses the arguments, loads the scenario and
 * any policy schedule through `io.readFile`, steps the engine and writes the chosen format to
 * `io.stdout`; with --runs it then runs the seeded set and appends its summary. Pure apart from
 * io, so tests run it in-process. Any bad input ends in one line
 * `sim: <what is wrong>` on stderr and exit status 2.
 */
import { createInitialState, stepQuarter, type GameState, type Policy, type TurnReport } from '../engine';
import {
  BUNDLED_SCENARIO_IDS,
  bundledDocument,
  disputedFiguresFor,
  bundledSources,
  formatScenarioErrors,
  getBundledScenario,
  parseScenarioJson,
  type LoadedScenario,
} from '../scenario';
import { parseArgs, USAGE, type SimOptions } from './args';
import {
  formatEnsembleCsv,
  formatEnsembleTable,
  formatJsonWithEnsemble,
  simulateEnsemble,
  type SimEnsemble,
} from './ensemble';
import { formatCsv, formatJson, type SimRun } from './format';
import { aidProblem, policyAt, readSchedule, sanctionsProblem } from './schedule';
import { formatTable } from './table';

/** What runSim may touch: two output streams and a file reader (which throws when it cannot read). */
export interface SimIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
}

/** Exit status of a completed run. */
export const EXIT_OK = 0;
/** Exit status for bad arguments or a bad scenario or policy file (as for usage errors in Unix tools). */
export const EXIT_USAGE = 2;

/** A step that either gives a value or stops the run with one message. */
type Step<T> = { ok: true; value: T } | { ok: false; message: string };

const stop = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Runs the simulator; returns the exit status. */
export function runSim(argv: readonly string[], io: SimIo): number {
  const args = parseArgs(argv);
  if (!args.ok) return fail(io, args.message);
  if (args.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const { options } = args;
  const scenario = loadScenario(options.scenario, io);
  if (!scenario.ok) return fail(io, scenario.message);
  const policies = choosePolicies(options, scenario.value, io);
  if (!policies.ok) return fail(io, policies.message);

  const run = simulate(scenario.value, options, policies.value);
  const render = { json: formatJson, csv: formatCsv, table: (r: SimRun) => formatTable(r, options.verbose) };
  if (options.runs === undefined) {
    io.stdout(render[options.format](run));
    return EXIT_OK;
  }
  const set = simulateEnsemble(scenario.value.params, policies.value, {
    runs: options.runs,
    seed: options.runsSeed ?? options.seed,
    gameSeed: options.seed,
    quarters: run.reports.length,
    disputed: options.disputed ? disputedFiguresFor(scenario.value.params) : [],
  });
  const withSet = {
    json: (r: SimRun, e: SimEnsemble) => formatJsonWithEnsemble(r, e),
    csv: (r: SimRun, e: SimEnsemble) => `${formatCsv(r)}\n${formatEnsembleCsv(e)}`,
    table: (r: SimRun, e: SimEnsemble) => `${formatTable(r, options.verbose)}\n${formatEnsembleTable(e)}`,
  };
  io.stdout(withSet[options.format](run, set));
  return EXIT_OK;
}

function fail(io: SimIo, message: string): number {
  // One line, whatever the message quotes (a file's text, an argument with a line break in it).
  io.stderr(`sim: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
  return EXIT_USAGE;
}

/** A file's text, or why it could not be read. */
function read(io: SimIo, path: string, what: string): Step<string> {
  try {
    return { ok: true, value: io.readFile(path) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return stop(`cannot read ${what} "${path}" (${reason})`);
  }
}

/** A bundled scenario by id, or a scenario file by path (its `extends` resolved against the bundled ones). */
function loadScenario(name: string, io: SimIo): Step<LoadedScenario> {
  if (BUNDLED_SCENARIO_IDS.includes(name)) return { ok: true, value: getBundledScenario(name) };
  if (!/[\\/]|\.json$/i.test(name)) {
    return stop(
      `unknown scenario "${name}": not a bundled scenario (${BUNDLED_SCENARIO_IDS.join(', ')}) or a .json file`,
    );
  }
  const text = read(io, name, 'scenario file');
  if (!text.ok) return text;
  const result = parseScenarioJson(text.value, {
    file: name,
    sources: bundledSources(),
    resolveBase: bundledDocument,
  });
  if (result.ok) return { ok: true, value: result.scenario };
  const [first, ...rest] = result.errors;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return stop(`${formatScenarioErrors(first ? [first] : [])}${more}`);
}

/** The policy of every quarter: a schedule file, or one policy from the flags and the scenario's status quo. */
function choosePolicies(options: SimOptions, scenario: LoadedScenario, io: SimIo): Step<readonly Policy[]> {
  const { params } = scenario;
  if (options.policyFile !== undefined) {
    const text = read(io, options.policyFile, 'policy file');
    if (!text.ok) return text;
    let raw: unknown;
    try {
      raw = JSON.parse(text.value);
    } catch (error) {
      return stop(
        `${options.policyFile}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const schedule = readSchedule(raw, options.policyFile, params);
    return schedule.ok ? { ok: true, value: schedule.policies } : stop(schedule.message);
  }
  const aid = options.aidBnEurPerQuarter ?? params.policy.aidStatusQuoBnEurPerQuarter;
  const sanctions = options.sanctionsLevel ?? params.policy.sanctionsStatusQuoLevel;
  const aidError = aidProblem(aid, params);
  if (aidError !== undefined) return stop(`--aid ${aidError} (scenario ${scenario.id})`);
  const sanctionsError = sanctionsProblem(sanctions, params);
  if (sanctionsError !== undefined) return stop(`--sanctions ${sanctionsError} (scenario ${scenario.id})`);
  return { ok: true, value: [{ aidBnEurPerQuarter: aid, sanctionsLevel: sanctions }] };
}

/** Steps the engine from the scenario's start for the requested quarters. */
function simulate(scenario: LoadedScenario, options: SimOptions, policies: readonly Policy[]): SimRun {
  const { params } = scenario;
  const quarters = options.quarters ?? params.horizonQuarters;
  let state: GameState = createInitialState(params, options.seed);
  const reports: TurnReport[] = [];
  for (let i = 0; i < quarters; i++) {
    const step = stepQuarter(state, policyAt(policies, i), params);
    state = step.state;
    reports.push(step.report);
  }
  return {
    scenario: { id: scenario.id, name: scenario.name, version: scenario.version },
    seed: options.seed,
    reports,
    postureNames: params.posture.levels.map((level) => level.name),
  };
}
