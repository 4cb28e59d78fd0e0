/**
 * The memo's props: the debrief's outcome, score and decisions, the key figures at the end beside
 * the status quo at the same quarter, the sources the game cited (report footnotes first, each
 * with its title, no links) and the caveats every reader should have.
 */
import type { IndicatorName } from '../../engine';
import type { GameStore } from '../../state';
import { KEY_CHARTS, selectDebrief } from '../../state';
import { formatIndicator, indicatorInfo, countOf, NOUNS } from '../../text';
import type { DebriefProps } from '../../ui/debrief/debrief-view';
import { formatIsoDate } from '../../ui/format-date';
import type { MemoProps } from '../../ui/review/memo';
import { sortKeys } from '../../ui/roles/source-keys';
import { printableSourceName } from '../../ui/review/source-label';

/** The figures the memo compares with the status quo: the key charts' and the ground occupied. */
const MEMO_FIGURES: readonly IndicatorName[] = [...KEY_CHARTS, 'occupiedKm2'];

/** At most this many sources, so the memo stays on one page. */
const MAX_SOURCES = 24;

/** What every reader of a memo should know about the model. */
export const MEMO_CAVEATS: readonly string[] = [
  'Leverage is a teaching simplification, not a forecast: a few dozen stocks and flows stand for a war, an economy and a coalition, and many of its curves are modelling choices.',
  'Starting figures are as of 19 February 2025, when ISW published “Russia’s Weakness Offers Leverage”; later events are not in them unless the scenario says so.',
  'Sources disagree on several figures (tank production, loss counts, real inflation); the game uses the report’s central view unless other assumptions were chosen.',
  'Putin’s posture and his belief that the West will quit model the report’s argument; they are not knowledge of the Kremlin’s decisions.',
];

/** The memo of the game on screen, from the debrief's props `d`. */
export function memoProps(s: GameStore, d: DebriefProps): MemoProps {
  const last = s.history.at(-1);
  const base = last ? s.baselinePath[last.quarterIndex] : undefined;
  const sources = s.scenario.sources;
  const cited = sortKeys([
    ...s.history.flatMap((r) => r.events.flatMap((e) => e.sources)),
    ...selectDebrief(s).forecasts.flatMap((f) => f.forecast.sources),
  ]).filter((k) => sources[k] !== undefined);
  const footnotes = cited.filter((k) => sources[k]?.kind === 'report-footnote');
  const external = cited.filter((k) => sources[k]?.kind !== 'report-footnote');
  const listed = [...footnotes, ...external].slice(0, MAX_SOURCES);
  const quarters = s.history.length;
  return {
    scenarioName: s.scenario.name,
    vintage: `Figures as of ${formatIsoDate(s.scenario.dataVintage)}`,
    meta: `Seed ${s.game?.seed ?? s.seed} · ${countOf(quarters, NOUNS.quarter)} played`,
    outcomeTitle: d.title,
    score: d.score,
    headline: d.headline,
    explanation: d.explanation,
    terms: d.terms.map((t) => `${t.term}: ${t.option}`).join('; '),
    decisions: d.timeline.map((t) => ({
      quarter: t.quarter,
      aid: t.aid,
      sanctions: t.sanctions,
      posture: t.posture,
      headline: t.events[0] ?? '',
    })),
    figures: MEMO_FIGURES.map((name) => ({
      label: indicatorInfo(name).label,
      game: last ? formatIndicator(name, last.indicators[name]) : '—',
      statusQuo: base ? formatIndicator(name, base.indicators[name]) : '—',
    })),
    totals: d.totals,
    sources: [
      ...listed.map((key) => {
        const entry = sources[key];
        return { key, title: entry ? printableSourceName(entry) : '' };
      }),
      ...(cited.length > listed.length
        ? [{ key: '…', title: `and ${cited.length - listed.length} more in the game’s bibliography` }]
        : []),
    ],
    caveats: MEMO_CAVEATS,
  };
}
