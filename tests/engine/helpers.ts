/** Small builders for engine tests: scenario params, policy schedules, runs and look-ups over reports. */
import { replay, type Policy, type ScenarioParams, type TurnReport, type Indicators } from '../../src/engine';
import { getBundledScenario } from '../../src/scenario';

/** The engine parameters of a bundled scenario. */
export function params(id = 'baseline-2025'): ScenarioParams {
  return getBundledScenario(id).params;
}

/** One policy held for every quarter. */
export function hold(aidBnEurPerQuarter: number, sanctionsLevel: number, quarters: number): Policy[] {
  return Array.from({ length: quarters }, () => ({ aidBnEurPerQuarter, sanctionsLevel }));
}

/** The named policies of the issue: status quo, expanded aid with sanctions 2, and the US stopping. */
export const POLICIES = {
  statusQuo: { aid: 10.4, sanctions: 1 },
  expanded: { aid: 15, sanctions: 2 },
  usStops: { aid: 5.5, sanctions: 1 },
} as const;

/** Runs a held policy and returns the quarter reports. */
export function run(
  p: ScenarioParams,
  aid: number,
  sanctions: number,
  quarters = 12,
  seed = 7,
): TurnReport[] {
  return replay(p, seed, hold(aid, sanctions, quarters)).reports;
}

/** Label of the first quarter whose indicators satisfy a test, or 'never'. */
export function firstQuarter(reports: readonly TurnReport[], test: (i: Indicators) => boolean): string {
  return reports.find((r) => test(r.indicators))?.quarter ?? 'never';
}

/** Label of the first quarter the posture is above maximalist, or 'never'. */
export function firstPostureShift(reports: readonly TurnReport[]): string {
  return firstQuarter(reports, (i) => i.posture > 0);
}

/** Values of one indicator by quarter label, for readable failure messages. */
export function series(
  reports: readonly TurnReport[],
  name: keyof Indicators,
  digits = 0,
): Record<string, number> {
  const f = Math.pow(10, digits);
  return Object.fromEntries(reports.map((r) => [r.quarter, Math.round(r.indicators[name] * f) / f]));
}

/** The seeds every calibration claim must hold for. */
export const SEEDS = [1, 7, 42, 2025, 99991] as const;

/** The settlement terms best for the West: what a forged code would claim. */
export const BEST_FOR_WEST = {
  line: 'preInvasionLines',
  guarantees: 'europeanForce',
  forceLimits: 'none',
  sanctionsRelief: 'none',
  recognition: 'none',
} as const;
