/**
 * Fuzz: scenario files and policy schedules, through the loader (parseScenarioJson) and through
 * the command line (runSim with a file reader that hands over the hostile file). The bundled
 * scenarios and a small extending file, cut short, with a bit flipped, padded, with fields
 * replaced by hostile JSON (huge, negative and non-finite numbers, deep nesting, markup,
 * `__proto__` keys), or anything at all; schedules likewise. The loader gives a scenario the engine
 * can play, or errors that each name the file and say what is wrong; the command line exits 0 with
 * its output or 2 with one line `sim: …` on stderr. Nothing throws.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSim } from '../../src/cli/run';
import { readSchedule } from '../../src/cli/schedule';
import { createInitialState, stepQuarter, type ScenarioParams } from '../../src/engine';
import {
  BUNDLED_SCENARIO_IDS,
  bundledDocument,
  bundledSources,
  formatScenarioErrors,
  getBundledScenario,
  parseScenarioJson,
} from '../../src/scenario';
import {
  FUZZ_TEST_TIMEOUT_MS,
  hostileJsonText,
  hostileNumber,
  hostileString,
  jsonText,
  mutatedJson,
  mutatedText,
  nested,
  Obj,
} from './arbitraries';
import { fuzzInput, knownDefect, textNestingDepth, type Verdict } from './harness';
import { indicatorProblems } from './player';

const FIXTURE = readFileSync(new URL('../fixtures/scenarios/borrowing-high.json', import.meta.url), 'utf8');

/** Every bundled scenario's file as JSON text, and a small file that extends the baseline. */
const FILES: readonly string[] = [
  ...BUNDLED_SCENARIO_IDS.map((id) => JSON.stringify(bundledDocument(id), null, 2)),
  FIXTURE,
];

/** The small files, whose edits are cheap to write out; the baseline is edited less often. */
const mutatedFiles = FILES.map((text) => mutatedJson(JSON.parse(text)));

/** What an author might hand the loader. */
const scenarioText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...FILES) },
  { weight: 6, arbitrary: fc.oneof(...mutatedFiles.slice(1), mutatedFiles[0]!) },
  { weight: 3, arbitrary: fc.constantFrom(...FILES).chain(mutatedText) },
  { weight: 3, arbitrary: hostileJsonText({ invalid: true }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.constant(1), hostileNumber),
        fc.oneof(
          fc.constantFrom(...BUNDLED_SCENARIO_IDS, 'nowhere', 'x', '__proto__', 'constructor'),
          hostileString,
        ),
        fc.oneof(fc.constantFrom(...BUNDLED_SCENARIO_IDS, 'x'), hostileString),
        fc.oneof(hostileJsonText(), fc.constant('{}')),
      )
      .map(([version, id, base, overrides]) =>
        jsonText(
          new Obj([
            ['schemaVersion', version],
            ['id', id],
            ['version', '1.0.0'],
            ['name', 'N'],
            ['description', 'D'],
            ['dataVintage', '2025-02-19'],
            ['extends', base],
          ]),
        ).replace(/}$/, `,"overrides":${overrides}}`),
      ),
  },
  { weight: 2, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\ufeff',
      '\ufeff{}',
      'null',
      '[]',
      '"text"',
      '{',
      jsonText(nested(20_000, 'object')),
    ),
  },
);

const OPTIONS = { file: 'fuzz.json', sources: bundledSources(), resolveBase: bundledDocument };

/** The safety net of parseScenario: an error it could not word, which would be a loader defect. */
const SAFETY_NET = /could not be checked/;

/**
 * Fails unless a loaded scenario's first quarters step without throwing, every indicator finite
 * and inside its documented range.
 */
function expectPlayable(params: ScenarioParams): void {
  let state = createInitialState(params, 1);
  const reports = [];
  for (let q = 0; q < 4; q++) {
    const step = stepQuarter(
      state,
      {
        aidBnEurPerQuarter: params.policy.aidStatusQuoBnEurPerQuarter,
        sanctionsLevel: params.policy.sanctionsStatusQuoLevel,
      },
      params,
    );
    state = step.state;
    reports.push(step.report);
  }
  const infinite = reports.flatMap((r) =>
    Object.entries(r.indicators)
      .filter(([, v]) => !Number.isFinite(v))
      .map(([k]) => `${r.quarter}: ${k}`),
  );
  if (infinite.length > 0) expect(infinite, 'indicators that are not finite').toEqual([]);
  const problems = reports.flatMap((r) => indicatorProblems(r.indicators).map((v) => `${r.quarter}: ${v}`));
  if (problems.length > 0) expect(problems, 'indicators outside their ranges').toEqual([]);
}

/** A scenario file's text through the loader. */
function loadOnce(text: string): Verdict {
  const result = parseScenarioJson(text, OPTIONS);
  if (result.ok) {
    expectPlayable(result.scenario.params);
    return 'accepted';
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(e.file.length).toBeGreaterThan(0);
    expect(typeof e.path).toBe('string');
    expect(e.message.trim().length).toBeGreaterThan(0);
  }
  // Each error names the file (or the base it extends).
  const unnamed = result.errors
    .map((e) => formatScenarioErrors([e]))
    .filter((line) => !line.startsWith('fuzz.json') && !line.includes('(base of fuzz.json)'));
  if (unnamed.length > 0) expect(unnamed, 'errors that name no file').toEqual([]);
  if (result.errors.some((e) => SAFETY_NET.test(e.message))) {
    expect(result.errors.map((e) => e.message).join('; '), 'the loader words every error').not.toMatch(
      SAFETY_NET,
    );
  }
  return 'refused';
}

/** Arguments of the command line around a file path or two. */
const flags: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.subarray(['--json', '--csv', '--verbose']),
    fc.option(fc.constantFrom('--quarters', '--seed', '--aid', '--sanctions', '--quarters=', '--seed='), {
      nil: undefined,
    }),
    fc.oneof(
      fc.constantFrom(
        '4',
        '1',
        '200',
        '201',
        '0',
        '-1',
        '1e3',
        'NaN',
        'Infinity',
        '',
        ' ',
        '9007199254740993',
      ),
      hostileString,
    ),
    fc.option(fc.constantFrom('--unknown', '-x', 'stray', '--help', '-h', '--json=1', '--scenario'), {
      nil: undefined,
      freq: 6,
    }),
  )
  .map(([switches, flag, value, extra]) => [
    ...switches,
    ...(flag === undefined ? [] : flag.endsWith('=') ? [`${flag}${value}`] : [flag, value]),
    ...(extra === undefined ? [] : [extra]),
  ]);

/**
 * True when an error about the text may quote a line break: a key or a string of its JSON with
 * one, or, for text that is not JSON, any line break (the parser's reason quotes the text near
 * where it stopped).
 */
function quotesLineBreak(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return /[\n\r]/.test(text);
  }
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string' && /[\n\r]/.test(v)) return true;
    if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (/[\n\r]/.test(k)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** Fails unless a run ended as the command line promises: 0 with output, or 2 with one line on stderr. */
function expectCliEnding(
  code: number,
  stdout: string,
  stderr: string,
  echoesLineBreak: () => boolean = () => false,
): Verdict {
  if (code === 0) {
    expect(stdout.length).toBeGreaterThan(0);
    expect(stderr).toBe('');
    return 'accepted';
  }
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^sim: /);
  if (/^sim: [^\n]+\n$/.test(stderr)) return 'refused';
  // KNOWN DEFECT (known-defects.test.ts): the command line quotes a bad argument, a file's keys and
  // strings as they are (src/cli/args.ts readValue and parseArgs, src/cli/schedule.ts, the
  // loader's paths), and keeps the JSON parser's quote of the text near a syntax error
  // (cleanReason, src/scenario/json-syntax.ts), so a quoted line break splits the one-line error:
  // many a syntax error in a file written on several lines does.
  if (echoesLineBreak()) return knownDefect('a quoted line break splits the one-line error');
  expect(stderr, 'one line "sim: …" on stderr').toMatch(/^sim: [^\n]+\n$/);
  return 'refused';
}

/** Runs the command line on these arguments with `files` as the only readable files. */
function simOnce(argv: readonly string[], files: Readonly<Record<string, string>>): Verdict {
  let stdout = '';
  let stderr = '';
  const code = runSim(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
  });
  const echoes = (): boolean =>
    argv.some((a) => /[\n\r]/.test(a)) || Object.values(files).some(quotesLineBreak);
  return expectCliEnding(code, stdout, stderr, echoes);
}

/** A policy schedule as a facilitator might write one: valid, edited, or anything at all. */
const VALID_SCHEDULE = [
  { aid: 12, sanctions: 2 },
  { aidBnEurPerQuarter: 20.5, sanctionsLevel: 4 },
  { aid: 0, sanctions: 0 },
];
const scheduleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(JSON.stringify(VALID_SCHEDULE)) },
  { weight: 6, arbitrary: mutatedJson(VALID_SCHEDULE) },
  { weight: 2, arbitrary: fc.constant(JSON.stringify(VALID_SCHEDULE)).chain(mutatedText) },
  { weight: 2, arbitrary: hostileJsonText({ invalid: true }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.record({ aid: hostileNumber, sanctions: hostileNumber }), { minLength: 1, maxLength: 6 })
      .map(
        (entries) =>
          `[${entries.map((e) => `{"aid":${jsonText(e.aid)},"sanctions":${jsonText(e.sanctions)}}`).join(',')}]`,
      ),
  },
);

/**
 * KNOWN DEFECT (known-defects.test.ts): a schedule entry (or its aid or sanctions) that nests
 * thousands deep is quoted in the error with JSON.stringify (readEntry, aidProblem and
 * sanctionsProblem, src/cli/schedule.ts), which overflows the stack: the RangeError escapes from
 * runSim instead of "sim: …" and exit status 2. Only that error on such a file is taken for it.
 */
function isKnownDeepScheduleDefect(error: unknown, text: string): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message) && textNestingDepth(text) > 1_000;
}

describe('fuzz: scenario files and policy schedules', () => {
  it(
    'the loader gives a playable scenario or errors naming the file, and never throws',
    () => {
      const counts = fuzzInput('scenario files (loader)', scenarioText, loadOnce);
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'the command line exits 0 with output or 2 with one line on stderr, whatever its arguments and files',
    () => {
      const cliCase = fc.oneof(
        {
          weight: 3,
          arbitrary: fc
            .tuple(flags, scenarioText)
            .map(([f, text]) => ({ argv: ['--scenario', 'fuzz.json', ...f], text })),
        },
        { weight: 1, arbitrary: flags.map((f) => ({ argv: f, text: '' })) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.oneof(fc.constantFrom(...BUNDLED_SCENARIO_IDS, 'plan.json', 'a/b', 'x'), hostileString),
              flags,
            )
            .map(([name, f]) => ({ argv: ['--scenario', name, ...f], text: '' })),
        },
      );
      const counts = fuzzInput('scenario files (command line)', cliCase, ({ argv, text }) => {
        try {
          return simOnce(argv, { 'fuzz.json': text });
        } catch (error) {
          if (isKnownDeepScheduleDefect(error, text))
            return knownDefect('a deep schedule entry overflows the error');
          throw error;
        }
      });
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'a policy schedule is read into levers the scenario allows, or refused with one line',
    () => {
      const params = getBundledScenario('baseline-2025').params;
      const policyCase = fc.tuple(
        scheduleText,
        fc.constantFrom(...BUNDLED_SCENARIO_IDS),
        fc.subarray(['--json', '--csv']),
      );
      const counts = fuzzInput('policy schedules', policyCase, ([text, scenario, format]) => {
        // Read directly, the schedule is a list of levers inside the scenario's ranges, or a message.
        let raw: unknown = undefined;
        try {
          raw = JSON.parse(text);
        } catch {
          // Not JSON: the command line says so below.
        }
        let direct: ReturnType<typeof readSchedule> | null = null;
        try {
          direct = readSchedule(raw, 'plan.json', params);
        } catch (error) {
          if (!isKnownDeepScheduleDefect(error, text)) throw error;
        }
        if (direct?.ok) {
          for (const p of direct.policies) {
            expect(Number.isFinite(p.aidBnEurPerQuarter)).toBe(true);
            expect(p.aidBnEurPerQuarter).toBeGreaterThanOrEqual(0);
            expect(p.aidBnEurPerQuarter).toBeLessThanOrEqual(params.policy.aidMaxBnEurPerQuarter);
            expect(Number.isInteger(p.sanctionsLevel)).toBe(true);
          }
        } else if (direct) {
          expect(direct.message).toMatch(/^plan\.json: ./);
        }
        try {
          return simOnce(['--scenario', scenario, '--policy', 'plan.json', ...format], { 'plan.json': text });
        } catch (error) {
          if (isKnownDeepScheduleDefect(error, text))
            return knownDefect('a deep schedule entry overflows the error');
          throw error;
        }
      });
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
