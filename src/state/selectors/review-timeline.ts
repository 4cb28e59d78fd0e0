/**
 * The after-action review: one entry per quarter played, for a timeline the debrief can scrub.
 * Each entry holds the West's decision, the injects that fired (scheduled or by the facilitator),
 * the overrides with their reasons, the Kremlin's decisions (by the rules or by a person), the
 * thresholds crossed, the posture changes with why they happened, the facilitator's log of that
 * quarter, and the indicators at its end.
 */
import type {
  Indicators,
  KremlinOption,
  Message,
  Override,
  Policy,
  ReportEvent,
  ScenarioParams,
  Turn,
  TurnReport,
} from '../../engine';
import type { GameStore } from '../store/contract';
import { message } from '../store/message-codes';
import { memoOnIdentity } from './selector-support';
import type { FacilitatorLogEntry } from '../store/workshop-contract';

/** A posture change with the figures behind it. Belief 0–1. */
export interface PostureChange {
  readonly direction: 'up' | 'down';
  readonly from: number;
  readonly to: number;
  readonly name: string;
  /** 'pressures' (up), 'aidFaltered' or 'beliefRecovered' (down). */
  readonly reason: string;
  /** Ids of the thresholds active when it moved ('T1', 'T4' …; the belief gate T8 included). */
  readonly thresholds: readonly string[];
  /** How many material pressures the new level needed (0 for a move down). */
  readonly pressuresRequired: number;
  /** His belief that the West will quit at the end of the quarter. */
  readonly belief: number;
  /** For a move up, his belief had to be below this; for a return on belief, it rose above this. */
  readonly beliefGate: number | null;
  /**
   * Why, as a message: 'postureChange.up' (name, pressures, active, required, belief, gate),
   * 'postureChange.downBelief' (name, belief, gate) or 'postureChange.downAid' (name, aidPct, quarters).
   */
  readonly explanation: Message;
}

/** One quarter of the review. */
export interface ReviewEntry {
  readonly quarterIndex: number;
  readonly quarter: string;
  /** The levers the West set (aid may have been capped by an inject: see indicators.aidBnEur). */
  readonly policy: Policy;
  readonly injects: readonly { readonly id: string; readonly title: string; readonly scheduled: boolean }[];
  readonly overrides: readonly Override[];
  readonly kremlin: readonly {
    readonly option: KremlinOption;
    readonly byPlayer: boolean;
    readonly values: ReportEvent['values'];
  }[];
  readonly thresholds: readonly { readonly id: string; readonly name: string; readonly on: boolean }[];
  readonly postureChanges: readonly PostureChange[];
  /** What the facilitator did while this quarter was being decided. */
  readonly facilitator: readonly FacilitatorLogEntry[];
  readonly indicators: Indicators;
}

/** The posture change an event records, explained from its values and the scenario's gates. */
export function postureChange(e: ReportEvent, params: ScenarioParams): PostureChange {
  const to = Number(e.values['level']);
  const name = String(e.values['name']);
  const reason = String(e.values['reason']);
  const belief = Number(e.values['belief']);
  const thresholds = String(e.values['thresholds'] ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const p = params.posture;
  const up = e.code === 'posture.up';
  const required = up ? (p.levels[to]?.pressuresRequired ?? 0) : 0;
  const gate = up
    ? (p.levels[to]?.beliefBelow ?? null)
    : reason === 'beliefRecovered'
      ? p.retreatBeliefAbove
      : null;
  const material = thresholds.filter((id) => p.thresholds.find((t) => t.id === id)?.kind === 'material');
  const gateValue = gate === null ? {} : { gate };
  const explanation = up
    ? message('postureChange.up', {
        name,
        pressures: material.length,
        active: material.join(', '),
        required,
        belief,
        ...gateValue,
      })
    : reason === 'beliefRecovered'
      ? message('postureChange.downBelief', { name, belief, ...gateValue })
      : message('postureChange.downAid', {
          name,
          aidPct: Math.round(100 * p.retreatAidBelowFraction),
          quarters: p.retreatQuarters,
        });
  return {
    direction: up ? 'up' : 'down',
    // The track moves one level a quarter.
    from: up ? to - 1 : to + 1,
    to,
    name,
    reason,
    thresholds,
    pressuresRequired: required,
    belief,
    beliefGate: gate,
    explanation,
  };
}

function entryOf(
  r: TurnReport,
  turn: Turn | undefined,
  log: readonly FacilitatorLogEntry[],
  params: ScenarioParams,
): ReviewEntry {
  const coded = (prefix: string) => r.events.filter((e) => e.code.startsWith(prefix));
  return {
    quarterIndex: r.quarterIndex,
    quarter: r.quarter,
    policy: turn?.policy ?? r.policy,
    injects: coded('inject.fired').map((e) => ({
      id: String(e.values['id']),
      title: String(e.values['title']),
      scheduled: e.causes.includes('scenario.schedule'),
    })),
    overrides: turn?.overrides ?? [],
    kremlin: coded('kremlin.').map((e) => ({
      option: e.code.slice('kremlin.'.length) as KremlinOption,
      byPlayer: e.causes.includes('kremlin.player'),
      values: e.values,
    })),
    thresholds: coded('threshold.').map((e) => ({
      id: String(e.values['id']),
      name: String(e.values['name']),
      on: e.code === 'threshold.on',
    })),
    postureChanges: coded('posture.').map((e) => postureChange(e, params)),
    facilitator: log.filter((entry) => entry.quarterIndex === r.quarterIndex),
    indicators: r.indicators,
  };
}

const build = memoOnIdentity(
  (
    params: ScenarioParams,
    history: readonly TurnReport[],
    turns: readonly Turn[],
    log: readonly FacilitatorLogEntry[],
  ): ReviewEntry[] => history.map((r, i) => entryOf(r, turns[i], log, params)),
);

/** The review's timeline of the game on screen, oldest quarter first. */
export function selectReviewTimeline(s: GameStore): readonly ReviewEntry[] {
  return build(s.scenario.params, s.history, s.turns, s.facilitator.log);
}

/** The scenario's questions for the debrief (the hot wash); empty when it has none. */
export function selectDiscussionPrompts(s: GameStore): readonly string[] {
  return s.scenario.discussionPrompts ?? [];
}
