/** Filling a select from data without disturbing the person using it. */
import { el } from '../dom';

/**
 * Replaces a select's options (value, text) only when they changed, keeping the choice where it
 * still exists; returns true when it replaced them.
 */
export function setOptions(
  select: HTMLSelectElement,
  options: readonly (readonly [string, string])[],
): boolean {
  const key = JSON.stringify(options);
  if (select.dataset['options'] === key) return false;
  const chosen = select.value;
  select.dataset['options'] = key;
  select.replaceChildren(...options.map(([value, text]) => el('option', { text, attrs: { value } })));
  if (options.some(([value]) => value === chosen)) select.value = chosen;
  return true;
}
