/** The debrief selector's data → the debrief view's props, written with the text layer. Pure. */
import type { GameStore } from '../../state';
import { KEY_CHARTS, selectChart, selectDebrief, selectLuck, selectScenario } from '../../state';
import type { ReportEvent } from '../../engine';
import { describeEvent, describeMessage, hasEventText, quarterText, screenText } from '../../text';
import { scoreExplanation, verdictWords } from '../../ui/debrief/debrief-text';
import type { DebriefProps } from '../../ui/debrief/debrief-view';
import { pickReportItems } from '../../ui/report/report-order';

const pct = (v: number): number => Math.round(v * 100);

/** A posture level by its name in the scenario, or 'Level n'. */
export function levelName(names: readonly { readonly name: string }[], level: number): string {
  return names[level]?.name ?? screenText('common.level', { level });
}

/** The event a quarter's report leads with, among those the text layer has words for (else any). */
export function leadEvent(events: readonly ReportEvent[]): ReportEvent | null {
  const worded = events.filter((e) => hasEventText(e.code));
  return pickReportItems(worded.length > 0 ? worded : events).lead;
}

/** A quarter's headline as its report led with it, then the timeline's other events; never empty. */
export function quarterHeadlines(all: readonly ReportEvent[], kept: readonly ReportEvent[]): string[] {
  const lead = leadEvent(all);
  const rest = kept.filter((e) => e !== lead).map((e) => describeEvent(e).headline);
  return [lead ? describeEvent(lead).headline : screenText('debrief.quietQuarter'), ...rest];
}

/**
 * "Your war was luckier than 72 % of 300 runs of your levers …": the war played among the runs of
 * its levers, in words, or null before a quarter is played.
 */
export function luckText(s: GameStore): string | null {
  const luck = selectLuck(s);
  if (!luck) return null;
  const pct100 = (share: number): number => Math.round(share * 100);
  return screenText('debrief.luck', {
    runs: luck.runs,
    luckier: pct100(luck.moreGround),
    unluckier: pct100(luck.lessGround),
    lower: pct100(luck.lowerPosture),
    seed: String(luck.seed),
  });
}

/** True when the last quarter's report led with the ending, so it has been announced already. */
export function endingReported(s: GameStore): boolean {
  const last = s.history.at(-1);
  return last !== undefined && pickReportItems(last.events).lead?.category === 'outcome';
}

/** The debrief's props. */
export function debriefProps(s: GameStore): DebriefProps {
  const d = selectDebrief(s);
  const { params } = selectScenario(s);
  const n = params.negotiation;
  const labels = selectChart(s, KEY_CHARTS[0]).quarters.map((q) => quarterText(q));
  const level = (l: number): string => levelName(params.posture.levels, l);
  const terms = d.outcome?.terms
    ? n.terms.flatMap((t) => {
        const o = t.options.find((x) => x.id === d.outcome?.terms?.[t.id]);
        return o
          ? [
              {
                term: t.name,
                option: o.label,
                acceptability: screenText('debrief.acceptability', {
                  us: pct(o.acceptabilityUs),
                  ukraine: pct(o.acceptabilityUkraine),
                  europe: pct(o.acceptabilityEurope),
                }),
              },
            ]
          : [];
      })
    : [];
  const t = d.totals;
  const last = s.history.at(-1)?.indicators;
  const postureLevel = last?.posture ?? 0;
  return {
    title: screenText(`debrief.title.${d.outcome?.kind ?? 'running'}`),
    headline: describeMessage(d.headline),
    // Said once: by the last quarter's report when it led with the ending (a collapse), else here
    // (a settlement has no report; the horizon's report leads with the quarter's news).
    announcement: endingReported(s) ? null : describeMessage(d.headline),
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
        postureName: level(postureLevel),
        cohesion: last?.westernCohesion ?? 0,
      },
    ),
    terms,
    luck: luckText(s),
    totals: screenText(
      'debrief.totals',
      {
        quarters: t.quarters,
        aid: t.aidSpentBnEur,
        km2: t.occupiedKm2Gained,
        casualties: t.russianCasualties,
      },
      { aid: { digits: 1 }, km2: { digits: 0 }, casualties: { digits: 0 } },
    ),
    forecasts: d.forecasts.map((f) => ({
      label: f.forecast.label,
      window: screenText('debrief.forecastWindow', {
        from: labels[f.forecast.fromQuarter] ?? '',
        to: labels[f.forecast.toQuarter] ?? '',
      }),
      verdict: verdictWords(f.verdict, f.firstQuarter === null ? null : (labels[f.firstQuarter] ?? null)),
      held: f.verdict === 'as-forecast',
    })),
    timeline: d.timeline.map((e, i) => ({
      quarter: quarterText(e.quarter),
      aid: screenText('common.aidBn', { aid: e.aid }, { aid: { digits: 1 } }),
      sanctions: params.policy.sanctionsLevels[e.sanctions]?.name ?? String(e.sanctions),
      posture:
        e.postureAfter === e.postureBefore
          ? level(e.postureAfter)
          : screenText('debrief.postureMoved', { from: level(e.postureBefore), to: level(e.postureAfter) }),
      postureChanged: e.postureAfter !== e.postureBefore,
      events: quarterHeadlines(s.history[i]?.events ?? [], e.events),
    })),
  };
}
