/**
 * Runs the simulator in-process: runSim with captured output and a file reader that serves
 * in-memory files first and the real file system otherwise (so fixtures and missing paths
 * behave as on the command line).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runSim } from '../../src/cli/run';
import type { SimJson } from '../../src/cli/format';

/** What one run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sim` with these arguments; `files` are extra in-memory files by path. */
export function sim(argv: readonly string[], files: Readonly<Record<string, string>> = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = runSim(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

/** Runs `sim --json …` and parses the output. */
export function simJson(argv: readonly string[], files: Readonly<Record<string, string>> = {}): SimJson {
  const run = sim(['--json', ...argv], files);
  if (run.code !== 0) throw new Error(`sim failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as SimJson;
}

/** The table rows of a run (lines that start with a quarter label). */
export function tableRows(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^\d{4}-Q[1-4]\b/.test(line));
}

/** Absolute path of a scenario fixture (tests/fixtures/scenarios/NAME). */
export function scenarioFixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/scenarios/${name}`, import.meta.url));
}

/** The repository root, for spawning the real command. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
