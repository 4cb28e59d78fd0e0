/**
 * The title screen's settings: the seed (beside the scenario it seeds), and sound volume, mute and
 * reduced motion. Each is a real labelled input; values come in as props and changes go out
 * through callbacks.
 */
import { el, uid } from '../dom';
import { interpolate, uiWords } from '../../text';

/** Current values shown by the panel. */
export interface SettingsProps {
  readonly seed: number;
  /** 0–1. */
  readonly volume: number;
  readonly muted: boolean;
  readonly reducedMotion: boolean;
}

/** Where the panel sends changes. */
export interface SettingsCallbacks {
  readonly onSeed: (seed: number) => void;
  readonly onVolume: (volume: number) => void;
  readonly onMuted: (muted: boolean) => void;
  readonly onReducedMotion: (reduced: boolean) => void;
}

/** Parses the seed field: an integer 0 … 2^31−1, or null. */
export function parseSeed(text: string): number | null {
  if (!/^\s*\d{1,10}\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n <= 2 ** 31 - 1 ? n : null;
}

function field(label: string, input: HTMLInputElement, hint?: string): HTMLElement {
  const id = uid('field');
  input.id = id;
  const children: HTMLElement[] = [el('label', { text: label, attrs: { for: id } }), input];
  if (hint) {
    const hintId = uid('hint');
    input.setAttribute('aria-describedby', hintId);
    children.push(el('p', { className: 'muted field__hint', text: hint, attrs: { id: hintId } }));
  }
  return el('div', { className: 'field' }, children);
}

function checkbox(onChange: (on: boolean) => void): HTMLInputElement {
  const input = el('input', { attrs: { type: 'checkbox' } });
  input.addEventListener('change', () => onChange(input.checked));
  return input;
}

/** The built settings: the seed field and the sound panel, placed apart, and one update. */
export interface SettingsPanel {
  readonly seed: HTMLElement;
  readonly sound: HTMLElement;
  update(p: SettingsProps): void;
}

/** Builds the settings; `update` syncs them with the store. */
export function createSettingsPanel(props: SettingsProps, cb: SettingsCallbacks): SettingsPanel {
  const seed = el('input', { className: 'input num', attrs: { type: 'number', min: '0', step: '1' } });
  seed.addEventListener('change', () => {
    const value = parseSeed(seed.value);
    if (value === null) seed.value = String(props.seed);
    else cb.onSeed(value);
  });
  const volume = el('input', {
    className: 'range',
    attrs: { type: 'range', min: '0', max: '100', step: '5' },
  });
  volume.addEventListener('input', () => cb.onVolume(Number(volume.value) / 100));
  const muted = checkbox(cb.onMuted);
  const motion = checkbox(cb.onReducedMotion);
  const toggle = (input: HTMLInputElement, text: string): HTMLElement =>
    el('label', { className: 'toggle' }, [input, el('span', { text })]);

  const seedField = field(uiWords().title.seed, seed, uiWords().title.seedHint);
  const sound = el('div', { className: 'settings' }, [
    field(uiWords().title.volume, volume),
    el('div', { className: 'row toggles' }, [
      toggle(muted, uiWords().title.mute),
      toggle(motion, uiWords().title.reduceMotion),
    ]),
  ]);
  const update = (p: SettingsProps): void => {
    props = p;
    if (document.activeElement !== seed) seed.value = String(p.seed);
    volume.value = String(Math.round(p.volume * 100));
    volume.setAttribute(
      'aria-valuetext',
      interpolate(uiWords().title.volumePercent, { percent: String(Math.round(p.volume * 100)) }),
    );
    muted.checked = p.muted;
    motion.checked = p.reducedMotion;
  };
  update(props);
  return { seed: seedField, sound, update };
}
