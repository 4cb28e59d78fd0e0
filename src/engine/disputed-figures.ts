/**
 * The disputed figures of a set of runs: when the player asks to "include disputed figures", each
 * run draws one option of every assumption the sources disagree on (scenarios/assumptions.json)
 * and plays with its overrides, so the bands show the uncertainty of the figures as well as of the
 * shocks. Each run's draw comes from a generator stream of its own, seeded from the set's seed and
 * the run's number, apart from the shock stream: the same run faces the same shocks with and
 * without the disputed figures, and a set's draws can be reproduced and listed from its seed.
 *
 * Modelling choice: every option of an assumption is equally likely, since the sources give
 * competing estimates, not probabilities.
 */
import { withOverrides, type ParamValue } from './param-overrides';
import type { ScenarioParams } from './params';
import { nextUniform, seedToState } from './rng';

/** One answer to a disputed question, as the engine needs it: an id and the parameters it sets. */
export interface DisputedOption {
  readonly id: string;
  /** Dotted ScenarioParams path → the number or table points it takes. */
  readonly overrides: Readonly<Record<string, ParamValue>>;
}

/** A disputed question with its options (plain data, so it crosses to a worker unchanged). */
export interface DisputedFigure {
  readonly id: string;
  readonly options: readonly DisputedOption[];
}

/** The generator stream of run `run`'s draw of disputed figures in a set seeded with `seed`. */
function drawStream(seed: number, run: number): number {
  return seedToState(Math.imul(seedToState(seed) ^ 0x5bd1e995, 0x27d4eb2d) ^ seedToState(-(run + 1)));
}

/**
 * The options run `run` of a set seeded with `seed` plays: one option index per figure, in the
 * figures' order, each uniform over that figure's options.
 */
export function drawDisputed(figures: readonly DisputedFigure[], seed: number, run: number): number[] {
  let state = drawStream(seed, run);
  return figures.map((figure) => {
    const draw = nextUniform(state);
    state = draw.next;
    return Math.min(figure.options.length - 1, Math.floor(draw.value * figure.options.length));
  });
}

/** The parameters a draw plays: the scenario's, with the drawn option of each figure applied in order. */
export function paramsWithDraw(
  params: ScenarioParams,
  figures: readonly DisputedFigure[],
  draw: readonly number[],
): ScenarioParams {
  let result = params;
  figures.forEach((figure, i) => {
    const option = figure.options[draw[i] ?? -1];
    if (option) result = withOverrides(result, option.overrides);
  });
  return result;
}
