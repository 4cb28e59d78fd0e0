/**
 * The Kremlin's rules: which options it takes after seeing the quarter. They follow the report's
 * account of Putin: he protects "normalcy" and avoids unpopular moves for as long as he can
 * ([69] and the final section), so fiscal fixes and money come first, foreign help next, and
 * mobilisation and a full war footing only with a small chance each quarter once the pressures
 * that would force them are active. Each rule names the causes that triggered it.
 */
import type { ScenarioParams } from '../params';
import type { Indicators } from '../types';
import { isThresholdActive } from './thresholds';
import {
  applyKremlinOption,
  KREMLIN_OPTION_INDEX,
  isOptionAvailable,
  type KremlinMutable,
  type KremlinOption,
} from './kremlin-options';

/** Random rolls drawn for this quarter, uniform in [0, 1), always drawn so shocks stay aligned across policies. */
export interface KremlinRolls {
  readonly mobilise: number;
  readonly warFooting: number;
  readonly china: number;
}

/** What the rules see. */
export interface KremlinView {
  readonly quarterIndex: number;
  readonly indicators: Indicators;
  /** Whether each threshold is active, in scenario order. */
  readonly thresholdActive: readonly boolean[];
  readonly state: KremlinMutable;
  readonly rolls: KremlinRolls;
}

/** A chosen option and the cause codes behind it. */
export interface KremlinChoice {
  readonly option: KremlinOption;
  readonly causes: readonly string[];
}

/** True when taxes were raised in an earlier quarter than this one. */
const taxesRaisedBefore = (v: KremlinView): boolean => {
  const q = v.state.kremlin.lastTakenQuarter[KREMLIN_OPTION_INDEX.raiseTaxes] ?? -1;
  return v.state.economy.vatRaised && q >= 0 && q < v.quarterIndex;
};

type Rule = (v: KremlinView, p: ScenarioParams) => readonly string[] | null;

const has = (v: KremlinView, id: string, p: ScenarioParams): boolean =>
  isThresholdActive(id, v.thresholdActive, p);

/** The rules in the order the Kremlin considers them; each returns its causes, or null to pass. */
const RULES: readonly (readonly [KremlinOption, Rule])[] = [
  ['raiseTaxes', (v, p) => (has(v, 'T1', p) ? ['threshold.T1'] : null)],
  [
    'cutPayments',
    // Only once a tax rise from an earlier quarter has not closed the gap.
    (v, p) => (has(v, 'T1', p) && taxesRaisedBefore(v) ? ['threshold.T1', 'kremlin.raiseTaxes'] : null),
  ],
  [
    'raiseBonuses',
    (v, p) =>
      v.indicators.replacementRatio < p.kremlin.bonusReplacementRatioBelow
        ? ['indicator.replacementRatio']
        : null,
  ],
  ['expandPool', (v, p) => (has(v, 'T5', p) ? ['threshold.T5'] : null)],
  ['askNorthKoreaTroops', (v) => (v.indicators.forceChange < 0 ? ['indicator.forceChange'] : null)],
  [
    'askNorthKoreaShells',
    (v, p) =>
      v.indicators.fireRatio < p.kremlin.northKoreaShellsFireRatioBelow ? ['indicator.fireRatio'] : null,
  ],
  [
    'askIran',
    (v, p) =>
      v.indicators.russianRoundsFired <
      p.kremlin.iranRussianFireBelowUkrainianFraction * v.indicators.ukrainianRoundsFired
        ? ['indicator.fireRatio']
        : null,
  ],
  [
    'askChina',
    (v, p) =>
      v.indicators.activePressures >= p.kremlin.chinaPressuresRequired &&
      v.rolls.china < p.kremlin.chinaProbability
        ? ['kremlin.pressures']
        : null,
  ],
  ['reduceTempo', (v, p) => (has(v, 'T5', p) && has(v, 'T7', p) ? ['threshold.T5', 'threshold.T7'] : null)],
  [
    'raiseTempo',
    (v, p) =>
      v.state.battlefield.tempo <= 1 &&
      v.indicators.beliefWestQuits >= p.kremlin.raiseTempoBeliefAbove &&
      v.indicators.fireRatio >= p.kremlin.raiseTempoFireRatioAbove
        ? ['indicator.beliefWestQuits', 'indicator.fireRatio']
        : null,
  ],
  [
    'restoreTempo',
    (v, p) => {
      const tempo = v.state.battlefield.tempo;
      if (tempo > 1 && v.indicators.fireRatio < p.kremlin.raiseTempoFireRatioAbove)
        return ['indicator.fireRatio'];
      if (tempo < 1 && !has(v, 'T5', p) && !has(v, 'T7', p)) return ['threshold.T5', 'threshold.T7'];
      return null;
    },
  ],
  [
    'mobilise',
    (v, p) =>
      has(v, 'T5', p) && v.state.posture.level <= 1 && v.rolls.mobilise < p.kremlin.mobilisationProbability
        ? ['threshold.T5', 'indicator.forceChange']
        : null,
  ],
  [
    'warFooting',
    (v, p) =>
      has(v, 'T2', p) &&
      (has(v, 'T3', p) || has(v, 'T4', p)) &&
      v.state.posture.level <= 1 &&
      v.rolls.warFooting < p.kremlin.warFootingProbability
        ? ['threshold.T2', has(v, 'T3', p) ? 'threshold.T3' : 'threshold.T4']
        : null,
  ],
];

/**
 * Quarters of a North Korean shell surge left once this quarter's supply has arrived: one fewer,
 * never below 0. It runs before the Kremlin decides, so a request made this quarter starts a full
 * surge of kremlin.northKoreaSurgeQuarters for the next quarters.
 */
export function northKoreaSurgeQuartersLeftAfter(quartersLeft: number): number {
  return Math.max(0, quartersLeft - 1);
}

/** The options the rules take this quarter, in the rules' order, and the state after them. */
export function runKremlinRules(
  view: KremlinView,
  params: ScenarioParams,
): { choices: KremlinChoice[]; state: KremlinMutable } {
  const choices: KremlinChoice[] = [];
  // One view for every rule, its state replaced as options are taken (the rules keep no reference).
  const current: { -readonly [K in keyof KremlinView]: KremlinView[K] } = { ...view };
  for (const [option, rule] of RULES) {
    if (!isOptionAvailable(option, current.state, view.quarterIndex, params)) continue;
    const causes = rule(current, params);
    if (!causes) continue;
    choices.push({ option, causes });
    current.state = applyKremlinOption(option, current.state, view.quarterIndex, params);
  }
  return { choices, state: current.state };
}

/**
 * A person playing the Kremlin: takes the chosen options that are available, in the order given,
 * with the same effects the rules' choices have. The rules decide nothing that quarter.
 */
export function runKremlinChoices(
  view: KremlinView,
  chosen: readonly KremlinOption[],
  params: ScenarioParams,
): { choices: KremlinChoice[]; state: KremlinMutable } {
  const choices: KremlinChoice[] = [];
  let state = view.state;
  for (const option of new Set(chosen)) {
    if (!isOptionAvailable(option, state, view.quarterIndex, params)) continue;
    choices.push({ option, causes: ['kremlin.player'] });
    state = applyKremlinOption(option, state, view.quarterIndex, params);
  }
  return { choices, state };
}
