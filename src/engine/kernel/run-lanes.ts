/**
 * The numeric kernel: many runs of the model from one state, quarter by quarter over flat arrays
 * (lanes.ts), with no event report and no game state kept per run. Each lane's quarter is the
 * engine's own (computeQuarter and nextStateOf in quarter-core.ts, the scheduled injects before
 * them), so the kernel and stepQuarter are one model; tests/engine/kernel-equivalence.test.ts
 * proves they give the same numbers. Runs that have ended (a collapse, the horizon) keep their
 * last indicators and are not stepped again, as a set of runs of stepQuarter does.
 */
import type { ScenarioParams } from '../params';
import { computeQuarter, nextStateOf } from '../quarter-core';
import { fireScheduledInjects } from '../systems/injects';
import type { GameState, IndicatorName, Policy } from '../types';
import { createLanes, createScratch, readLane, writeLane, type Lanes } from './lanes';

/** What the kernel runs. */
export interface LaneRunSpec {
  /** How many runs (lanes). */
  readonly runs: number;
  /** How many quarters to run (the caller cuts them at the horizon). */
  readonly quarters: number;
  /** Generator state of each run's shocks, one per run. */
  readonly rngStates: ArrayLike<number>;
  /** The parameters of each run, when they differ (disputed figures); else every run plays `params`. */
  readonly paramsOfRun?: readonly ScenarioParams[];
  /** The state each run starts from, when they differ (opening figures drawn); else every run starts from `state`. */
  readonly starts?: readonly GameState[];
}

/** The kernel's answer: every indicator of every run and quarter, and the runs' final lanes. */
export interface LaneRun {
  readonly runs: number;
  readonly quarters: number;
  /** The indicators in column order. */
  readonly names: readonly IndicatorName[];
  /**
   * Indicator i of run r at quarter q (0 = the first quarter run) is columns[(q × runs + r) × names.length + i]:
   * a quarter's indicators of one run lie side by side, as the kernel writes them.
   */
  readonly columns: Float64Array;
  /** The runs' states after the last quarter (an ended run keeps the quarter it ended in). */
  readonly lanes: Lanes;
}

/** Index of a value in a LaneRun's columns. */
export function columnIndex(run: LaneRun, indicator: number, quarter: number, lane: number): number {
  return (quarter * run.runs + lane) * run.names.length + indicator;
}

/** True when the scenario schedules an inject at this quarter. */
function hasScheduledInject(params: ScenarioParams, quarterIndex: number): boolean {
  for (const inject of params.injects) if (inject.scheduledQuarter === quarterIndex) return true;
  return false;
}

/**
 * Runs `spec.runs` runs of `spec.quarters` quarters from `state` under the policy of each quarter
 * ahead (policyAt(0) is the quarter being decided).
 */
export function runLanes(
  state: GameState,
  policyAt: (quarterAhead: number) => Policy,
  params: ScenarioParams,
  spec: LaneRunSpec,
): LaneRun {
  const runs = spec.runs;
  const quarters = spec.quarters;
  const lanes = createLanes(
    state,
    runs,
    spec.rngStates,
    params.ammunition.aidDeliveryWeights.length,
    spec.starts,
  );
  const scratch = createScratch(lanes);
  let names: IndicatorName[] = [];
  let columns = new Float64Array(0);
  const ended = lanes.scalars.outcomeKind;
  for (let q = 0; q < quarters; q++) {
    const policy = policyAt(q);
    for (let l = 0; l < runs; l++) {
      if (ended[l] !== 0) {
        // An ended run keeps its last values (q ≥ 1 here: a state that has ended runs no quarters).
        const at = (q * runs + l) * names.length;
        columns.copyWithin(at, at - runs * names.length, at - runs * names.length + names.length);
        continue;
      }
      const runParams = spec.paramsOfRun?.[l] ?? params;
      let laneState = readLane(lanes, l, scratch);
      if (hasScheduledInject(runParams, lanes.quarterIndex))
        laneState = fireScheduledInjects(laneState, runParams).state;
      const computed = computeQuarter(laneState, policy, runParams);
      writeLane(lanes, l, nextStateOf(laneState, computed));
      if (names.length === 0) {
        names = Object.keys(computed.indicators) as IndicatorName[];
        columns = new Float64Array(names.length * quarters * runs);
      }
      const row = computed.indicators as unknown as Readonly<Record<string, number>>;
      let at = (q * runs + l) * names.length;
      for (const name in row) columns[at++] = row[name]!;
    }
    lanes.quarterIndex++;
  }
  return { runs, quarters, names, columns, lanes };
}
