/**
 * How lucky the war that was played was: the same levers, quarter by quarter, from the same start,
 * replayed in many runs with shocks of their own, and the game played placed among them. Luck is
 * read on the ground: the share of runs in which Russia held more of Ukraine at the end than in
 * the war played (a modelling choice: ground is the outcome the shocks move most directly), and
 * on Putin's posture: the share of runs that ended with him less ready to concede. The runs take
 * the levers only; the facilitator's injects and overrides and a Kremlin player's choices are
 * the war played's own.
 */
import { ensembleEnds, type GameState, type ScenarioParams, type Turn, type TurnReport } from '../../engine';
import type { GameStore } from '../store/contract';
import { memoOnIdentity, startState } from './selector-support';

/** How many runs the debrief compares the war with. */
export const LUCK_RUNS = 300;

/** The war played among the runs of its levers. Shares are fractions of the runs, 0–1. */
export interface WarLuck {
  readonly runs: number;
  readonly seed: number;
  /** Share of runs in which Russia ended holding more ground than in the war played. */
  readonly moreGround: number;
  /** Share of runs in which Russia ended holding less ground. */
  readonly lessGround: number;
  /** Share of runs that ended with Putin's posture lower (further from conceding) than played. */
  readonly lowerPosture: number;
}

/** The seed of the debrief's runs for a game: its own seed, mixed, so they are not the game's own draws. */
export function luckSeed(gameSeed: number): number {
  return (gameSeed ^ 0x5bd1e995) >>> 0;
}

const build = memoOnIdentity(
  (
    params: ScenarioParams,
    start: GameState,
    turns: readonly Turn[],
    history: readonly TurnReport[],
  ): WarLuck | null => {
    const played = history.at(-1)?.indicators;
    if (!played || turns.length === 0) return null;
    const seed = luckSeed(start.seed);
    const fallback = turns[turns.length - 1]?.policy ?? turns[0]?.policy;
    if (!fallback) return null;
    const ends = ensembleEnds(start, (q) => turns[q]?.policy ?? fallback, params, {
      runs: LUCK_RUNS,
      quarters: history.length,
      seed,
    });
    const share = (test: (i: (typeof ends)[number]) => boolean): number =>
      ends.length === 0 ? 0 : ends.filter(test).length / ends.length;
    return {
      runs: ends.length,
      seed,
      moreGround: share((i) => i.occupiedKm2 > played.occupiedKm2),
      lessGround: share((i) => i.occupiedKm2 < played.occupiedKm2),
      lowerPosture: share((i) => i.posture < played.posture),
    };
  },
);

/** The war played among the runs of its levers, or null before a quarter is played. */
export function selectLuck(s: GameStore): WarLuck | null {
  return build(s.scenario.params, startState(s), s.turns, s.history);
}
