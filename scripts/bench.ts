/**
 * `npm run bench` (first half): bundles scripts/bench-engine.ts with the engine into one file and
 * runs it with Node, so the engine is measured as the page runs it (bundled), not through the
 * TypeScript loader's module shims, which slow every call between modules. Prints the figures
 * with the machine's details. Each measurement runs in a Node process of its own, as the page runs
 * the kernel in a worker of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'reports', 'bench', 'bench-engine.mjs');
mkdirSync(path.dirname(outfile), { recursive: true });
await build({
  entryPoints: [path.join(root, 'scripts', 'bench-engine.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
/** Runs one measurement of the bundle in a fresh Node process; returns what it printed. */
function measure(name: string): string {
  const run = spawnSync(process.execPath, [outfile, name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`The "${name}" measurement failed (exit ${run.status ?? 'signal'}).`);
  return run.stdout;
}

/** The number after a tag such as "STEPS " in a measurement's output. */
const tagged = (output: string, tag: string): number => Number(output.split(`${tag} `)[1]);

process.stdout.write(measure('machine'));
const steps = tagged(measure('steps'), 'STEPS');
const kernel = tagged(measure('kernel'), 'KERNEL');
const count = (n: number): string => Math.round(n).toLocaleString('en-GB');
console.log(`quarter steps per second (one core), stepQuarter: ${count(steps)}`);
console.log(
  `quarter steps per second (one core), numeric kernel (1,000 lanes × 12 quarters): ${count(kernel)} ` +
    `(${(kernel / steps).toFixed(1)} × stepQuarter)`,
);
process.stdout.write(measure('monte-carlo'));
process.stdout.write(measure('sets'));
