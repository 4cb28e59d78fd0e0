/**
 * The assumption presets as difficulty, measured with the engine: under the status quo, "Russia
 * more resilient" moves Putin's first posture shift later (or never) and "Russia more fragile"
 * earlier than the report's central view, for every seed the calibration tests use; and every
 * preset keeps the engine's invariants for the twelve quarters of a game in every scenario.
 */
import { describe, expect, it } from 'vitest';
import {
  createInitialState,
  indicatorViolations,
  replay,
  stateViolations,
  stepQuarter,
  type Policy,
  type ScenarioParams,
} from '../../src/engine';
import {
  ASSUMPTION_PRESETS,
  applyAssumptions,
  BUNDLED_SCENARIO_IDS,
  getAssumptionPreset,
  getBundledScenario,
} from '../../src/scenario';

const SEEDS = [1, 7, 42, 2025, 99991] as const;
const QUARTERS = 12;
const statusQuo: Policy = { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 };

/** The scenario's parameters under a preset. */
function paramsUnder(scenarioId: string, presetId: string): ScenarioParams {
  const preset = getAssumptionPreset(presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  return applyAssumptions(getBundledScenario(scenarioId), preset.choices).params;
}

/** Index of the first quarter the posture is above maximalist under the status quo; Infinity for never. */
function firstShift(p: ScenarioParams, seed: number): number {
  const { reports } = replay(p, seed, Array<Policy>(QUARTERS).fill(statusQuo));
  const i = reports.findIndex((r) => r.indicators.posture > 0);
  return i < 0 ? Infinity : i;
}

describe('presets as difficulty (baseline, status quo)', () => {
  it.each(SEEDS)('seed %d: resilient shifts later (or never), fragile earlier, than central', (seed) => {
    const shifts = Object.fromEntries(
      ['resilient', 'central', 'fragile'].map((id) => [
        id,
        firstShift(paramsUnder('baseline-2025', id), seed),
      ]),
    );
    expect(shifts['resilient']!, JSON.stringify(shifts)).toBeGreaterThan(shifts['central']!);
    expect(shifts['fragile']!, JSON.stringify(shifts)).toBeLessThan(shifts['central']!);
  });
});

/** Every invariant violation of a run, tagged with its quarter. */
function violations(p: ScenarioParams, policy: Policy): string[] {
  let state = createInitialState(p, 3);
  const found: string[] = [];
  for (let q = 0; q < QUARTERS; q++) {
    const step = stepQuarter(state, policy, p);
    state = step.state;
    for (const v of [...indicatorViolations(step.report.indicators), ...stateViolations(state)])
      found.push(`${step.report.quarter}: ${v}`);
  }
  return found;
}

const POLICIES: readonly Policy[] = [
  statusQuo,
  { aidBnEurPerQuarter: 0, sanctionsLevel: 0 },
  { aidBnEurPerQuarter: 25, sanctionsLevel: 4 },
];

describe.each(ASSUMPTION_PRESETS.map((p) => p.id))('preset %s', (presetId) => {
  it.each(BUNDLED_SCENARIO_IDS)('keeps the invariants for 12 quarters in %s', (scenarioId) => {
    const p = paramsUnder(scenarioId, presetId);
    expect(POLICIES.flatMap((policy) => violations(p, policy))).toEqual([]);
  });
});
