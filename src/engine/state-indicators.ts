/**
 * Which indicator reads which field of the game state: the one map of the stocks held in the
 * GameState to the Indicators they are shown as (economy.cpiPct is inflationPct, posture.level is
 * posture …). The screens read a state's indicator values before any quarter has run through it,
 * and the facilitator's overrides take the field they set from it, so the two cannot disagree.
 */
import type { ScenarioParams } from './params';
import { activeMaterialPressures } from './systems/thresholds';
import type { GameState, IndicatorName } from './types';

/** The sections of the state that hold stocks shown as indicators. */
type StateSection = 'equipment' | 'manpower' | 'economy' | 'battlefield' | 'west' | 'posture';
/** The numeric fields of an object type. */
type NumberField<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];
/** Where an indicator's stock lives: a numeric field of a section of the state. */
export type StateField = {
  [S in StateSection]: { readonly section: S; readonly field: NumberField<GameState[S]> };
}[StateSection];

/**
 * Every indicator that is a stock held in the GameState, with the section and field that hold it,
 * in the indicator's unit. Flows (casualties, revenue …) have no entry: they exist only once a
 * quarter has run. activePressures is derived from the thresholds, so it is computed rather than read.
 */
export const STATE_INDICATOR_FIELDS = {
  nwfLiquidTrnRub: { section: 'economy', field: 'nwfLiquidTrnRub' },
  tanksActive: { section: 'equipment', field: 'tanksActive' },
  tanksStorageRestorable: { section: 'equipment', field: 'tanksStorageRestorable' },
  ifvApcActive: { section: 'equipment', field: 'ifvApcActive' },
  ifvApcStorageRestorable: { section: 'equipment', field: 'ifvApcStorageRestorable' },
  artilleryActive: { section: 'equipment', field: 'artilleryActive' },
  artilleryStorage: { section: 'equipment', field: 'artilleryStorage' },
  forceStrength: { section: 'manpower', field: 'forceStrength' },
  occupiedKm2: { section: 'battlefield', field: 'occupiedKm2' },
  tempo: { section: 'battlefield', field: 'tempo' },
  uralsDiscountUsdPerBbl: { section: 'economy', field: 'uralsDiscountUsdPerBbl' },
  inflationPct: { section: 'economy', field: 'cpiPct' },
  keyRatePct: { section: 'economy', field: 'keyRatePct' },
  laborShortageM: { section: 'economy', field: 'laborShortageM' },
  westernCohesion: { section: 'west', field: 'cohesion' },
  beliefWestQuits: { section: 'west', field: 'beliefWestQuits' },
  sanctionsLevel: { section: 'west', field: 'sanctionsLevel' },
  posture: { section: 'posture', field: 'level' },
} as const satisfies Partial<Record<IndicatorName, StateField>>;

/** An indicator held as a stock in the GameState. */
export type StateIndicatorName = keyof typeof STATE_INDICATOR_FIELDS;

/** The value of one stock indicator in a state, read from its section and field. */
export function stateIndicatorValue(state: GameState, indicator: StateIndicatorName): number {
  const { section, field } = STATE_INDICATOR_FIELDS[indicator] as StateField;
  return (state[section] as unknown as Readonly<Record<string, number>>)[field] ?? 0;
}

/**
 * Indicator-like values of a state for the stocks that exist before any quarter is played
 * (flows such as casualties have no value until a quarter has run), plus the active material
 * pressures computed from the state's thresholds. Units as in Indicators.
 */
export function stateIndicatorValues(
  state: GameState,
  params: ScenarioParams,
): Partial<Record<IndicatorName, number>> {
  const values: Partial<Record<IndicatorName, number>> = {};
  for (const indicator of Object.keys(STATE_INDICATOR_FIELDS) as StateIndicatorName[]) {
    values[indicator] = stateIndicatorValue(state, indicator);
  }
  values.activePressures = activeMaterialPressures(state.posture.thresholdActive, params);
  return values;
}
