/**
 * The white cell's adjudication: choose an outcome of the model, see its value now and its bounds,
 * type the new value and the reason (required: the log and the review show it), and Apply.
 */
import { button, el, uid } from '../dom';
import { interpolate, uiWords } from '../../text';

/** One field that may be overridden. */
export interface OverrideChoice {
  readonly target: string;
  readonly label: string;
  readonly unit: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** True when only whole numbers are allowed (Putin's posture moves a level at a time). */
  readonly wholeSteps: boolean;
  /** The value now as the console writes it. */
  readonly valueText: string;
}

/** What the form checks before it applies; pure. Returns an error sentence or null. */
export function overrideProblem(
  choice: Pick<OverrideChoice, 'min' | 'max' | 'wholeSteps'> | undefined,
  valueText: string,
  reason: string,
): string | null {
  const words = uiWords().facilitator;
  if (!choice) return words.overrideNoChoice;
  const value = Number(valueText);
  if (valueText.trim() === '' || !Number.isFinite(value)) return words.overrideNotNumber;
  if (value < choice.min || value > choice.max)
    return interpolate(words.overrideOutOfRange, { min: String(choice.min), max: String(choice.max) });
  if (choice.wholeSteps && !Number.isInteger(value)) return words.overrideNotWhole;
  if (reason.trim() === '') return words.overrideNoReason;
  return null;
}

/** Builds the form; `update` refreshes the choices' current values and whether it may apply. */
export function createOverrideForm(
  maxReasonChars: number,
  onApply: (target: string, value: number, reason: string) => void,
): { root: HTMLElement; update(choices: readonly OverrideChoice[], enabled: boolean): void } {
  const words = uiWords().facilitator;
  const ids = {
    target: uid('ov-target'),
    value: uid('ov-value'),
    reason: uid('ov-reason'),
    now: uid('ov-now'),
  };
  const select = el('select', { className: 'input', attrs: { id: ids.target, 'aria-describedby': ids.now } });
  const now = el('p', { className: 'muted override__now', attrs: { id: ids.now } });
  const value = el('input', {
    className: 'input num',
    attrs: { id: ids.value, type: 'number', step: 'any', inputmode: 'decimal', 'aria-describedby': ids.now },
  });
  const reason = el('textarea', {
    className: 'input override__reason',
    attrs: { id: ids.reason, rows: '2', maxlength: String(maxReasonChars), required: '' },
  });
  const error = el('p', { className: 'note note--danger override__error', attrs: { role: 'alert' } });
  const done = el('p', { className: 'muted override__done', attrs: { role: 'status' } });
  const apply = button(words.applyOverride, () => undefined, 'primary', 'btn--small');
  apply.type = 'submit';
  let choices: readonly OverrideChoice[] = [];
  let shownOptions = '';
  const current = (): OverrideChoice | undefined => choices.find((c) => c.target === select.value);
  const showNow = (): void => {
    const c = current();
    now.textContent = c
      ? interpolate(words.overrideNow, {
          value: c.valueText,
          min: String(c.min),
          max: String(c.max),
          unit: c.unit,
        })
      : '';
    if (c) {
      value.min = String(c.min);
      value.max = String(c.max);
      value.step = c.wholeSteps ? '1' : 'any';
      value.inputMode = c.wholeSteps ? 'numeric' : 'decimal';
    }
  };
  select.addEventListener('change', () => {
    showNow();
    const c = current();
    if (c) value.value = String(Math.round(c.value * 100) / 100);
  });
  const form = el('form', { className: 'override stack', attrs: { novalidate: '' } }, [
    el('div', { className: 'field' }, [
      el('label', { text: words.overrideTarget, attrs: { for: ids.target } }),
      select,
    ]),
    now,
    el('div', { className: 'field' }, [
      el('label', { text: words.overrideValue, attrs: { for: ids.value } }),
      value,
    ]),
    el('div', { className: 'field' }, [
      el('label', { text: words.overrideReason, attrs: { for: ids.reason } }),
      reason,
    ]),
    error,
    el('div', { className: 'row' }, [apply]),
    done,
  ]);
  error.hidden = true;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = current();
    const problem = overrideProblem(c, value.value, reason.value);
    error.hidden = problem === null;
    error.textContent = problem ?? '';
    if (problem !== null || !c) return;
    onApply(c.target, Number(value.value), reason.value.trim());
    done.textContent = interpolate(words.overrideApplied, { label: c.label, value: value.value });
    reason.value = '';
  });
  return {
    root: form,
    update(next, enabled) {
      choices = next;
      const keep = select.value;
      const optionsKey = next.map((c) => `${c.target}=${c.valueText}`).join('|');
      if (optionsKey !== shownOptions) {
        shownOptions = optionsKey;
        select.replaceChildren(
          ...next.map((c) =>
            el('option', {
              text: interpolate(words.overrideOption, { label: c.label, value: c.valueText }),
              attrs: { value: c.target },
            }),
          ),
        );
        select.value = next.some((c) => c.target === keep) ? keep : (next[0]?.target ?? '');
      }
      if (value.value === '' || keep !== select.value) {
        const c = current();
        value.value = c ? String(Math.round(c.value * 100) / 100) : '';
      }
      showNow();
      for (const control of [select, value, reason, apply]) control.disabled = !enabled;
    },
  };
}
