/**
 * Store → facilitator console props: the console selector's data written with the text layer
 * (quarters as 'Q2 2025', targets by name, the hidden state in words). Pure functions of the store.
 */
import type { IndicatorName, OverrideTarget } from '../../engine';
import type { FacilitatorLogEntry, GameStore } from '../../state';
import {
  KEY_CHARTS,
  selectFacilitatorConsole,
  selectQuarterLabelAt,
  type KremlinHiddenState,
} from '../../state';
import {
  chartTabLabels,
  describeCause,
  describeMessage,
  formatIndicator,
  formatNumber,
  indicatorInfo,
  kremlinHiddenLabel,
  kremlinOptionClosed,
  kremlinOptionText,
  overrideTargetText,
  postureLevelName,
  quarterText,
  screenText,
  type ScreenTextKey,
} from '../../text';
import { tabLabel } from '../../ui/chart/chart-tabs';
import type { ConsoleProps } from '../../ui/facilitator/console-view';
import type { ChartChoice } from '../../ui/facilitator/projector-picker';

/** The log's word for each kind of entry. */
const KIND_WORDS: Readonly<Record<FacilitatorLogEntry['kind'], ScreenTextKey>> = {
  pause: 'facilitator.kind.pause',
  resume: 'facilitator.kind.resume',
  inject: 'facilitator.kind.inject',
  override: 'facilitator.kind.override',
  reveal: 'facilitator.kind.reveal',
  rewind: 'facilitator.kind.rewind',
  'hot-seat': 'facilitator.kind.hotSeat',
};

/** A quarter index as the game writes it ('Q2 2025'). */
export function quarterName(s: GameStore, index: number): string {
  return quarterText(selectQuarterLabelAt(s, index));
}

/** An override target's value as the console writes it. */
function targetValue(target: OverrideTarget, value: number): string {
  if (target === 'postureLevel')
    return screenText('facilitator.postureValue', { value, name: postureLevelName(Math.round(value)) });
  if (target === 'tempo') return formatNumber(value, 2);
  if (target === 'forceStrength') return formatNumber(value, 0);
  if (target === 'cpiPct' || target === 'keyRatePct')
    return screenText('facilitator.percent', { value }, { value: { digits: 1 } });
  return formatIndicator(target, value);
}

function hiddenInWords(k: KremlinHiddenState): NonNullable<ConsoleProps['kremlin']> {
  const yes = (b: boolean): string => screenText(b ? 'common.yes' : 'common.no');
  const facts = [
    ['belief', formatNumber(k.belief, 2)],
    ['tempo', formatNumber(k.tempo, 2)],
    ['warFooting', yes(k.warFooting)],
    ['mobilisations', String(k.mobilisations)],
    ['northKoreaSurgeQuartersLeft', String(k.northKoreaSurgeQuartersLeft)],
    ['iranSupplying', yes(k.iranSupplying)],
    ['chinaSupplying', yes(k.chinaSupplying)],
    ['postureFrozenQuarters', String(k.postureFrozenQuarters)],
  ] as const;
  return {
    facts: facts.map(([field, value]) => ({ label: kremlinHiddenLabel(field), value })),
    options: k.options.map((o) => ({
      name: kremlinOptionText(o.id).name,
      open: o.available,
      note: kremlinOptionClosed(o.id),
    })),
    streaks: k.streaks.map((c) => {
      const name = describeCause(`threshold.${c.thresholdId}`);
      // A metric that is not an indicator (the cost of advance) goes by its chart's name.
      const label = /^[A-Za-z0-9]+$/.test(c.metric)
        ? (indicatorInfo(c.metric as IndicatorName)?.label ?? chartTabLabels()[c.metric] ?? c.metric)
        : c.metric;
      return screenText(c.active ? 'facilitator.streakActive' : 'facilitator.streakInactive', {
        name,
        label,
        direction: screenText(c.direction === 'below' ? 'facilitator.below' : 'facilitator.above'),
        start: c.start,
        streak: c.streak,
        needed: c.quartersNeeded,
      });
    }),
  };
}

/** The console's props. */
export function consoleProps(s: GameStore): ConsoleProps {
  const c = selectFacilitatorConsole(s);
  const game = s.game;
  const canSteer = game !== null && game.outcome === null;
  return {
    quarter: quarterName(s, game?.quarterIndex ?? 0),
    paused: c.paused,
    canSteer,
    injects: c.injects.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
      sources: i.sources,
      when:
        i.scheduledLabel === null
          ? screenText('facilitator.onDemand')
          : screenText('facilitator.scheduledFor', { quarter: quarterText(i.scheduledLabel) }),
      fired: i.fired,
    })),
    overrides: c.overrides.map((o) => {
      const text = overrideTargetText(o.target);
      return {
        target: o.target,
        label: text.label,
        unit: text.unit,
        value: o.value,
        min: o.min,
        max: o.max,
        wholeSteps: o.wholeSteps,
        valueText: targetValue(o.target, o.value),
      };
    }),
    reveal: c.revealKremlin,
    kremlin: c.kremlin ? hiddenInWords(c.kremlin) : null,
    rewind: s.turns.map((_, index) => ({
      index,
      label: screenText('facilitator.rewindTo', { quarter: quarterName(s, index) }),
    })),
    log: c.log.map((e) => ({
      quarter: quarterName(s, e.quarterIndex),
      kind: screenText(KIND_WORDS[e.kind]),
      text: describeMessage(e),
      reason: e.reason ?? null,
    })),
    projectorCharts: s.projectorCharts,
  };
}

/** The charts the projector can show, with their short names. */
export function projectorChartChoices(): ChartChoice[] {
  return KEY_CHARTS.map((id) => ({ id, label: tabLabel(id, indicatorInfo(id).label) }));
}
