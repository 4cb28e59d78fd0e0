/**
 * `sim --runs N`: many seeded runs of the engine from the scenario's start under the same policy
 * or schedule as the single run, each with shocks of its own, and their summary in the three
 * output formats: percentiles per indicator and quarter, and how often the key events happen.
 * The assumptions (the scenario's parameters) stay as given unless `--disputed` asks each run to
 * draw one option of every disputed figure too; then the output says so and the JSON lists the
 * draws, so a class can reproduce and inspect them.
 */
import {
  createInitialState,
  quarterLabel,
  runEnsemble,
  RESERVES_SPENT_TRN_RUB,
  type DisputedFigure,
  type EnsembleResult,
  type IndicatorName,
  type Policy,
  type ScenarioParams,
  type Spread,
} from '../engine';
import { csvField, INDICATOR_COLUMNS, toSimJson, type SimRun } from './format';
import { policyAt } from './schedule';
import { formatFigure } from './table';

/** A finished set of runs, as the formatters need it. */
export interface SimEnsemble {
  readonly result: EnsembleResult;
  /** The label of each quarter run ('2025-Q1' …), one per quarter of `result`. */
  readonly quarterLabels: readonly string[];
  /** Quarters asked for (the single run's); more than `result.quarters` when cut at the horizon. */
  readonly quartersAsked: number;
  /** The name of Putin's posture at the start ('Maximalist' …). */
  readonly startPosture: string;
}

/** What the set of runs asks for. */
export interface EnsembleRequest {
  /** How many runs, 1 or more. */
  readonly runs: number;
  /** The seed of the set (run r draws its shocks from the stream seeded with it and r). */
  readonly seed: number;
  /** The seed of the game, for the starting state (its own shocks are replaced run by run). */
  readonly gameSeed: number;
  /** Quarters asked for; the engine stops at the scenario's horizon. */
  readonly quarters: number;
  /** The disputed figures each run draws (`--disputed`); absent or []: only the shocks vary. */
  readonly disputed?: readonly DisputedFigure[];
}

/** Runs the set from the scenario's initial state, quarter i under the schedule's policy for i. */
export function simulateEnsemble(
  params: ScenarioParams,
  policies: readonly Policy[],
  request: EnsembleRequest,
): SimEnsemble {
  const start = createInitialState(params, request.gameSeed);
  const result = runEnsemble(start, (q) => policyAt(policies, q), params, {
    runs: request.runs,
    quarters: request.quarters,
    seed: request.seed,
    ...(request.disputed?.length ? { disputed: request.disputed } : {}),
  });
  const level = start.posture.level;
  return {
    result,
    quarterLabels: Array.from({ length: result.quarters }, (_, q) =>
      quarterLabel(params.startYear, params.startQuarter, result.fromQuarter + q),
    ),
    quartersAsked: request.quarters,
    startPosture: params.posture.levels[level]?.name ?? `level ${level}`,
  };
}

/** One quarter's percentiles in the JSON output. */
export interface SimSpreadJson extends Spread {
  /** '2025-Q1' … */
  readonly quarter: string;
}

/**
 * The `ensemble` object of `sim --json --runs N` (docs/cli.md). Probabilities are shares of the
 * runs, 0–1; percentiles are unrounded, in the indicators' documented order.
 */
export interface SimEnsembleJson {
  readonly runs: number;
  readonly seed: number;
  /** Quarters run: those asked for, cut at the scenario's horizon. */
  readonly quarters: number;
  /** What differs between runs: the shocks, and with `--disputed` the disputed figures too. */
  readonly varied: readonly ['shocks'] | readonly ['shocks', 'disputedFigures'];
  /** Indicator → one entry per quarter run. */
  readonly percentiles: Readonly<Partial<Record<IndicatorName, readonly SimSpreadJson[]>>>;
  readonly probabilities: {
    /** Share of runs in which Putin's posture moves above its starting level. */
    readonly postureShift: number;
    /** Share of runs in which the liquid National Wealth Fund is spent. */
    readonly reservesOut: number;
    /** Share of runs in which Western cohesion does not collapse. */
    readonly coalitionHolds: number;
  };
  /** Only with `--disputed`: the figures varied and each run's draw. */
  readonly disputed?: SimDisputedJson;
}

/** The draws of `sim --runs N --disputed --json`: which option of each disputed figure each run played. */
export interface SimDisputedJson {
  /** Each figure varied (an assumption id of scenarios/assumptions.json) with its option ids, in draw order. */
  readonly figures: readonly { readonly id: string; readonly options: readonly string[] }[];
  /** One entry per run, in run order: the option id drawn for each figure, in the order of `figures`. */
  readonly draws: readonly (readonly string[])[];
}

/** The draws of a set in the JSON contract's terms (option ids), or undefined when only the shocks varied. */
export function disputedJson(result: EnsembleResult): SimDisputedJson | undefined {
  const d = result.disputed;
  if (!d) return undefined;
  return {
    figures: d.figures.map((f) => ({ id: f.id, options: [...f.optionIds] })),
    draws: d.draws.map((draw) => draw.map((option, i) => d.figures[i]?.optionIds[option] ?? '')),
  };
}

/** The five percentiles, in order, with their names. */
const PERCENTILES = ['p5', 'p25', 'p50', 'p75', 'p95'] as const;

/** The indicators the set has spreads for, in documented order. */
function indicatorsOf(set: SimEnsemble): IndicatorName[] {
  return INDICATOR_COLUMNS.filter((name) => set.result.spreads[name] !== undefined);
}

/** Builds the `ensemble` object of the JSON contract. */
export function toEnsembleJson(set: SimEnsemble): SimEnsembleJson {
  const { result } = set;
  const percentiles = Object.fromEntries(
    indicatorsOf(set).map((name) => [
      name,
      result.spreads[name].map((spread, q) => ({
        quarter: set.quarterLabels[q] ?? '',
        ...Object.fromEntries(PERCENTILES.map((p) => [p, spread[p]])),
      })),
    ]),
  ) as SimEnsembleJson['percentiles'];
  const disputed = disputedJson(result);
  return {
    runs: result.runs,
    seed: result.seed,
    quarters: result.quarters,
    varied: disputed ? ['shocks', 'disputedFigures'] : ['shocks'],
    percentiles,
    probabilities: {
      postureShift: result.postureShift,
      reservesOut: result.reservesOut,
      coalitionHolds: result.coalitionHolds,
    },
    ...(disputed ? { disputed } : {}),
  };
}

/** `sim --json --runs N`: the single run's contract with `ensemble` added last, indented. */
export function formatJsonWithEnsemble(run: SimRun, set: SimEnsemble): string {
  return `${JSON.stringify({ ...toSimJson(run), ensemble: toEnsembleJson(set) }, null, 2)}\n`;
}

/**
 * `sim --csv --runs N`, after the single run's CSV and a blank line: a header
 * `quarter,indicator,p5,p25,p50,p75,p95` and one row per indicator and quarter (indicator by
 * indicator, in documented order), unrounded.
 */
export function formatEnsembleCsv(set: SimEnsemble): string {
  const header = ['quarter', 'indicator', ...PERCENTILES];
  const rows = indicatorsOf(set).flatMap((name) =>
    set.result.spreads[name].map((spread, q) => [
      set.quarterLabels[q] ?? '',
      name,
      ...PERCENTILES.map((p) => spread[p]),
    ]),
  );
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** One block of the table's section: an indicator, its label with the unit, and its decimals. */
export interface EnsembleTableRow {
  readonly key: IndicatorName;
  readonly label: string;
  readonly decimals: number;
}

/**
 * The indicators of the table's section: those of the single-run table except aid and sanctions
 * (the policy, the same in every run), with their units spelled out.
 */
export const ENSEMBLE_TABLE_ROWS: readonly EnsembleTableRow[] = [
  { key: 'tanksStorageRestorable', label: 'tank storage: restorable tanks left', decimals: 0 },
  { key: 'ifvApcStorageRestorable', label: 'IFV/APC storage: restorable vehicles left', decimals: 0 },
  { key: 'artilleryStorage', label: 'artillery storage: guns left', decimals: 0 },
  { key: 'tankLosses', label: 'tank losses this quarter', decimals: 0 },
  { key: 'casualties', label: 'Russian casualties this quarter', decimals: 0 },
  { key: 'recruits', label: 'recruits this quarter', decimals: 0 },
  { key: 'forceStrength', label: 'force: personnel', decimals: 0 },
  { key: 'fireRatio', label: 'fire ratio: Russian to Ukrainian rounds', decimals: 2 },
  { key: 'territoryGainedKm2', label: 'km² gained by Russia this quarter', decimals: 0 },
  { key: 'nwfLiquidTrnRub', label: 'NWF liquid assets, trillion rubles', decimals: 2 },
  { key: 'inflationPct', label: 'inflation, % year on year', decimals: 1 },
  { key: 'keyRatePct', label: 'key rate, %', decimals: 1 },
  { key: 'deficitTrnRub', label: 'deficit this quarter, trillion rubles', decimals: 2 },
  { key: 'westernCohesion', label: 'Western cohesion, 0–100', decimals: 1 },
  { key: 'posture', label: "Putin's posture, level (0 = maximalist)", decimals: 1 },
];

/** A share of the runs in words: whole per cent, never rounded to 0 % or 100 % when it is not. */
export function percentOfRuns(share: number): string {
  const pct = share * 100;
  if (share > 0 && pct < 0.5) return '< 1 %';
  if (share < 1 && pct >= 99.5) return '> 99 %';
  return `${Math.round(pct)} %`;
}

/** '1 run', '1,000 runs'; '1 quarter', '12 quarters'. */
function count(n: number, noun: string): string {
  return `${formatFigure(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** The first line of the table's section: how many runs, the seed and what varies. */
export function ensembleHeading(set: SimEnsemble): string {
  const d = set.result.disputed;
  const varied = d
    ? `shocks and disputed figures varied, one option of each of ${count(d.figures.length, 'assumption')} drawn per run`
    : 'shocks varied, assumptions as given';
  return `${count(set.result.runs, 'run')} (seed ${set.result.seed}; ${varied})`;
}

/**
 * With `--disputed`, the lines after the probabilities: how often each option of each figure was
 * drawn, e.g. "tank-production: iiss 334, central 330, economist 336 runs". Empty otherwise.
 */
export function disputedLines(set: SimEnsemble): string[] {
  const d = set.result.disputed;
  if (!d) return [];
  const lines = d.figures.map((figure, i) => {
    const counts = figure.optionIds.map((id, option) => {
      const n = d.draws.filter((draw) => draw[i] === option).length;
      return `${id} ${formatFigure(n)}`;
    });
    return `${figure.id}: ${counts.join(', ')} runs`;
  });
  return [
    '',
    'Disputed figures drawn (scenarios/assumptions.json; option and runs that played it):',
    ...lines,
  ];
}

/**
 * The table's section, printed after the single-run table and a blank line: the heading, the
 * three probabilities in words, then for each indicator one row per quarter with its 5th, 25th,
 * 50th, 75th and 95th percentiles across the runs.
 */
export function formatEnsembleTable(set: SimEnsemble): string {
  const { result } = set;
  const within = `within ${count(result.quarters, 'quarter')}`;
  const end = set.quarterLabels[set.quarterLabels.length - 1] ?? 'the start';
  const out = [ensembleHeading(set), ''];
  if (result.quarters < set.quartersAsked) {
    out.push(
      `The runs stop at the scenario's horizon, ${end}: ${result.quarters} of the ${set.quartersAsked} quarters asked for.`,
    );
  }
  out.push(
    `Putin's posture shifts from ${set.startPosture} ${within} in ${percentOfRuns(result.postureShift)} of ${count(result.runs, 'run')}.`,
    `The liquid reserves (National Wealth Fund, below ${RESERVES_SPENT_TRN_RUB} trillion rubles) are spent ${within} in ${percentOfRuns(result.reservesOut)}.`,
    `The coalition holds (Western cohesion does not collapse) to the end, ${end}, in ${percentOfRuns(result.coalitionHolds)}.`,
    ...disputedLines(set),
  );
  const blocks = ENSEMBLE_TABLE_ROWS.filter((row) => result.spreads[row.key] !== undefined).map((row) => ({
    label: row.label,
    cells: result.spreads[row.key].map((spread, q) => [
      set.quarterLabels[q] ?? '',
      ...PERCENTILES.map((p) => formatFigure(spread[p], row.decimals)),
    ]),
  }));
  const header = ['quarter', ...PERCENTILES];
  const allCells = blocks.flatMap((block) => block.cells);
  const width = (cells: readonly string[]) => Math.max(...cells.map((cell) => cell.length));
  const quarterWidth = width(['quarter', ...allCells.map((cells) => cells[0] ?? '')]);
  const figureWidth = width([...PERCENTILES, ...allCells.flatMap((cells) => cells.slice(1))]);
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(quarterWidth) : cell.padStart(figureWidth))).join('  ');
  if (blocks.length > 0)
    out.push('', 'Percentiles across the runs (5th, 25th, 50th, 75th, 95th), by quarter:');
  for (const block of blocks) {
    out.push('', block.label, line(header), ...block.cells.map(line));
  }
  return `${out.join('\n')}\n`;
}
