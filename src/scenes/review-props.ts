/**
 * The store's review timeline → the review tabs' props, in words from the text layer: for each
 * quarter its headline, the state at its end, and what happened (decisions, injects, Kremlin
 * decisions, pressures, posture changes with why, the facilitator's actions with their reasons).
 */
import type { IndicatorName, Indicators, OverrideTarget, ReportEvent, ScenarioParams } from '../engine';
import type { GameStore } from '../state/contract';
import { selectDiscussionPrompts, selectReviewTimeline, type ReviewEntry } from '../state/selectors-workshop';
import {
  describeEvent,
  formatIndicator,
  formatNumber,
  indicatorInfo,
  judgeChange,
  quarterText,
  verdictText,
} from '../text';
import { pickReportItems } from '../ui/report/report-order';
import type { ReviewItem, ReviewProps, ReviewQuarter, ReviewSection } from '../ui/review/review-model';

/** The figures the review shows for each quarter (cohesion and the posture have their own blocks). */
export const REVIEW_FIGURES: readonly IndicatorName[] = [
  'nwfLiquidTrnRub',
  'tanksStorageRestorable',
  'fireRatio',
  'casualtiesPerKm2',
  'beliefWestQuits',
  'occupiedKm2',
  'casualties',
  'aidBnEur',
];

const item = (text: string, detail: string | null = null): ReviewItem => ({ text, detail });

function figures(now: Indicators, before: Indicators | null): ReviewQuarter['figures'] {
  return REVIEW_FIGURES.map((name) => {
    const value = formatIndicator(name, now[name]);
    if (!before) return { label: indicatorInfo(name).label, value, change: '' };
    const verdict = verdictText(judgeChange(name, before[name], now[name]));
    const was = `was ${formatIndicator(name, before[name])}`;
    return { label: indicatorInfo(name).label, value, change: verdict ? `${was} · ${verdict}` : was };
  });
}

/** Words for an override's target: the indicator's label, or the posture level. */
export function overrideTargetLabel(target: OverrideTarget): string {
  if (target === 'postureLevel') return 'Putin’s posture level';
  return indicatorInfo(target as IndicatorName)?.label ?? target;
}

function sections(e: ReviewEntry, events: readonly ReportEvent[], params: ScenarioParams): ReviewSection[] {
  const find = (code: string): ReportEvent | undefined => events.find((x) => x.code === code);
  const sent = e.indicators.aidBnEur;
  const aid = item(
    `Military aid: €${formatNumber(e.policy.aidBnEurPerQuarter, 1)} bn a quarter`,
    sent < e.policy.aidBnEurPerQuarter - 0.05
      ? `Only €${formatNumber(sent, 1)} bn was sent: an inject capped it.`
      : null,
  );
  const sanctions = item(
    `Sanctions: ${params.policy.sanctionsLevels[e.policy.sanctionsLevel]?.name ?? `level ${e.policy.sanctionsLevel}`}`,
  );
  const logged = new Set(e.facilitator.filter((l) => l.kind === 'override').map((l) => l.reason ?? ''));
  const listed = new Set<ReportEvent>();
  const because = (x: ReportEvent | undefined): string | null => {
    if (!x) return null;
    listed.add(x);
    return describeEvent(x).because;
  };
  const kremlin = e.kremlin.map((k) => {
    const ev = find(`kremlin.${k.option}`);
    const text = ev ? describeEvent(ev).headline : k.option;
    return item(k.byPlayer ? `${text} (the Kremlin player’s choice)` : text, because(ev));
  });
  const thresholds = e.thresholds.map((t) =>
    item(
      `${t.id} ${t.name}: ${t.on ? 'now active' : 'no longer active'}`,
      because(events.find((x) => x.code === `threshold.${t.on ? 'on' : 'off'}` && x.values['id'] === t.id)),
    ),
  );
  const posture = e.postureChanges.map((c) => {
    because(events.find((x) => x.code === `posture.${c.direction}`));
    return item(
      `${c.direction === 'up' ? 'Up' : 'Down'} from level ${c.from} to level ${c.to}, “${c.name}”`,
      c.explanation,
    );
  });
  const injects = e.injects.map((i) => {
    because(events.find((x) => x.code === 'inject.fired' && x.values['id'] === i.id));
    return item(i.title, i.scheduled ? 'Scheduled by the scenario.' : 'Fired by the facilitator.');
  });
  const facilitator = [
    ...e.facilitator.map((l) => item(l.text, l.reason ? `Reason: ${l.reason}` : null)),
    ...e.overrides
      .filter((o) => !logged.has(o.reason))
      .map((o) =>
        item(
          `Override: ${overrideTargetLabel(o.target)} set to ${formatNumber(o.value)}`,
          `Reason: ${o.reason}`,
        ),
      ),
  ];
  const { lead, items } = pickReportItems(events);
  const others = items.filter((x) => x !== lead && !listed.has(x)).slice(0, 3);
  return [
    { title: 'The West decided', items: [aid, sanctions] },
    { title: 'Injects', items: injects },
    { title: 'Kremlin decisions', items: kremlin },
    { title: 'Pressures crossed', items: thresholds },
    { title: 'Posture changes, and why', items: posture },
    { title: 'Facilitator', items: facilitator },
    { title: 'Also in the quarter report', items: others.map((x) => item(describeEvent(x).headline)) },
  ];
}

/** The review's props. */
export function reviewProps(s: GameStore): ReviewProps {
  const params = s.scenario.params;
  const timeline = selectReviewTimeline(s);
  const quarters = timeline.map((e, i): ReviewQuarter => {
    const events = s.history[i]?.events ?? [];
    const lead = pickReportItems(events).lead;
    const moved = e.postureChanges.at(-1);
    return {
      quarter: quarterText(e.quarter),
      headline: lead ? describeEvent(lead).headline : 'A quiet quarter: nothing crossed a line.',
      posture: {
        levels: params.posture.levels.map((l) => ({
          level: l.level,
          name: l.name,
          current: l.level === e.indicators.posture,
        })),
        note: moved
          ? `Moved ${moved.direction} this quarter.`
          : `Unchanged this quarter; ${formatNumber(e.indicators.activePressures, 0)} pressures active.`,
      },
      cohesion: e.indicators.westernCohesion,
      figures: figures(e.indicators, timeline[i - 1]?.indicators ?? null),
      sections: sections(e, events, params),
    };
  });
  return { quarters, prompts: selectDiscussionPrompts(s), learningGoals: s.scenario.learningGoals };
}
