/**
 * Selector output → widget props for the campaign screen. Every number comes from a selector or
 * the scenario's data; the words come from the text layer. Pure functions of the store.
 */
import type { GameStore } from '../../state';
import {
  currentBands,
  leversOpen,
  roomQuarterOpen,
  selectIndicatorRows,
  selectPolicyCosts,
  selectPostureTrack,
  selectQuarterLabel,
  selectScenario,
  selectBandsStatus,
  selectShareCode,
  selectShareLink,
  type IndicatorRow,
} from '../../state';
import {
  formatIndicator,
  groupLabel,
  indicatorInfo,
  linkInActiveLanguage,
  judgeChange,
  quarterText,
  screenText,
  verdictText,
  type IndicatorGroup,
} from '../../text';
import type { IndicatorGroupView, IndicatorRowView } from '../../ui/campaign/indicator-list';
import type { PostureProps } from '../../ui/campaign/posture-view';
import type { PolicyProps } from '../../ui/campaign/policy-panel';
import type { ShareProps } from '../../ui/share/share-dialog';
import type { ForecastOptionsProps } from '../../ui/chart/forecast-options';
import { bandWords } from '../shared/chart-props';
import { postureTrackProps } from '../shared/posture-props';

/** "Q3 2025 · quarter 3 of 12". */
export function quarterHeading(s: GameStore): string {
  const horizon = selectScenario(s).params.horizonQuarters;
  const n = Math.min(horizon, (s.game?.quarterIndex ?? 0) + 1);
  return screenText('campaign.quarterHeading', { quarter: quarterText(selectQuarterLabel(s)), n, horizon });
}

/**
 * True when the West may act: a game in play and the levers open (not paused by the facilitator,
 * the device with the West in the hot seat, a team's device in a workshop room).
 */
export function canAct(s: GameStore): boolean {
  return s.game !== null && s.game.outcome === null && leversOpen(s);
}

/** The policy column's props. */
export function policyProps(s: GameStore): PolicyProps {
  const { params } = selectScenario(s);
  const costs = selectPolicyCosts(s);
  return {
    aid: {
      aid: s.pendingPolicy.aidBnEurPerQuarter,
      max: params.policy.aidMaxBnEurPerQuarter,
      marks: [
        { value: params.policy.aidUsStopsBnEurPerQuarter, label: screenText('campaign.aid.usStops') },
        { value: params.policy.aidStatusQuoBnEurPerQuarter, label: screenText('campaign.aid.statusQuo') },
        { value: params.policy.aidExpandedBnEurPerQuarter, label: screenText('campaign.aid.expanded') },
      ],
      cohesionPerQuarter: costs.aidCohesionPerQuarter,
    },
    sanctions: params.policy.sanctionsLevels.map((l) => ({
      level: l.level,
      name: l.name,
      summary: l.summary,
      cohesionPerQuarter: -l.cohesionCostPerQuarter,
    })),
    sanctionsLevel: s.pendingPolicy.sanctionsLevel,
    cohesion: {
      cohesion: costs.cohesion,
      max: params.west.cohesionMax,
      changeNextQuarter: costs.totalPerQuarter,
      beliefRiseBelow: params.west.beliefRiseBelowCohesion,
    },
    canAct: canAct(s),
    canEnd: canAct(s) && roomQuarterOpen(s),
  };
}

function rowView(r: IndicatorRow, sourceTitle: (key: string) => string): IndicatorRowView {
  const info = indicatorInfo(r.name);
  const fmt = (v: number): string => formatIndicator(r.name, v);
  const verdict =
    r.previous !== null && r.value !== null ? judgeChange(r.name, r.previous, r.value) : 'unchanged';
  const delta = r.delta ?? 0;
  const word = verdictText(verdict);
  const magnitude = formatIndicator(r.name, Math.abs(delta)).replace(/^[+−]/, '');
  const changeNumber = `${delta < 0 ? '−' : '+'}${magnitude}`;
  return {
    key: r.name,
    label: info.label,
    valueText: r.value === null ? screenText('campaign.afterFirstQuarter') : fmt(r.value),
    arrow: r.delta === null ? null : verdict === 'unchanged' ? 'flat' : delta > 0 ? 'up' : 'down',
    changeText:
      r.delta === null
        ? ''
        : verdict === 'unchanged'
          ? verdictText('unchanged')
          : word
            ? screenText('campaign.changeVerdict', { change: changeNumber, verdict: word })
            : changeNumber,
    verdict,
    series: r.series,
    thresholdText: r.threshold
      ? screenText(
          r.threshold.direction === 'below' ? 'campaign.thresholdBelow' : 'campaign.thresholdAbove',
          {
            id: r.threshold.id,
            value: fmt(r.threshold.value),
          },
        )
      : null,
    thresholdActive: r.threshold?.active ?? false,
    tip: {
      title: info.label,
      lines: [
        info.description,
        ...info.sources.map((k) => screenText('campaign.source', { key: k, title: sourceTitle(k) })),
      ],
    },
  };
}

/** The indicator groups' props, in the selector's order. */
export function indicatorGroups(s: GameStore): IndicatorGroupView[] {
  const sources = selectScenario(s).sources;
  const title = (k: string): string => sources[k]?.title ?? '';
  const groups = new Map<IndicatorGroup, IndicatorRowView[]>();
  for (const r of selectIndicatorRows(s)) {
    const list = groups.get(r.group) ?? [];
    list.push(rowView(r, title));
    groups.set(r.group, list);
  }
  return [...groups].map(([group, rows]) => ({ name: groupLabel(group), rows }));
}

/** A link in the page's language; no link stays none. */
const inLanguage = (link: string | null): string | null =>
  link === null ? null : linkInActiveLanguage(link);

/** The Share dialog's props: the code, the link to this page with `?game=CODE` (and the language), the seed. */
export function shareProps(s: GameStore): ShareProps {
  return {
    code: selectShareCode(s),
    link: inLanguage(selectShareLink(s, window.location.origin + window.location.pathname)),
    seed: s.game?.seed ?? s.seed,
    quarter: quarterHeading(s),
  };
}

/** Putin's posture track as the campaign's posture view shows it: the selector's track, its sentence in words. */
export function postureProps(s: GameStore): PostureProps {
  return { ...postureTrackProps(selectPostureTrack(s)), odds: oddsText(s) };
}

/** A share of runs as a whole percentage. */
const percent = (share: number): number => Math.round(share * 100);

/**
 * The odds of the key events over the quarters run, from the runs under the pending levers and
 * under the status quo: "In 500 runs of the next 4 quarters, to Q1 2026 (shocks varied; seed 123):
 * Putin's posture shifts in 12 % …".
 */
export function oddsText(s: GameStore): string | null {
  const bands = currentBands(s);
  const status = selectBandsStatus(s);
  if (!bands || !status?.ready || bands.pending.quarters === 0) return null;
  const { pending: p, statusQuo: q } = bands;
  return screenText('campaign.odds', {
    ...bandWords(status, status.lastLabel),
    runs: p.runs,
    quarters: p.quarters,
    shift: percent(p.postureShift),
    shiftSq: percent(q.postureShift),
    spent: percent(p.reservesOut),
    spentSq: percent(q.reservesOut),
    holds: percent(p.coalitionHolds),
    holdsSq: percent(q.coalitionHolds),
  });
}

/** The forecast options' props: the two choices as the store holds them. */
export function forecastProps(s: GameStore): ForecastOptionsProps {
  return { toHorizon: s.forecast.toHorizon, disputed: s.forecast.disputed };
}
