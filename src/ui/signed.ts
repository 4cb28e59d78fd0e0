/** Signed numbers as the interface writes changes: "+1.2", "−4.1", "0.0" (a true minus sign). */
import { interpolate, uiWords } from '../text';

/** A signed change with a fixed number of decimals. */
export function signed(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** "€10.4 bn / quarter". */
export function euroBnPerQuarter(value: number): string {
  return interpolate(uiWords().common.euroBnPerQuarter, { amount: value.toFixed(1) });
}
