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
  describeMessage,
  formatIndicator,
  hasEventText,
  indicatorInfo,
  judgeChange,
  overrideTargetText,
  quarterText,
  screenText,
  verdictText,
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

/** A sanctions level by its name in the scenario, or 'level n'. */
function sanctionsName(params: ScenarioParams, level: number): string {
  return params.policy.sanctionsLevels[level]?.name ?? screenText('common.levelLower', { level });
}

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
    const was = formatIndicator(name, before[name]);
    return {
      ...base,
      change: verdict
        ? screenText('review.changeVerdict', { was, verdict })
        : screenText('review.change', { was }),
    };
  });
}

function sections(e: ReviewEntry, events: readonly ReportEvent[], params: ScenarioParams): ReviewSection[] {
  const find = (code: string): ReportEvent | undefined => events.find((x) => x.code === code);
  const sent = e.indicators.aidBnEur;
  const bn = { aid: { digits: 1 } };
  const aid = item(
    screenText('review.aid', { aid: e.policy.aidBnEurPerQuarter }, bn),
    sent < e.policy.aidBnEurPerQuarter - 0.05 ? screenText('review.aidCapped', { aid: sent }, bn) : null,
  );
  const sanctions = item(
    screenText('review.sanctions', { name: sanctionsName(params, e.policy.sanctionsLevel) }),
  );
  const reason = (why: string): string => screenText('review.reason', { reason: why });
  const overrideLine = (o: Override): ReviewItem =>
    item(
      screenText('review.override', { target: overrideTargetText(o.target).label, value: o.value }),
      reason(o.reason),
    );
  const listed = new Set<ReportEvent>();
  const because = (x: ReportEvent | undefined): string | null => {
    if (!x) return null;
    listed.add(x);
    return describeEvent(x).because;
  };
  const kremlin = e.kremlin.map((k) => {
    const ev = find(`kremlin.${k.option}`);
    const text = ev ? describeEvent(ev).headline : k.option;
    return item(k.byPlayer ? screenText('review.kremlinByPlayer', { text }) : text, because(ev));
  });
  const thresholds = e.thresholds.map((t) =>
    item(
      screenText(t.on ? 'review.thresholdOn' : 'review.thresholdOff', { id: t.id, name: t.name }),
      because(events.find((x) => x.code === `threshold.${t.on ? 'on' : 'off'}` && x.values['id'] === t.id)),
    ),
  );
  const posture = e.postureChanges.map((c) => {
    because(events.find((x) => x.code === `posture.${c.direction}`));
    return item(
      screenText(c.direction === 'up' ? 'review.postureUp' : 'review.postureDown', {
        from: c.from,
        to: c.to,
        name: c.name,
      }),
      describeMessage(c.explanation),
    );
  });
  const injects = e.injects.map((i) => {
    because(events.find((x) => x.code === 'inject.fired' && x.values['id'] === i.id));
    return item(i.title, screenText(i.scheduled ? 'review.injectScheduled' : 'review.injectFired'));
  });
  // The log in order; an override is written from its record (target in words, the reason apart).
  const overrides = [...e.overrides];
  const facilitator = e.facilitator.map((l) => {
    const o = l.kind === 'override' ? overrides.find((x) => x.reason === l.reason) : undefined;
    if (o) overrides.splice(overrides.indexOf(o), 1);
    return o ? overrideLine(o) : item(describeMessage(l), l.reason ? reason(l.reason) : null);
  });
  facilitator.push(...overrides.map(overrideLine));
  const lead = leadEvent(events);
  const { items } = pickReportItems(events.filter((x) => hasEventText(x.code)));
  const others = items.filter((x) => x !== lead && !listed.has(x)).slice(0, 3);
  return [
    { title: screenText('review.section.west'), items: [aid, sanctions] },
    { title: screenText('review.section.injects'), items: injects },
    { title: screenText('review.section.kremlin'), items: kremlin },
    { title: screenText('review.section.thresholds'), items: thresholds },
    { title: screenText('review.section.posture'), items: posture },
    { title: screenText('review.section.facilitator'), items: facilitator },
    {
      title: screenText('review.section.others'),
      items: others.map((x) => item(describeEvent(x).headline)),
    },
  ];
}

/** Facts of the game the discussion prompts ask about: the first posture shift and why, cohesion spent, aid and sanctions. */
export function gameFacts(timeline: readonly ReviewEntry[], params: ScenarioParams): string[] {
  const first = timeline.find((e) => e.postureChanges.some((c) => c.direction === 'up'));
  const shift = first?.postureChanges.find((c) => c.direction === 'up');
  const facts: string[] = [
    first && shift
      ? screenText(
          shift.beliefGate === null ? 'review.fact.firstShift' : 'review.fact.firstShiftGate',
          {
            quarter: quarterText(first.quarter),
            name: shift.name,
            thresholds:
              shift.thresholds.length > 0
                ? shift.thresholds.join(', ')
                : screenText('review.fact.noPressure'),
            belief: shift.belief,
            gate: shift.beliefGate ?? '',
          },
          { belief: { digits: 2 }, gate: { digits: 2 } },
        )
      : screenText('review.fact.neverShifted'),
  ];
  const last = timeline.at(-1);
  if (last) {
    const start = params.initial.westernCohesion;
    const end = last.indicators.westernCohesion;
    facts.push(
      screenText(
        'review.fact.cohesion',
        { start, end, change: end - start },
        { start: { digits: 0 }, end: { digits: 0 }, change: { digits: 0, signed: true } },
      ),
    );
    const aid = timeline.reduce((n, e) => n + e.policy.aidBnEurPerQuarter, 0);
    const bn = { digits: 1 };
    facts.push(
      screenText(
        'review.fact.aid',
        {
          aid,
          quarters: timeline.length,
          average: aid / timeline.length,
          statusQuo: params.policy.aidStatusQuoBnEurPerQuarter,
        },
        { aid: bn, average: bn, statusQuo: bn },
      ),
    );
    const levels = [...new Set(timeline.map((e) => e.policy.sanctionsLevel))].sort((a, b) => a - b);
    const name = (l: number): string => sanctionsName(params, l);
    facts.push(
      levels.length === 1
        ? screenText('review.fact.sanctionsSame', { name: name(levels[0]!) })
        : screenText('review.fact.sanctionsRange', { from: name(levels[0]!), to: name(levels.at(-1)!) }),
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
      headline: lead ? describeEvent(lead).headline : screenText('review.quietQuarter'),
      posture: {
        levels: params.posture.levels.map((l) => ({
          level: l.level,
          name: l.name,
          current: l.level === e.indicators.posture,
        })),
        note: moved
          ? screenText(moved.direction === 'up' ? 'review.movedUp' : 'review.movedDown')
          : screenText(
              'review.unchanged',
              { pressures: Math.round(e.indicators.activePressures) },
              { pressures: { digits: 0 } },
            ),
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
