/** The comparison's table of outcomes: one row per team that could be read. */
import { formatNumber, quarterText, countOf, NOUNS } from '../../text';
import { el } from '../dom';
import { tableHead } from '../review/table-parts';
import type { TeamOutcomeView, TeamRowView } from './teams-model';

/** The columns, as headed on screen. */
export const OUTCOME_COLUMNS = [
  'Team',
  'Posture reached',
  'Ending',
  'Score',
  'Western cohesion',
  'Aid spent',
  'Ground taken by Russia',
  'Russian casualties',
] as const;

/** The cells of one team's outcome, in OUTCOME_COLUMNS order after the team's name; pure. */
export function outcomeCells(o: TeamOutcomeView): string[] {
  const p = o.postureReached;
  const posture =
    p.quarter === null
      ? `${p.level} ${p.name} (never moved)`
      : `${p.level} ${p.name}, ${quarterText(p.quarter)}`;
  const ending =
    o.ending === 'settlement' && o.settlement
      ? `Settlement, ${quarterText(o.settlement.quarter)}`
      : o.ending === 'collapse'
        ? 'Coalition collapsed'
        : o.ending === 'horizon'
          ? 'War goes on (horizon)'
          : `Still playing (${countOf(o.quartersPlayed, NOUNS.quarter)})`;
  return [
    posture,
    ending,
    o.score === null ? '—' : `${o.score} / 100`,
    o.finalCohesion === null ? '—' : `${formatNumber(o.finalCohesion, 0)} / 100`,
    `€${formatNumber(o.aidSpentBnEur, 1)} bn`,
    `${formatNumber(o.occupiedKm2Gained, 0)} km²`,
    formatNumber(o.russianCasualties, 0),
  ];
}

/** Builds the table for the teams that could be read (others are listed beside it with their error). */
export function outcomesTable(teams: readonly TeamRowView[]): HTMLTableElement {
  const rows = teams.flatMap((t) => (t.ok && t.outcome ? [{ t, cells: outcomeCells(t.outcome) }] : []));
  return el('table', { className: 'teams-table' }, [
    el('caption', { className: 'visually-hidden', text: 'Outcomes by team' }),
    tableHead(OUTCOME_COLUMNS),
    el(
      'tbody',
      {},
      rows.map(({ t, cells }) =>
        el('tr', { className: t.sameScenario ? '' : 'teams-table__other' }, [
          el('th', { attrs: { scope: 'row' } }, [
            t.label,
            t.sameScenario
              ? null
              : el('span', { className: 'teams-table__note', text: ' (another scenario)' }),
          ]),
          ...cells.map((c, i) => el('td', { className: i >= 2 ? 'num' : '', text: c })),
        ]),
      ),
    ),
  ]);
}
