/**
 * The memo's props: the debrief's outcome, score and decisions, the key figures at the end beside
 * the status quo at the same quarter, the sources the game cited (report footnotes first, each
 * with its title, no links) and the caveats every reader should have.
 */
import type { IndicatorName } from '../../engine';
import type { GameStore } from '../../state';
import { KEY_CHARTS, selectDebrief } from '../../state';
import { formatIndicator, indicatorInfo, screenText } from '../../text';
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
  screenText('memo.caveat.model'),
  screenText('memo.caveat.vintage'),
  screenText('memo.caveat.sources'),
  screenText('memo.caveat.posture'),
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
    vintage: screenText('memo.vintage', { date: formatIsoDate(s.scenario.dataVintage) }),
    meta: screenText('memo.meta', { seed: String(s.game?.seed ?? s.seed), quarters }),
    outcomeTitle: d.title,
    score: d.score,
    headline: d.headline,
    explanation: d.explanation,
    terms: d.terms.map((t) => screenText('memo.term', { term: t.term, option: t.option })).join('; '),
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
        ? [{ key: '…', title: screenText('memo.moreSources', { more: cited.length - listed.length }) }]
        : []),
    ],
    caveats: MEMO_CAVEATS,
  };
}
