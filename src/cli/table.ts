/**
 * The simulator's default output: an aligned quarter-by-quarter table with the figures a reader
 * of the report follows (armour in storage, losses, casualties, the fire ratio, the National
 * Wealth Fund, inflation, the key rate, Western cohesion, Putin's posture). Pure text.
 */
import type { Indicators, TurnReport } from '../engine';
import { describeEvent } from '../text';
import { postureName, type SimRun } from './format';

/** A number with a fixed count of decimals and thousands separators; never '-0'. */
export function formatFigure(x: number, decimals = 0): string {
  const text = x.toFixed(decimals).replace(/^-(0(\.0+)?)$/, '$1');
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

interface Column {
  /** The indicator the column shows, if it shows one (the quarter column does not). */
  readonly key?: keyof Indicators;
  /** Two header lines: the name and its unit or second word. */
  readonly header: readonly [string, string];
  readonly cell: (report: TurnReport, run: SimRun) => string;
  readonly align: 'left' | 'right';
}

/** A right-aligned numeric column of one indicator. */
function figure(header: readonly [string, string], key: keyof Indicators, decimals = 0): Column {
  return { key, header, cell: (r) => formatFigure(r.indicators[key], decimals), align: 'right' };
}

/** The table's columns, in order. */
export const COLUMNS: readonly Column[] = [
  { header: ['quarter', ''], cell: (r) => r.quarter, align: 'left' },
  figure(['aid', '€bn'], 'aidBnEur', 1),
  figure(['sanc-', 'tions'], 'sanctionsLevel'),
  figure(['tank', 'storage'], 'tanksStorageRestorable'),
  figure(['IFV/APC', 'storage'], 'ifvApcStorageRestorable'),
  figure(['artillery', 'storage'], 'artilleryStorage'),
  figure(['tank', 'losses'], 'tankLosses'),
  figure(['casual-', 'ties'], 'casualties'),
  figure(['recruits', ''], 'recruits'),
  figure(['force', ''], 'forceStrength'),
  figure(['fire', 'ratio'], 'fireRatio', 2),
  figure(['km²', 'gained'], 'territoryGainedKm2'),
  figure(['NWF liq.', 'trn RUB'], 'nwfLiquidTrnRub', 2),
  figure(['infla-', 'tion %'], 'inflationPct', 1),
  figure(['key', 'rate %'], 'keyRatePct', 1),
  figure(['deficit', 'trn RUB'], 'deficitTrnRub', 2),
  figure(['cohe-', 'sion'], 'westernCohesion', 1),
  {
    key: 'posture',
    header: ['posture', ''],
    cell: (r, run) => postureName(run, r.indicators.posture),
    align: 'left',
  },
];

const GAP = '  ';

/** Pads cells to their column's width and joins them, without trailing spaces. */
function line(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) =>
      COLUMNS[i]?.align === 'left' ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
    )
    .join(GAP)
    .trimEnd();
}

/**
 * The table: two header lines, one row per quarter and, when `verbose`, the quarter's event
 * headlines indented under its row. Ends with a line naming the scenario and the seed.
 */
export function formatTable(run: SimRun, verbose: boolean): string {
  const rows = run.reports.map((report) => COLUMNS.map((column) => column.cell(report, run)));
  const widths = COLUMNS.map((column, i) =>
    Math.max(column.header[0].length, column.header[1].length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const out = [
    line(
      COLUMNS.map((c) => c.header[0]),
      widths,
    ),
    line(
      COLUMNS.map((c) => c.header[1]),
      widths,
    ),
  ];
  const indent = ' '.repeat((widths[0] ?? 0) + GAP.length);
  run.reports.forEach((report, i) => {
    out.push(line(rows[i] ?? [], widths));
    if (verbose) {
      for (const event of report.events) out.push(`${indent}· ${describeEvent(event).headline}`);
    }
  });
  const { id, name, version } = run.scenario;
  out.push('', `Scenario ${id} v${version} (${name}), seed ${run.seed}.`);
  return `${out.join('\n')}\n`;
}
