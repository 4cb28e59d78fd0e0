/**
 * The store's review timeline → the review tabs' props, in words from the text layer: for each
 * quarter its headline, the state at its end, and what happened (decisions, injects, Kremlin
 * decisions, pressures, posture changes with why, the facilitator's actions with their reasons).
 */
import type { IndicatorName, Indicators, Override, ReportEvent, ScenarioParams } from '../../engine';
import type { GameStore } from '../../state';
import { selectDiscussionPrompts, selectReviewTimeline, type ReviewEntry } from '../../state';
import {
  describeEvent,
  formatIndicator,
  formatNumber,
  hasEventText,
  indicatorInfo,
  judgeChange,
  overrideTargetText,
  quarterText,
  verdictText,
  countOf,
  NOUNS,
} from '../../text';
import { pickReportItems } from '../../ui/report/report-order';
import { leadEvent } from './debrief-props';
import type { ReviewItem, ReviewProps, ReviewQuarter, ReviewSection } from '../../ui/review/review-model';

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

function figures(
  now: Indicators,
  before: Indicators | null,
  played: readonly Indicators[],
): ReviewQuarter['figures'] {
  return REVIEW_FIGURES.map((name) => {
    const value = formatIndicator(name, now[name]);
    const base = { label: indicatorInfo(name).label, value, series: played.map((i) => i[name]) };
    if (!before) return { ...base, change: '' };
    const verdict = verdictText(judgeChange(name, before[name], now[name]));
    const was = `was ${formatIndicator(name, before[name])}`;
    return { ...base, change: verdict ? `${was} · ${verdict}` : was };
  });
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
  const overrideLine = (o: Override): ReviewItem =>
    item(`Overrode ${overrideTargetText(o.target).label} to ${formatNumber(o.value)}`, `Reason: ${o.reason}`);
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
  // The log in order; an override is written from its record (target in words, the reason apart).
  const overrides = [...e.overrides];
  const facilitator = e.facilitator.map((l) => {
    const o = l.kind === 'override' ? overrides.find((x) => x.reason === l.reason) : undefined;
    if (o) overrides.splice(overrides.indexOf(o), 1);
    return o ? overrideLine(o) : item(l.text, l.reason ? `Reason: ${l.reason}` : null);
  });
  facilitator.push(...overrides.map(overrideLine));
  const lead = leadEvent(events);
  const { items } = pickReportItems(events.filter((x) => hasEventText(x.code)));
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

/** Facts of the game the discussion prompts ask about: the first posture shift and why, cohesion spent, aid and sanctions. */
export function gameFacts(timeline: readonly ReviewEntry[], params: ScenarioParams): string[] {
  const first = timeline.find((e) => e.postureChanges.some((c) => c.direction === 'up'));
  const shift = first?.postureChanges.find((c) => c.direction === 'up');
  const facts: string[] = [
    first && shift
      ? `Putin’s posture first shifted in ${quarterText(first.quarter)}, to “${shift.name}”, with ${shift.thresholds.length > 0 ? shift.thresholds.join(', ') : 'no pressure'} active and his belief that the West will quit at ${formatNumber(shift.belief, 2)}${shift.beliefGate === null ? '' : ` (it had to be below ${formatNumber(shift.beliefGate, 2)})`}.`
      : 'Putin’s posture never shifted in this game.',
  ];
  const last = timeline.at(-1);
  if (last) {
    const start = params.initial.westernCohesion;
    const end = last.indicators.westernCohesion;
    facts.push(
      `Western cohesion went from ${formatNumber(start, 0)} to ${formatNumber(end, 0)} (${formatNumber(end - start, 0, true)}).`,
    );
    const aid = timeline.reduce((n, e) => n + e.policy.aidBnEurPerQuarter, 0);
    facts.push(
      `Military aid: €${formatNumber(aid, 1)} bn over ${countOf(timeline.length, NOUNS.quarter)}, €${formatNumber(aid / timeline.length, 1)} bn a quarter on average (the status quo is €${formatNumber(params.policy.aidStatusQuoBnEurPerQuarter, 1)} bn).`,
    );
    const levels = [...new Set(timeline.map((e) => e.policy.sanctionsLevel))].sort((a, b) => a - b);
    const name = (l: number): string => params.policy.sanctionsLevels[l]?.name ?? `level ${l}`;
    facts.push(
      levels.length === 1
        ? `Sanctions stayed at “${name(levels[0]!)}”.`
        : `Sanctions ranged from “${name(levels[0]!)}” to “${name(levels.at(-1)!)}”.`,
    );
  }
  return facts;
}

/** The review's props. */
export function reviewProps(s: GameStore): ReviewProps {
  const params = s.scenario.params;
  const timeline = selectReviewTimeline(s);
  const played = timeline.map((e) => e.indicators);
  const quarters = timeline.map((e, i): ReviewQuarter => {
    const events = s.history[i]?.events ?? [];
    const lead = leadEvent(events);
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
      figures: figures(e.indicators, timeline[i - 1]?.indicators ?? null, played),
      sections: sections(e, events, params),
    };
  });
  return {
    quarters,
    prompts: selectDiscussionPrompts(s),
    learningGoals: s.scenario.learningGoals,
    facts: gameFacts(timeline, params),
  };
}
