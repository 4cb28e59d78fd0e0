/** Calendar helpers: quarter indices (0 = the scenario's first quarter) to labels like '2025-Q1'. */

/** Year and quarter (1–4) of a quarter index counted from a start year and quarter. */
export function quarterOf(
  startYear: number,
  startQuarter: number,
  quarterIndex: number,
): {
  year: number;
  quarter: number;
} {
  const zeroBased = startQuarter - 1 + quarterIndex;
  return { year: startYear + Math.floor(zeroBased / 4), quarter: (zeroBased % 4) + 1 };
}

/** Label such as '2025-Q1', the key the CLI's JSON and the charts use. */
export function quarterLabel(startYear: number, startQuarter: number, quarterIndex: number): string {
  const q = quarterOf(startYear, startQuarter, quarterIndex);
  return `${q.year}-Q${q.quarter}`;
}
