/**
 * The Kremlin's options as screens show them: to the Kremlin player in the hot seat (which are open
 * now, which are chosen), and to the facilitator with the Kremlin's hidden state revealed. Each
 * option carries its sizes (kremlinOptionValues), its sources and the text key under which the
 * text layer holds its name and effect (`kremlin.<option>`).
 */
import {
  KREMLIN_OPTIONS,
  KREMLIN_OPTION_SOURCES,
  isOptionAvailable,
  kremlinOptionValues,
  type GameState,
  type KremlinOption,
  type ScenarioParams,
} from '../../engine';
import type { GameStore } from '../store/contract';
import { currentState, memoOnIdentity } from '../selectors/selector-support';

/** One of the Kremlin's options, ready to render. */
export interface KremlinOptionView {
  /** The option's id, also its name in the text layer (kremlinOptionText). */
  readonly id: KremlinOption;
  /** True when it can be taken this quarter (one-off options once, others after a cooldown). */
  readonly available: boolean;
  /** True when the Kremlin player has chosen it this quarter. */
  readonly chosen: boolean;
  /** Its sizes as the report shows them (troops, rounds, trillion rubles, percentage points …). */
  readonly values: Readonly<Record<string, number>>;
  readonly sources: readonly string[];
  /** Key of the option's name, effect and cost in the text catalogue's events. */
  readonly textKey: string;
}

/** Every option from a state: available now, chosen among `chosen`. */
export function kremlinOptionViews(
  state: GameState,
  params: ScenarioParams,
  chosen: readonly KremlinOption[],
): KremlinOptionView[] {
  return KREMLIN_OPTIONS.map((id) => ({
    id,
    available: isOptionAvailable(id, state, state.quarterIndex, params),
    chosen: chosen.includes(id),
    values: kremlinOptionValues(id, state, params),
    sources: KREMLIN_OPTION_SOURCES[id],
    textKey: `kremlin.${id}`,
  }));
}

const views = memoOnIdentity(kremlinOptionViews);

/** The Kremlin's options for the hot seat: every option, what is open now and what is chosen. */
export function selectKremlinOptions(s: GameStore): readonly KremlinOptionView[] {
  return views(currentState(s), s.scenario.params, s.hotSeat.kremlinChoices);
}

/** One posture threshold condition's memory: how many quarters its start condition has held. */
export interface ConditionStreak {
  readonly thresholdId: string;
  readonly metric: string;
  readonly direction: 'below' | 'above';
  /** The value at which the condition starts to count, in the metric's unit. */
  readonly start: number;
  /** Quarters the start condition has held so far, and how many it needs. */
  readonly streak: number;
  readonly quartersNeeded: number;
  readonly active: boolean;
}

/** The Kremlin's hidden state, for the facilitator who reveals it. */
export interface KremlinHiddenState {
  /** Putin's belief that the West will quit, 0–1. */
  readonly belief: number;
  /** Offensive tempo, 1 = the late-2024 pace. */
  readonly tempo: number;
  readonly warFooting: boolean;
  readonly mobilisations: number;
  readonly northKoreaSurgeQuartersLeft: number;
  readonly iranSupplying: boolean;
  readonly chinaSupplying: boolean;
  /** Quarters a mobilisation still holds the posture where it is. */
  readonly postureFrozenQuarters: number;
  readonly options: readonly KremlinOptionView[];
  readonly streaks: readonly ConditionStreak[];
}

/** The hidden state of a game state. */
export function kremlinHiddenState(state: GameState, params: ScenarioParams): KremlinHiddenState {
  const k = state.kremlin;
  let index = 0;
  const streaks = params.posture.thresholds.flatMap((t) =>
    t.conditions.map((c) => {
      const i = index++;
      return {
        thresholdId: t.id,
        metric: c.metric,
        direction: c.direction,
        start: c.start,
        streak: state.posture.conditionStreak[i] ?? 0,
        quartersNeeded: c.quarters,
        active: state.posture.conditionActive[i] ?? false,
      };
    }),
  );
  return {
    belief: state.west.beliefWestQuits,
    tempo: state.battlefield.tempo,
    warFooting: k.warFootingSinceQuarter >= 0,
    mobilisations: k.mobilisations,
    northKoreaSurgeQuartersLeft: k.northKoreaSurgeQuartersLeft,
    iranSupplying: k.iranSupplying,
    chinaSupplying: k.chinaSupplying,
    postureFrozenQuarters: state.posture.freezeQuartersLeft,
    options: kremlinOptionViews(state, params, []),
    streaks,
  };
}
