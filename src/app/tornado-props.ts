/**
 * Store and tornado → the "Which assumption matters" view: which runs a place needs (the job), and
 * the words and numbers of the charts and their table. Pure functions of the store and the
 * worker's answer; the words come from the text layer.
 */
import type { Policy, ScenarioParams, TornadoMeasure, TornadoResult } from '../engine';
import { selectAssumptionList, selectQuarterLabelAt, statusQuoPolicy, type GameStore } from '../state';
import { formatNumber, interpolate, quarterText, uiWords } from '../text';
import type {
  TornadoBarView,
  TornadoChartView,
  TornadoPlace,
  TornadoTableView,
  TornadoView,
} from '../ui/review/tornado-chart';

/**
 * Runs per option: 22 sets (7 figures × 3 options and the reference, less the options that keep
 * the scenario's value) × 12 quarters take about 1.2 s in a worker on a busy 2-core machine, and
 * medians of 150 runs that share their shocks move only with the assumption.
 */
export const TORNADO_RUNS = 150;

/** What a place needs run: the parameters, the start's seed, the levers per quarter and the set's seed. */
export interface TornadoJob {
  readonly place: TornadoPlace;
  readonly params: ScenarioParams;
  readonly gameSeed: number;
  readonly policies: readonly Policy[];
  readonly runs: number;
  readonly quarters: number;
  readonly seed: number;
  /** True when the game's assumptions differ from the scenario's own values. */
  readonly chosen: boolean;
}

/** The seed of a tornado's runs for a game: its own seed, mixed, so they are not the game's own draws. */
export function tornadoSeed(gameSeed: number): number {
  return (Math.imul(gameSeed >>> 0, 0x2545f491) ^ 0x9e3779b9) >>> 0;
}

/**
 * The job of a place: the assumptions panel plays the status quo from the scenario's start (the
 * seed on the title screen, or the loaded game's); the review plays the levers of the quarters
 * played from the game's start, the last held to the horizon. Null for a review with no quarter.
 */
export function tornadoJobFor(place: TornadoPlace, s: GameStore): TornadoJob | null {
  const params = s.scenario.params;
  const chosen = Object.keys(s.assumptions).length > 0;
  const base = { place, params, runs: TORNADO_RUNS, quarters: params.horizonQuarters, chosen };
  if (place === 'review') {
    const game = s.game;
    if (!game || s.turns.length === 0) return null;
    const policies = s.turns.map((t) => t.policy);
    return { ...base, gameSeed: game.seed, policies, seed: tornadoSeed(game.seed) };
  }
  const gameSeed = s.game?.seed ?? s.seed;
  return { ...base, gameSeed, policies: [statusQuoPolicy(params)], seed: tornadoSeed(gameSeed) };
}

/** True when two jobs ask for the same runs. */
export function sameTornadoJob(a: TornadoJob, b: TornadoJob): boolean {
  return (
    a.place === b.place &&
    a.params === b.params &&
    a.gameSeed === b.gameSeed &&
    a.seed === b.seed &&
    a.runs === b.runs &&
    a.quarters === b.quarters &&
    JSON.stringify(a.policies) === JSON.stringify(b.policies)
  );
}

/** "Computing 150 runs for each of 21 options …": the state while the worker counts. */
export function computingView(job: TornadoJob, options: number): TornadoView {
  const text = interpolate(uiWords().tornado.computing, {
    runs: job.runs,
    options,
    seed: String(job.seed),
  });
  return { status: 'computing', text };
}

/** Why there is no tornado: the runs failed (with the reason), or the review has no quarter. */
export function failedView(reason: string | null): TornadoView {
  const words = uiWords().tornado;
  return {
    status: 'failed',
    text: reason === null ? words.noQuarter : interpolate(words.failed, { reason }),
  };
}

const scoreText = (score: number): string => formatNumber(Math.round(score * 10) / 10);

/** The words of one value on a measure: a quarter ("Q2 2026", "no shift by Q4 2027") or a score. */
function valueText(measure: TornadoMeasure, value: number, result: TornadoResult, s: GameStore): string {
  if (measure === 'score') return scoreText(value);
  if (value >= result.noShiftQuarter)
    return interpolate(uiWords().tornado.noShift, { quarter: quarterAt(s, result.noShiftQuarter - 1) });
  return quarterAt(s, value);
}

const quarterAt = (s: GameStore, index: number): string =>
  quarterText(selectQuarterLabelAt(s, Math.max(0, Math.round(index))));

/** The names of the figures and their options in the active language. */
function namesOf(s: GameStore): Map<string, { name: string; options: Map<string, string> }> {
  return new Map(
    selectAssumptionList(s).map((a) => [
      a.id,
      { name: a.name, options: new Map(a.options.map((o) => [o.id, o.label])) },
    ]),
  );
}

/** One chart: bars in the ranking's order, each from its lowest option to its highest. */
function chartOf(measure: TornadoMeasure, result: TornadoResult, s: GameStore): TornadoChartView {
  const words = uiWords().tornado;
  const names = namesOf(s);
  const bars: TornadoBarView[] = result.ranking[measure].flatMap((id) => {
    const figure = result.figures.find((f) => f.id === id);
    if (!figure || figure.options.length === 0) return [];
    const sorted = [...figure.options].sort((a, b) => a[measure] - b[measure]);
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    const name = names.get(id);
    const label = (optionId: string): string => name?.options.get(optionId) ?? optionId;
    const swing = figure.swing[measure];
    return [
      {
        name: name?.name ?? id,
        low: low[measure],
        high: high[measure],
        lowValue: valueText(measure, low[measure], result, s),
        lowOption: label(low.id),
        highValue: valueText(measure, high[measure], result, s),
        highOption: label(high.id),
        swing:
          swing === 0
            ? ''
            : measure === 'score'
              ? interpolate(words.swingPoints, { n: Math.round(swing * 10) / 10 })
              : interpolate(words.swingQuarters, { n: swing }),
      },
    ];
  });
  const values = [result.central[measure], ...bars.flatMap((b) => [b.low, b.high])];
  const [floor, ceiling, pad] =
    measure === 'score' ? [0, 100, 2] : [result.fromQuarter, result.noShiftQuarter, 1];
  let min = Math.max(floor, Math.floor(Math.min(...values)) - pad);
  let max = Math.min(ceiling, Math.ceil(Math.max(...values)) + pad);
  if (max <= min) [min, max] = [min - 1, max + 1];
  const central = valueText(measure, result.central[measure], result, s);
  return {
    title: measure === 'score' ? words.scoreTitle : words.shiftTitle,
    lowSide: measure === 'score' ? words.lower : words.earlier,
    highSide: measure === 'score' ? words.higher : words.later,
    min,
    max,
    minText: valueText(measure, min, result, s),
    maxText: valueText(measure, max, result, s),
    central: result.central[measure],
    centralText: interpolate(words.central, { value: central }),
    bars,
  };
}

/** The table: the scenario's values first, then every figure (a row group) with each option's numbers. */
function tableOf(result: TornadoResult, s: GameStore): TornadoTableView {
  const words = uiWords().tornado;
  const names = namesOf(s);
  const cells = (m: TornadoResult['central']): string[] => [
    valueText('firstShiftQuarter', m.firstShiftQuarter, result, s),
    interpolate(words.percent, { value: Math.round(m.shifted * 100) }),
    interpolate(words.scoreCell, {
      median: scoreText(m.score),
      mean: formatNumber(Math.round(m.meanScore * 10) / 10, 1),
    }),
  ];
  return {
    columns: [words.colOption, words.colShift, words.colShifted, words.colScore],
    groups: [
      { name: words.reference, rows: [[words.referenceRow, ...cells(result.central)]] },
      ...result.figures.map((f) => ({
        name: names.get(f.id)?.name ?? f.id,
        rows: f.options.map((o) => [names.get(f.id)?.options.get(o.id) ?? o.id, ...cells(o)]),
      })),
    ],
  };
}

/** The charts, their caption (runs, seed, what was varied) and their table, for a finished job. */
export function readyView(result: TornadoResult, job: TornadoJob, s: GameStore): TornadoView {
  const words = uiWords().tornado;
  const last = quarterAt(s, result.fromQuarter + result.quarters - 1);
  const first = quarterAt(s, result.fromQuarter);
  const aid = job.policies[0]?.aidBnEurPerQuarter ?? 0;
  return {
    status: 'ready',
    charts: [chartOf('firstShiftQuarter', result, s), chartOf('score', result, s)],
    caption: interpolate(job.chosen ? words.captionChosen : words.caption, {
      runs: result.runs,
      seed: String(result.seed),
    }),
    levers:
      job.place === 'review'
        ? interpolate(words.leversReview, { from: first, to: last })
        : interpolate(words.leversStatusQuo, { aid: formatNumber(aid), from: first, to: last }),
    table: tableOf(result, s),
  };
}
