/**
 * The player's forecast options: how far the bands reach (the next four quarters, or every quarter
 * to the end of the game) and whether each run also draws the disputed figures. Remembered under
 * their own storage key, like the settings, so a class keeps its view across a reload; anything
 * unreadable there falls back to the defaults, silently.
 */
import type { SafeStorage } from '../store/persistence';

/** What the bands vary and how far they reach. */
export interface ForecastOptions {
  /** True: bands for every quarter to the horizon; false: the next BAND_QUARTERS quarters. */
  readonly toHorizon: boolean;
  /** True: each run also draws one option of every disputed figure (scenarios/assumptions.json). */
  readonly disputed: boolean;
}

/** Key of the forecast options in storage. */
export const FORECAST_KEY = 'leverage.forecast.v1';

/** The options of a first visit, and of any that cannot be read: four quarters, shocks only. */
export const DEFAULT_FORECAST_OPTIONS: ForecastOptions = { toHorizon: false, disputed: false };

/** True when two choices of options are the same. */
export function sameForecastOptions(a: ForecastOptions, b: ForecastOptions): boolean {
  return a.toHorizon === b.toHorizon && a.disputed === b.disputed;
}

/** Reads the options; a missing, corrupt or half-written value falls back field by field to the default. */
export function readForecastOptions(storage: SafeStorage): ForecastOptions {
  const raw = storage.read(FORECAST_KEY);
  if (raw === null) return DEFAULT_FORECAST_OPTIONS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return DEFAULT_FORECAST_OPTIONS;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return DEFAULT_FORECAST_OPTIONS;
  const o = parsed as Record<string, unknown>;
  const flag = (key: keyof ForecastOptions): boolean =>
    typeof o[key] === 'boolean' ? o[key] : DEFAULT_FORECAST_OPTIONS[key];
  return { toHorizon: flag('toHorizon'), disputed: flag('disputed') };
}

/** Writes the options; false when storage refused (the choice still holds for this visit). */
export function writeForecastOptions(storage: SafeStorage, options: ForecastOptions): boolean {
  return storage.write(FORECAST_KEY, JSON.stringify(options));
}
