/** Dates as the game writes them for people: "19 February 2025". */
import { interpolate, uiWords } from '../text';

/** "2025-02-19" → "19 February 2025"; an unparseable string comes back unchanged. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = uiWords().common.months[Number(m[2]) - 1];
  if (month === undefined) return iso;
  return interpolate(uiWords().common.date, { day: String(Number(m[3])), month, year: m[1] });
}

/** The data-vintage line of the title screen. */
export function vintageLine(isoDate: string, version: string): string {
  return interpolate(uiWords().common.vintageLine, { date: formatIsoDate(isoDate), version });
}
