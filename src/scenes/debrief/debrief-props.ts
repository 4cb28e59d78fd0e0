/** The debrief selector's data → the debrief view's props, written with the text layer. Pure. */
import type { GameStore } from '../../state';
import { KEY_CHARTS, selectChart, selectDebrief, selectScenario } from '../../state';
import type { ReportEvent } from '../../engine';
import { describeEvent, formatNumber, hasEventText, quarterText, countOf, NOUNS } from '../../text';
import { scoreExplanation, verdictWords } from '../../ui/debrief/debrief-text';
import type { DebriefProps } from '../../ui/debrief/debrief-view';
import { pickReportItems } from '../../ui/report/report-order';

const TITLES = {
  settlement: 'Settlement signed',
  collapse: 'The coalition collapsed',
  horizon: 'The war goes on',
} as const;

const pct = (v: number): string => `${Math.round(v * 100)}%`;

/** The event a quarter's report leads with, among those the text layer has words for (else any). */
export function leadEvent(events: readonly ReportEvent[]): ReportEvent | null {
  const worded = events.filter((e) => hasEventText(e.code));
  return pickReportItems(worded.length > 0 ? worded : events).lead;
}

/** A quarter's headline as its report led with it, then the timeline's other events; never empty. */
export function quarterHeadlines(all: readonly ReportEvent[], kept: readonly ReportEvent[]): string[] {
  const lead = leadEvent(all);
  const rest = kept.filter((e) => e !== lead).map((e) => describeEvent(e).headline);
  return [lead ? describeEvent(lead).headline : 'A quiet quarter', ...rest];
}

/** The debrief's props. */
export function debriefProps(s: GameStore): DebriefProps {
  const d = selectDebrief(s);
  const { params } = selectScenario(s);
  const n = params.negotiation;
  const labels = selectChart(s, KEY_CHARTS[0]).quarters.map((q) => quarterText(q));
  const levelName = (l: number): string => params.posture.levels[l]?.name ?? `Level ${l}`;
  const terms = d.outcome?.terms
    ? n.terms.flatMap((t) => {
        const o = t.options.find((x) => x.id === d.outcome?.terms?.[t.id]);
        return o
          ? [
              {
                term: t.name,
                option: o.label,
                acceptability: `US ${pct(o.acceptabilityUs)}, Ukraine ${pct(o.acceptabilityUkraine)}, Europe ${pct(o.acceptabilityEurope)}`,
              },
            ]
          : [];
      })
    : [];
  const t = d.totals;
  const last = s.history.at(-1)?.indicators;
  const postureLevel = last?.posture ?? 0;
  return {
    title: d.outcome ? TITLES[d.outcome.kind] : 'The war goes on',
    // The selector writes engine labels ('2025-Q4'); the screen writes 'Q4 2025'.
    headline: d.headline.replace(/\d{4}-Q[1-4]/g, (q) => quarterText(q)),
    score: d.score,
    explanation: scoreExplanation(
      d.outcome?.kind ?? null,
      {
        weightUs: n.scoreWeightUs,
        weightUkraine: n.scoreWeightUkraine,
        weightEurope: n.scoreWeightEurope,
        penaltyPerQuarter: n.scorePenaltyPerQuarter,
        penaltyPerHundredBnEur: n.scorePenaltyPerHundredBnEurAid,
        horizonPerPostureLevel: n.horizonScorePerPostureLevel,
        horizonPerCohesionPoint: n.horizonScorePerCohesionPoint,
      },
      {
        score: d.score,
        quarters: d.outcome?.kind === 'settlement' ? d.outcome.quarterIndex : t.quarters,
        aidSpentBnEur: t.aidSpentBnEur,
        postureLevel,
        postureName: levelName(postureLevel),
        cohesion: last?.westernCohesion ?? 0,
      },
    ),
    terms,
    totals: `Over ${countOf(t.quarters, NOUNS.quarter)}: €${formatNumber(t.aidSpentBnEur, 1)} bn of aid, ${formatNumber(t.occupiedKm2Gained, 0)} km² taken by Russia, ${formatNumber(t.russianCasualties, 0)} Russian casualties.`,
    forecasts: d.forecasts.map((f) => ({
      label: f.forecast.label,
      window: `${labels[f.forecast.fromQuarter] ?? ''} to ${labels[f.forecast.toQuarter] ?? ''}`,
      verdict: verdictWords(f.verdict, f.firstQuarter === null ? null : (labels[f.firstQuarter] ?? null)),
      held: f.verdict === 'as-forecast',
    })),
    timeline: d.timeline.map((e, i) => ({
      quarter: quarterText(e.quarter),
      aid: `€${formatNumber(e.aid, 1)} bn`,
      sanctions: params.policy.sanctionsLevels[e.sanctions]?.name ?? String(e.sanctions),
      posture:
        e.postureAfter === e.postureBefore
          ? levelName(e.postureAfter)
          : `${levelName(e.postureBefore)} → ${levelName(e.postureAfter)}`,
      postureChanged: e.postureAfter !== e.postureBefore,
      events: quarterHeadlines(s.history[i]?.events ?? [], e.events),
    })),
  };
}
