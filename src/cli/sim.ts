/**
 * `npm run sim -- …`: the headless simulator's entry point. All logic lives in runSim; this file
 * only connects it to the process (arguments, output streams, the file system, exit status).
 */
import { readFileSync } from 'node:fs';
import { runSim } from './run';

process.exitCode = runSim(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
});
