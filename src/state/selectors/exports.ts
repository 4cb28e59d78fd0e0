/**
 * Exports of a game for the after-action review: a CSV of every quarter's decisions and indicators
 * (RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break) and the whole game as JSON (format 'leverage-game', version 1), whose turns replay to the
 * same game. Pure: the page turns the strings into downloads.
 */
import {
  INDICATOR_RANGES,
  type Indicators,
  type Message,
  type Outcome,
  type Policy,
  type ReportEvent,
  type ScenarioParams,
  type Turn,
  type TurnReport,
} from '../../engine';
import type { GameStore } from '../store/contract';
import type { FacilitatorLogEntry } from '../store/workshop-contract';

/** Every Indicators field, in the engine's order: the CSV's indicator columns. */
export const INDICATOR_COLUMNS = Object.keys(INDICATOR_RANGES) as readonly (keyof Indicators)[];

/** The CSV's columns: the quarter, the decision, every indicator, then the posture's name, injects and Kremlin decisions. */
export const CSV_COLUMNS: readonly string[] = [
  'quarter',
  'aid',
  'sanctions',
  ...INDICATOR_COLUMNS,
  'postureName',
  'injects',
  'kremlinDecisions',
];

/** A field quoted as RFC 4180 requires. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const ids = (events: readonly ReportEvent[], prefix: string, pick: (e: ReportEvent) => string): string =>
  events
    .filter((e) => e.code.startsWith(prefix))
    .map(pick)
    .join('; ');

/**
 * The game as CSV: a header, then one row per quarter played. Aid in €bn a quarter as decided (the
 * indicator aidBnEur is what was sent), sanctions as a level; injects and Kremlin decisions are ids
 * separated by "; ". `params` names the posture levels; `header` words CSV_COLUMNS (their ids by
 * default, the screen's language when it passes one of the same length).
 */
export function toCsv(
  history: readonly TurnReport[],
  turns: readonly Turn[],
  params: ScenarioParams,
  header: readonly string[] = CSV_COLUMNS,
): string {
  const rows = history.map((r, i) => {
    const policy = turns[i]?.policy ?? r.policy;
    return [
      r.quarter,
      policy.aidBnEurPerQuarter,
      policy.sanctionsLevel,
      ...INDICATOR_COLUMNS.map((k) => r.indicators[k]),
      params.posture.levels[r.indicators.posture]?.name ?? '',
      ids(r.events, 'inject.fired', (e) => String(e.values['id'])),
      ids(r.events, 'kremlin.', (e) => e.code.slice('kremlin.'.length)),
    ];
  });
  const top = header.length === CSV_COLUMNS.length ? header : CSV_COLUMNS;
  return [top, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The game as JSON: enough to read every quarter, and to replay it (assumptions, seed, turns). */
export interface GameJson {
  readonly format: 'leverage-game';
  readonly version: 1;
  readonly scenario: { readonly id: string; readonly version: string };
  readonly assumptions: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly turns: readonly Turn[];
  readonly quarters: readonly {
    readonly quarter: string;
    /** The levers as applied (aid capped by any inject in force). */
    readonly policy: Policy;
    readonly indicators: Indicators;
    readonly events: readonly ReportEvent[];
  }[];
  readonly outcome: Outcome | null;
  /** The facilitator's log: each entry's message, with its words in `text` when the caller gave a way to word it. */
  readonly facilitatorLog: readonly ExportedLogEntry[];
  /** The language of the file's words (the log's texts, the posture's names), as a BCP 47 tag; absent before it was recorded. */
  readonly language?: string;
}

/** A facilitator log entry as the JSON export writes it. */
export type ExportedLogEntry = FacilitatorLogEntry & { readonly text?: string };

/** Words a message for an export (the text layer's describeMessage, passed in by the screen). */
export type DescribeMessage = (message: Message) => string;

/** What toGameJson reads. */
export interface GameJsonInput {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly assumptions: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly turns: readonly Turn[];
  readonly history: readonly TurnReport[];
  readonly outcome: Outcome | null;
  readonly facilitatorLog: readonly FacilitatorLogEntry[];
}

/**
 * The game as a 'leverage-game' JSON value (JSON.stringify it to save). With `describe`, each log
 * entry also carries its words in `text`, so that a reader of the file needs no catalogue.
 */
export function toGameJson(input: GameJsonInput, describe?: DescribeMessage, language?: string): GameJson {
  return {
    ...(language === undefined ? {} : { language }),
    format: 'leverage-game',
    version: 1,
    scenario: { id: input.scenario.id, version: input.scenario.version },
    assumptions: input.assumptions,
    seed: input.seed,
    turns: input.turns,
    quarters: input.history.map((r) => ({
      quarter: r.quarter,
      policy: r.policy,
      indicators: r.indicators,
      events: r.events,
    })),
    outcome: input.outcome,
    facilitatorLog: describe
      ? input.facilitatorLog.map((entry) => ({ ...entry, text: describe(entry) }))
      : input.facilitatorLog,
  };
}

/** The CSV of the game on screen (under `header`, see toCsv), or null before a game starts. */
export function selectCsvExport(s: GameStore, header?: readonly string[]): string | null {
  return s.game ? toCsv(s.history, s.turns, s.scenario.params, header) : null;
}

/** The JSON export of the game on screen (log entries worded by `describe`), or null before a game starts. */
export function selectGameJson(s: GameStore, describe?: DescribeMessage, language?: string): GameJson | null {
  if (!s.game) return null;
  return toGameJson(
    {
      scenario: s.scenario,
      assumptions: s.assumptions,
      seed: s.game.seed,
      turns: s.turns,
      history: s.history,
      outcome: s.game.outcome,
      facilitatorLog: s.facilitator.log,
    },
    describe,
    language,
  );
}
