/**
 * The indicator table of the campaign screen: a fixed list of indicators in six groups, each with
 * its latest value, the one before, the change, the history so far and the posture threshold that
 * watches it. Before the first quarter the stocks come from the opening state.
 */
import type { GameState, IndicatorName, ScenarioParams, TurnReport } from '../../engine';
import type { GameStore } from '../store/contract';
import {
  conditionsOn,
  currentState,
  memoOnIdentity,
  startState,
  stateIndicatorValues,
} from './selector-support';

/** The groups of the table, in display order. */
export type IndicatorGroup = 'Equipment' | 'Ammunition' | 'Manpower' | 'Economy' | 'Battlefield' | 'The West';

/** The table's indicators by group, in display order. Every threshold metric is among them. */
export const INDICATOR_GROUPS: Readonly<Record<IndicatorGroup, readonly IndicatorName[]>> = {
  Equipment: [
    'tanksActive',
    'tanksStorageRestorable',
    'ifvApcActive',
    'ifvApcStorageRestorable',
    'artilleryActive',
    'artilleryStorage',
  ],
  Ammunition: ['russianRoundsFired', 'ukrainianRoundsFired', 'fireRatio', 'northKoreaShareOfFire'],
  Manpower: ['forceStrength', 'casualties', 'recruits', 'replacementRatio', 'forceChange'],
  Economy: [
    'nwfLiquidTrnRub',
    'deficitTrnRub',
    'monetisedTrnRub',
    'inflationPct',
    'keyRatePct',
    'laborShortageM',
    'uralsDiscountUsdPerBbl',
  ],
  Battlefield: ['occupiedKm2', 'territoryGainedKm2', 'casualtiesPerKm2'],
  'The West': ['westernCohesion', 'beliefWestQuits', 'aidDeliveredBnEur'],
};

/** The posture threshold condition that watches an indicator, and whether it holds now. */
export interface RowThreshold {
  readonly id: string;
  /** The value at which the condition starts to count (its start value), in the indicator's unit. */
  readonly value: number;
  readonly direction: 'below' | 'above';
  readonly active: boolean;
}

/** One row of the indicator table; values in the indicator's own unit (see Indicators). */
export interface IndicatorRow {
  readonly name: IndicatorName;
  readonly group: IndicatorGroup;
  /** Latest value; null for a flow before the first quarter. */
  readonly value: number | null;
  /** The value a quarter earlier; null before the first quarter is played. */
  readonly previous: number | null;
  readonly delta: number | null;
  /** One value per quarter played, oldest first. */
  readonly series: readonly number[];
  readonly threshold: RowThreshold | null;
}

const rows = memoOnIdentity(
  (
    params: ScenarioParams,
    start: GameState,
    state: GameState,
    history: readonly TurnReport[],
  ): IndicatorRow[] => {
    const opening = stateIndicatorValues(start, params);
    const latest = history.at(-1)?.indicators;
    const before = history.at(-2)?.indicators;
    return (Object.entries(INDICATOR_GROUPS) as [IndicatorGroup, readonly IndicatorName[]][]).flatMap(
      ([group, names]) =>
        names.map((name): IndicatorRow => {
          const value = latest ? latest[name] : (opening[name] ?? null);
          const previous = !latest ? null : before ? before[name] : (opening[name] ?? null);
          const watch = conditionsOn(name, params)[0];
          return {
            name,
            group,
            value,
            previous,
            delta: value !== null && previous !== null ? value - previous : null,
            series: history.map((r) => r.indicators[name]),
            threshold: watch
              ? {
                  id: watch.thresholdId,
                  value: watch.condition.start,
                  direction: watch.condition.direction,
                  active: state.posture.conditionActive[watch.index] ?? false,
                }
              : null,
          };
        }),
    );
  },
);

/** The indicator table, recomputed only when the game or its history changes. */
export function selectIndicatorRows(s: GameStore): readonly IndicatorRow[] {
  return rows(s.scenario.params, startState(s), currentState(s), s.history);
}
