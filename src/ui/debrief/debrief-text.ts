/** Words for the debrief: forecast verdicts and the explanation of the score. Pure. */

/** How a game compared with one of the report's forecasts. */
export type ForecastVerdict = 'as-forecast' | 'earlier' | 'later' | 'not-yet';

/** A verdict in words, with the quarter it happened when it did. */
export function verdictWords(verdict: ForecastVerdict, quarter: string | null): string {
  switch (verdict) {
    case 'as-forecast':
      return `Happened as forecast, in ${quarter ?? '—'}`;
    case 'earlier':
      return `Happened earlier than forecast, in ${quarter ?? '—'}`;
    case 'later':
      return `Happened later than forecast, in ${quarter ?? '—'}`;
    case 'not-yet':
      return 'Did not happen in this game';
  }
}

/** Weights and penalties of the settlement score (scenario data). */
export interface ScoreRules {
  readonly weightUs: number;
  readonly weightUkraine: number;
  readonly weightEurope: number;
  readonly penaltyPerQuarter: number;
  readonly penaltyPerHundredBnEur: number;
}

/** What the score is made of, in sentences. */
export function scoreExplanation(
  kind: 'settlement' | 'collapse' | 'horizon' | null,
  r: ScoreRules,
): string[] {
  const rules = [
    `A settlement scores how acceptable its terms are to the United States (weight ${r.weightUs}), Ukraine (weight ${r.weightUkraine}) and Europe (weight ${r.weightEurope}), out of 100, minus ${r.penaltyPerQuarter} point${r.penaltyPerQuarter === 1 ? '' : 's'} for each quarter the war went on and ${r.penaltyPerHundredBnEur} for each €100 bn of aid spent.`,
  ];
  if (kind === 'collapse')
    return ['The coalition collapsed, so there is no settlement to score: 0 of 100.', ...rules];
  if (kind === 'horizon') return ['No settlement was reached before the end of 2027: 0 of 100.', ...rules];
  if (kind === 'settlement') return rules;
  return ['The game has not ended yet.', ...rules];
}
