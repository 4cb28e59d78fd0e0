/** The real command, spawned once for success and once for failure, to prove the wiring of sim.ts. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimJson } from '../../src/cli/format';
import { repoRoot } from './helpers';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

function spawnSim(args: readonly string[]) {
  return spawnSync(tsx, ['src/cli/sim.ts', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
}

describe('the sim command', () => {
  it('prints JSON for two quarters and exits 0', () => {
    const result = spawnSim(['--quarters', '2', '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as SimJson;
    expect(out.quarters.map((q) => q.quarter)).toEqual(['2025-Q1', '2025-Q2']);
  });

  it('exits with status 2 and one line on stderr for --aid abc', () => {
    const result = spawnSim(['--aid', 'abc']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('sim: --aid must be a number of billion euros, got "abc"\n');
  });
});
