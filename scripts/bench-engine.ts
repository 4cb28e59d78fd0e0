/**
 * The engine's figures, side by side in one run (scripts/bench.ts bundles and runs this, as the
 * page runs a bundled engine): quarter steps per second on one core for stepQuarter (one game,
 * with its report) and for the numeric kernel (many runs over flat arrays, no report) and their
 * ratio; the time of 1,000- and 10,000-run Monte Carlo forecasts of 12 quarters with stepQuarter;
 * and the time of the seeded sets of runs the bands and `sim --runs` use (runEnsemble, played by
 * the kernel, percentiles included) of 1,000 runs over 4 and over 12 quarters. Figures only:
 * nothing is asserted.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  createInitialState,
  runEnsemble,
  runGeneratorState,
  runLanes,
  stepQuarter,
  type GameState,
  type Policy,
  type ScenarioParams,
} from '../src/engine';
import { getBundledScenario } from '../src/scenario';

const params: ScenarioParams = getBundledScenario('baseline-2025').params;
const policy: Policy = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };

/** Steps games of 12 quarters back to back for about `seconds`; returns steps per second. */
function stepsPerSecond(seconds: number): number {
  let steps = 0;
  let sink = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let seed = 1;
  while (performance.now() < deadline) {
    let state: GameState = createInitialState(params, seed++);
    for (let q = 0; q < 12; q++) {
      state = stepQuarter(state, policy, params).state;
      steps++;
    }
    sink += state.equipment.tanksActive;
  }
  const elapsed = (performance.now() - start) / 1000;
  if (sink < 0) console.log(sink);
  return steps / elapsed;
}

/** Runs the kernel's 1,000 lanes × 12 quarters back to back for about `seconds`; returns steps per second. */
function kernelStepsPerSecond(seconds: number): number {
  const start = createInitialState(params, 1);
  const runs = 1000;
  const rngStates = Uint32Array.from({ length: runs }, (_, r) => runGeneratorState(1, r));
  let steps = 0;
  let sink = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  while (performance.now() < deadline) {
    const run = runLanes(start, () => policy, params, { runs, quarters: 12, rngStates });
    steps += runs * 12;
    sink += run.columns[0] ?? 0;
  }
  const elapsed = (performance.now() - t0) / 1000;
  if (sink < 0) console.log(sink);
  return steps / elapsed;
}

/** Runs `runs` games of 12 quarters, each with its own seed; returns milliseconds and the spread of one outcome. */
function monteCarlo(runs: number): { ms: number; nwfEnd2025P10: number; nwfEnd2025P90: number } {
  const nwf: number[] = [];
  const start = performance.now();
  for (let r = 0; r < runs; r++) {
    let state = createInitialState(params, 1000 + r);
    for (let q = 0; q < 12; q++) {
      const step = stepQuarter(state, policy, params);
      state = step.state;
      if (q === 3) nwf.push(step.report.indicators.nwfLiquidTrnRub);
    }
  }
  const ms = performance.now() - start;
  nwf.sort((a, b) => a - b);
  return { ms, nwfEnd2025P10: nwf[Math.floor(runs * 0.1)]!, nwfEnd2025P90: nwf[Math.floor(runs * 0.9)]! };
}

/**
 * Times a runEnsemble set of `runs` runs × `quarters` quarters from the baseline's start: the
 * median of three timings, in milliseconds, with the set's median liquid NWF in its last quarter
 * (trillion rubles) as a check that it ran.
 */
function ensemble(runs: number, quarters: number): { ms: number; nwfLastP50: number; quartersRun: number } {
  const start = createInitialState(params, 1);
  const timings: number[] = [];
  let nwfLastP50 = Number.NaN;
  let quartersRun = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const result = runEnsemble(start, policy, params, { runs, quarters, seed: 1 });
    timings.push(performance.now() - t0);
    const nwf = result.spreads.nwfLiquidTrnRub;
    nwfLastP50 = nwf[nwf.length - 1]?.p50 ?? Number.NaN;
    quartersRun = result.quarters;
  }
  timings.sort((a, b) => a - b);
  return { ms: timings[1]!, nwfLastP50, quartersRun };
}

/** The measurements, each run in a Node process of its own so that one's compiled code does not shape another's. */
const MEASUREMENTS: Readonly<Record<string, () => void>> = {
  machine: () => {
    const cpu = os.cpus()[0];
    console.log('Leverage engine benchmark');
    console.log(
      `machine: ${cpu?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
    );
  },
  steps: () => {
    stepsPerSecond(0.5); // warm-up: let the JIT compile the step
    console.log(`STEPS ${stepsPerSecond(3)}`);
  },
  kernel: () => {
    kernelStepsPerSecond(0.5);
    console.log(`KERNEL ${kernelStepsPerSecond(3)}`);
  },
  'monte-carlo': () => {
    for (const runs of [1000, 10000]) {
      const mc = monteCarlo(runs);
      console.log(
        `Monte Carlo with stepQuarter, ${runs.toLocaleString('en-GB')} runs × 12 quarters: ${mc.ms.toFixed(1)} ms ` +
          `(liquid NWF end-2025, 10th–90th percentile: ${mc.nwfEnd2025P10.toFixed(2)}–${mc.nwfEnd2025P90.toFixed(2)} trn RUB)`,
      );
    }
  },
  sets: () => {
    ensemble(1000, 12); // warm-up: let the JIT compile the set's loop and summary
    console.log(
      'seeded sets (runEnsemble: the numeric kernel, percentiles of every indicator and quarter included):',
    );
    for (const quarters of [4, 12]) {
      const set = ensemble(1000, quarters);
      console.log(
        `  1,000 runs × ${set.quartersRun} quarters: ${set.ms.toFixed(1)} ms (median of 3; ` +
          `median liquid NWF in the last quarter: ${set.nwfLastP50.toFixed(2)} trn RUB)`,
      );
    }
  },
};

const which = process.argv[2] ?? '';
const measure = MEASUREMENTS[which];
if (!measure) {
  console.error(`Unknown measurement "${which}". Known: ${Object.keys(MEASUREMENTS).join(', ')}.`);
  process.exit(2);
}
measure();
