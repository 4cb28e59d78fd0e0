/**
 * Machine-readable output of the simulator: the JSON contract and the CSV. Both are stable
 * interfaces for notebooks and scripts (docs/cli.md): fields are only ever added, never renamed
 * or removed, and indicator columns follow the engine's documented list (INDICATOR_RANGES).
 */
import { INDICATOR_RANGES, type Indicators, type ReportEvent, type TurnReport } from '../engine';
import { describeEvent } from '../text';
import type { SimEnsembleJson } from './ensemble';

/** Indicator names in their documented order: the CSV columns and the JSON key order. */
export const INDICATOR_COLUMNS = Object.keys(INDICATOR_RANGES) as (keyof Indicators)[];

/** A finished run, as the formatters need it. */
export interface SimRun {
  readonly scenario: { readonly id: string; readonly name: string; readonly version: string };
  readonly seed: number;
  readonly reports: readonly TurnReport[];
  /** Posture level → name, from the scenario ('Maximalist' …). */
  readonly postureNames: readonly string[];
}

/** One report event in the JSON output: the engine's event plus its English texts. */
export interface SimEventJson extends ReportEvent {
  /** One-line summary in English, from the text catalogue. */
  readonly headline: string;
  /** Why it happened, in English. */
  readonly because: string;
}

/** One quarter in the JSON output. */
export interface SimQuarterJson {
  /** '2025-Q1' … */
  readonly quarter: string;
  /** The policy actually applied (after the engine's clamping). */
  readonly policy: { readonly aidBnEurPerQuarter: number; readonly sanctionsLevel: number };
  /** Every Indicators field (posture as an integer level) plus the posture's name. */
  readonly indicators: Indicators & { readonly postureName: string };
  readonly events: readonly SimEventJson[];
}

/**
 * The JSON contract of `sim --json`:
 * `{ scenario: { id, name, version }, seed, quarters: [ { quarter, policy, indicators, events } ] }`,
 * plus `ensemble` with --runs. See docs/cli.md. Numbers are unrounded.
 */
export interface SimJson {
  readonly scenario: { readonly id: string; readonly name: string; readonly version: string };
  readonly seed: number;
  readonly quarters: readonly SimQuarterJson[];
  /** Only with --runs: the percentiles and probabilities of the seeded runs. */
  readonly ensemble?: SimEnsembleJson;
}

/** The name of a posture level, or 'level N' if the scenario does not name it. */
export function postureName(run: SimRun, level: number): string {
  return run.postureNames[level] ?? `level ${level}`;
}

/** The indicators of a report in documented order, with the posture's name. */
function indicatorsOf(run: SimRun, report: TurnReport): SimQuarterJson['indicators'] {
  const ordered = Object.fromEntries(INDICATOR_COLUMNS.map((key) => [key, report.indicators[key]]));
  return { ...(ordered as unknown as Indicators), postureName: postureName(run, report.indicators.posture) };
}

/** Builds the JSON contract of a run. */
export function toSimJson(run: SimRun): SimJson {
  return {
    scenario: { id: run.scenario.id, name: run.scenario.name, version: run.scenario.version },
    seed: run.seed,
    quarters: run.reports.map((report) => ({
      quarter: report.quarter,
      policy: {
        aidBnEurPerQuarter: report.policy.aidBnEurPerQuarter,
        sanctionsLevel: report.policy.sanctionsLevel,
      },
      indicators: indicatorsOf(run, report),
      events: report.events.map((event) => {
        const { headline, because } = describeEvent(event);
        const { code, category, severity, values, causes, sources } = event;
        return { code, category, severity, values, causes, sources, headline, because };
      }),
    })),
  };
}

/** `sim --json`: the contract, indented, with a final newline. */
export function formatJson(run: SimRun): string {
  return `${JSON.stringify(toSimJson(run), null, 2)}\n`;
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `sim --csv`: a header (quarter, every indicator, postureName) and one row per quarter. */
export function formatCsv(run: SimRun): string {
  const header = ['quarter', ...INDICATOR_COLUMNS, 'postureName'];
  const rows = run.reports.map((report) => [
    report.quarter,
    ...INDICATOR_COLUMNS.map((key) => report.indicators[key]),
    postureName(run, report.indicators.posture),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}
