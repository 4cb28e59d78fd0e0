/**
 * The report's dated forecasts (scenarios/report-forecasts.json): chart markers during play and
 * the "forecast beside what happened" table of the debrief.
 */
import type { Indicators, TurnReport } from '../engine';
import data from '../../scenarios/report-forecasts.json';
import { activeLanguage, type Language } from '../text';
import { activeProse, withProse } from './translations';

/** One dated forecast of the report, tied to an indicator and a test on it. */
export interface ReportForecast {
  readonly id: string;
  readonly indicator: keyof Indicators;
  readonly label: string;
  readonly test: { readonly direction: 'below' | 'above'; readonly value: number };
  /** Window in quarter indices (0 = Q1 2025), inclusive. */
  readonly fromQuarter: number;
  readonly toQuarter: number;
  readonly sources: readonly string[];
}

/** Every forecast, in the file's order. */
export const REPORT_FORECASTS: readonly ReportForecast[] = (data as { forecasts: ReportForecast[] })
  .forecasts;

const translated = new Map<Language, readonly ReportForecast[]>([['en', REPORT_FORECASTS]]);

/** Every forecast with its label in the active language. */
export function reportForecasts(): readonly ReportForecast[] {
  const language = activeLanguage();
  let list = translated.get(language);
  if (!list) {
    const prose = activeProse();
    list = prose
      ? withProse(data as { forecasts: ReportForecast[] }, prose.reportForecasts).forecasts
      : REPORT_FORECASTS;
    translated.set(language, list);
  }
  return list;
}

/** How a game compares with one forecast: the first quarter the test held, and whether that fell in the window. */
export interface ForecastCheck {
  readonly forecast: ReportForecast;
  /** Quarter index when the test first held, or null if it never did in this game. */
  readonly firstQuarter: number | null;
  readonly verdict: 'as-forecast' | 'earlier' | 'later' | 'not-yet';
}

/** Compares a game's reports with each forecast. */
export function checkForecasts(history: readonly TurnReport[]): ForecastCheck[] {
  return reportForecasts().map((forecast) => {
    const hit = history.find((r) => {
      const v = r.indicators[forecast.indicator];
      return forecast.test.direction === 'below' ? v < forecast.test.value : v > forecast.test.value;
    });
    const firstQuarter = hit ? hit.quarterIndex : null;
    const verdict =
      firstQuarter === null
        ? 'not-yet'
        : firstQuarter < forecast.fromQuarter
          ? 'earlier'
          : firstQuarter > forecast.toQuarter
            ? 'later'
            : 'as-forecast';
    return { forecast, firstQuarter, verdict };
  });
}
