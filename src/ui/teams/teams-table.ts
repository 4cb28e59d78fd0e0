/** The comparison's table of outcomes: one row per team that could be read. */
import { formatNumber, quarterText, countOf, nouns, interpolate, uiWords } from '../../text';
import { el } from '../dom';
import { tableHead } from '../review/table-parts';
import type { TeamOutcomeView, TeamRowView } from './teams-model';

/** The columns, as headed on screen. */
export function outcomeColumns(): string[] {
  const words = uiWords().teams;
  return [
    words.columnTeam,
    words.columnPosture,
    words.columnEnding,
    words.columnScore,
    words.columnCohesion,
    words.columnAid,
    words.columnGround,
    words.columnCasualties,
  ];
}

/** The cells of one team's outcome, in outcomeColumns() order after the team's name; pure. */
export function outcomeCells(o: TeamOutcomeView): string[] {
  const words = uiWords().teams;
  const p = o.postureReached;
  const posture =
    p.quarter === null
      ? interpolate(words.postureNeverMoved, { level: String(p.level), name: p.name })
      : interpolate(words.postureReached, {
          level: String(p.level),
          name: p.name,
          quarter: quarterText(p.quarter),
        });
  const ending =
    o.ending === 'settlement' && o.settlement
      ? interpolate(words.endingSettlement, { quarter: quarterText(o.settlement.quarter) })
      : o.ending === 'collapse'
        ? words.endingCollapse
        : o.ending === 'horizon'
          ? words.endingHorizon
          : interpolate(words.stillPlaying, { quarters: countOf(o.quartersPlayed, nouns().quarter) });
  return [
    posture,
    ending,
    o.score === null ? '—' : `${o.score} / 100`,
    o.finalCohesion === null ? '—' : `${formatNumber(o.finalCohesion, 0)} / 100`,
    interpolate(words.aidValue, { amount: formatNumber(o.aidSpentBnEur, 1) }),
    interpolate(words.areaValue, { area: formatNumber(o.occupiedKm2Gained, 0) }),
    formatNumber(o.russianCasualties, 0),
  ];
}

/** Builds the table for the teams that could be read (others are listed beside it with their error). */
export function outcomesTable(teams: readonly TeamRowView[]): HTMLTableElement {
  const rows = teams.flatMap((t) => (t.ok && t.outcome ? [{ t, cells: outcomeCells(t.outcome) }] : []));
  return el('table', { className: 'teams-table' }, [
    el('caption', { className: 'visually-hidden', text: uiWords().teams.caption }),
    tableHead(outcomeColumns()),
    el(
      'tbody',
      {},
      rows.map(({ t, cells }) =>
        el('tr', { className: t.sameScenario ? '' : 'teams-table__other' }, [
          el('th', { attrs: { scope: 'row' } }, [
            t.label,
            t.sameScenario
              ? null
              : el('span', { className: 'teams-table__note', text: uiWords().teams.anotherScenario }),
          ]),
          ...cells.map((c, i) => el('td', { className: i >= 2 ? 'num' : '', text: c })),
        ]),
      ),
    ),
  ]);
}
