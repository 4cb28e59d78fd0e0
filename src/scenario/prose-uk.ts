/**
 * The Ukrainian prose of the scenario files (scenarios/uk/): each bundled scenario's, the
 * assumptions', the report's forecasts' and the bibliography's. The page loads this module (a
 * chunk of its own) only when it starts in Ukrainian, and registers it before the first screen.
 */
import assumptions from '../../scenarios/uk/assumptions.json';
import baseline from '../../scenarios/uk/baseline-2025.json';
import chinaStepsIn from '../../scenarios/uk/china-steps-in.json';
import northKoreanSurge from '../../scenarios/uk/north-korean-surge.json';
import observed from '../../scenarios/uk/observed-2025.json';
import reportForecasts from '../../scenarios/uk/report-forecasts.json';
import sources from '../../scenarios/uk/sources.json';
import usStops from '../../scenarios/uk/us-stops-2025.json';
import westernFatigue from '../../scenarios/uk/western-fatigue.json';
import { registerTexts } from '../text';
import { SCENARIO_PROSE, type ScenarioProse } from './translations';

/** The Ukrainian prose of every scenario file, by file. */
export const UKRAINIAN_PROSE: ScenarioProse = {
  scenarios: {
    'baseline-2025': baseline,
    'observed-2025': observed,
    'us-stops-2025': usStops,
    'north-korean-surge': northKoreanSurge,
    'china-steps-in': chinaStepsIn,
    'western-fatigue': westernFatigue,
  },
  assumptions,
  reportForecasts,
  sources,
};

/** Registers the Ukrainian prose, so that the scenarios read in Ukrainian once Ukrainian is active. */
export function registerUkrainianProse(): void {
  registerTexts('uk', { [SCENARIO_PROSE]: UKRAINIAN_PROSE });
}
