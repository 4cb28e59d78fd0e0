/**
 * The forecast's two choices under the chart legend (whose bands entry says what the bands rest
 * on): "Forecast to the end of the game" (bands for every quarter to the horizon instead of the
 * next four) and "Include disputed figures" (each run also draws the assumptions the sources
 * disagree on). Real checkboxes with visible labels, so they work from the keyboard (Tab, Space).
 */
import { el } from '../dom';
import { uiWords } from '../../text';

/** What the choices show: the two options as the store holds them. */
export interface ForecastOptionsProps {
  readonly toHorizon: boolean;
  readonly disputed: boolean;
}

/** What the choices report. */
export interface ForecastOptionsCallbacks {
  readonly onToHorizon: (on: boolean) => void;
  readonly onDisputed: (on: boolean) => void;
}

/** The built choices and their update. */
export interface ForecastOptionsView {
  readonly root: HTMLElement;
  /** The two checkboxes, for focus and tests. */
  readonly toHorizon: HTMLInputElement;
  readonly disputed: HTMLInputElement;
  update(p: ForecastOptionsProps): void;
}

function checkbox(name: string, onChange: (on: boolean) => void): HTMLInputElement {
  const input = el('input', { attrs: { type: 'checkbox', name } });
  input.addEventListener('change', () => onChange(input.checked));
  return input;
}

/** Builds the choices; `update` keeps them in step with the store. */
export function createForecastOptions(
  props: ForecastOptionsProps,
  cb: ForecastOptionsCallbacks,
): ForecastOptionsView {
  const words = uiWords().chart;
  const toHorizon = checkbox('forecast-to-horizon', cb.onToHorizon);
  const disputed = checkbox('forecast-disputed', cb.onDisputed);
  const toggle = (input: HTMLInputElement, text: string): HTMLElement =>
    el('label', { className: 'toggle bands-options__toggle' }, [input, el('span', { text })]);
  const root = el(
    'div',
    { className: 'bands-options', attrs: { role: 'group', 'aria-label': words.forecastOptions } },
    [toggle(toHorizon, words.forecastToHorizon), toggle(disputed, words.forecastDisputed)],
  );
  const update = (p: ForecastOptionsProps): void => {
    toHorizon.checked = p.toHorizon;
    disputed.checked = p.disputed;
  };
  update(props);
  return { root, toHorizon, disputed, update };
}
