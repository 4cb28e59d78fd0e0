/** Signed numbers as the interface writes changes: "+1.2", "−4.1", "0.0" (a true minus sign; "+1,2" in Ukrainian). */
import { formatNumber, interpolate, uiWords } from '../text';

/** A signed change with a fixed number of decimals. */
export function signed(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  if (Number(Math.abs(value).toFixed(digits)) === 0) return formatNumber(0, digits);
  return formatNumber(value, digits, true);
}

/** "€10.4 bn / quarter". */
export function euroBnPerQuarter(value: number): string {
  return interpolate(uiWords().common.euroBnPerQuarter, { amount: formatNumber(value, 1) });
}
