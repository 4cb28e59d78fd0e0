/**
 * Putin's posture track as the campaign screen shows it: the levels, where he stands, what the
 * next level up needs (material pressures and his belief that the West will quit), and a
 * message that says how far off the next shift is.
 */
import {
  activeMaterialPressures,
  nextLevelProgress,
  type GameState,
  type Message,
  type ScenarioParams,
} from '../../engine';
import type { GameStore } from '../store/contract';
import { message } from '../store/message-codes';
import { currentState, memoOnIdentity } from './selector-support';

/** One level of the track. */
export interface PostureLevelView {
  readonly level: number;
  readonly name: string;
  readonly summary: string;
  readonly current: boolean;
}

/** One material pressure (threshold) on the posture, with the report's words behind it. */
export interface PressureView {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly reportBasis: string;
  readonly sources: readonly string[];
}

/** The whole track. Belief values are probabilities 0–1. */
export interface PostureTrack {
  readonly levels: readonly PostureLevelView[];
  readonly current: number;
  readonly next: { readonly level: number; readonly name: string } | null;
  readonly pressures: readonly PressureView[];
  readonly pressuresActive: number;
  /** Pressures the next level needs (0 at the top of the track). */
  readonly pressuresRequired: number;
  readonly belief: number;
  /** His belief must fall below this for the next level (0 at the top). */
  readonly beliefBelow: number;
  /** True while a mobilisation holds the posture where it is. */
  readonly frozen: boolean;
  /**
   * How far the next shift is, as a message: 'postureTrack.next' (active, required, belief,
   * beliefBelow, frozenQuarters), in words "3 of 4 pressures active; his belief that the West will
   * quit: 0.62, shifts below 0.50", or 'postureTrack.top' (active, total, belief, frozenQuarters).
   */
  readonly sentence: Message;
}

const track = memoOnIdentity((params: ScenarioParams, state: GameState): PostureTrack => {
  const p = state.posture;
  const pressuresActive = activeMaterialPressures(p.thresholdActive, params);
  const progress = nextLevelProgress(p.level, pressuresActive, state.west.beliefWestQuits, params);
  const nextLevel = params.posture.levels.find((l) => l.level === progress.nextLevel);
  const pressures = params.posture.thresholds.flatMap((t, i) =>
    t.kind === 'material'
      ? [
          {
            id: t.id,
            name: t.name,
            active: p.thresholdActive[i] ?? false,
            reportBasis: t.reportBasis,
            sources: t.sources,
          },
        ]
      : [],
  );
  const frozen = p.freezeQuartersLeft > 0;
  const held = { belief: progress.belief, frozenQuarters: frozen ? p.freezeQuartersLeft : 0 };
  const sentence = nextLevel
    ? message('postureTrack.next', {
        active: pressuresActive,
        required: progress.pressuresRequired,
        beliefBelow: progress.beliefBelow,
        ...held,
      })
    : message('postureTrack.top', { active: pressuresActive, total: pressures.length, ...held });
  return {
    levels: params.posture.levels.map((l) => ({
      level: l.level,
      name: l.name,
      summary: l.summary,
      current: l.level === p.level,
    })),
    current: p.level,
    next: nextLevel ? { level: nextLevel.level, name: nextLevel.name } : null,
    pressures,
    pressuresActive,
    pressuresRequired: progress.pressuresRequired,
    belief: progress.belief,
    beliefBelow: progress.beliefBelow,
    frozen,
    sentence,
  };
});

/** The posture track of the current game (or of the opening state before a game starts). */
export function selectPostureTrack(s: GameStore): PostureTrack {
  return track(s.scenario.params, currentState(s));
}
