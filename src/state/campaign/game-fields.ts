/**
 * The store fields of a game put on the table: a new game, a save continued, a share code opened,
 * a rewind. One function builds them all, so every way into a game sets the record, the levers,
 * the projection and both baselines the same way.
 */
import {
  createInitialState,
  endFacilitatedQuarter,
  type GameState,
  type KremlinOption,
  type Override,
  type Policy,
  type Turn,
  type TurnReport,
} from '../../engine';
import type { LoadedScenario } from '../../scenario/runtime';
import { baselineFor, projectionFor, statusQuoPolicy } from './campaign-logic';
import type { GameStore } from '../store/contract';
import { recordFields, recordedTurn } from '../record/turn-record';
import { facilitatorForNewGame } from '../workshop/facilitator-slice';
import { hotSeatWithWest } from '../workshop/hot-seat-slice';
import { tutorialForNewGame } from '../workshop/tutorial-slice';

/** A game and where it came from. */
export interface GameSetup {
  /** The scenario as shipped: the report's baseline is drawn from its own parameters. */
  readonly raw: LoadedScenario;
  /** The scenario under the chosen assumptions: the game is played with these parameters. */
  readonly scenario: LoadedScenario;
  readonly game: GameState;
  readonly history: readonly TurnReport[];
  readonly turns: readonly Turn[];
  readonly pendingPolicy: Policy;
  readonly pendingInjects?: readonly string[];
  readonly pendingOverrides?: readonly Override[];
}

/** The fields gameFields sets. */
export type GameFields = Pick<
  GameStore,
  | 'scenarioId'
  | 'scenario'
  | 'seed'
  | 'game'
  | 'history'
  | 'turns'
  | 'policies'
  | 'pendingPolicy'
  | 'pendingInjects'
  | 'pendingOverrides'
  | 'projection'
  | 'baselinePath'
  | 'modifiedBaselinePath'
  | 'lastReport'
  | 'negotiation'
>;

/**
 * The status-quo path under the chosen assumptions: the report's baseline itself (the same array)
 * when the assumptions change no parameter, else its own replay.
 */
export function modifiedBaseline(
  setup: Pick<GameSetup, 'raw' | 'scenario'>,
  seed: number,
  reportBaseline: readonly TurnReport[],
): readonly TurnReport[] {
  return setup.scenario.params === setup.raw.params
    ? reportBaseline
    : baselineFor(setup.scenario.params, seed);
}

/** Every store field of a game in play (or ended), with no report open and no terms on the table. */
export function gameFields(setup: GameSetup): GameFields {
  const { raw, scenario, game } = setup;
  const baselinePath = baselineFor(raw.params, game.seed);
  return {
    scenarioId: scenario.id,
    scenario,
    seed: game.seed,
    game,
    history: setup.history,
    ...recordFields(setup.turns),
    pendingPolicy: setup.pendingPolicy,
    pendingInjects: setup.pendingInjects ?? [],
    pendingOverrides: setup.pendingOverrides ?? [],
    projection: projectionFor(game, setup.pendingPolicy, scenario.params),
    baselinePath,
    modifiedBaselinePath: modifiedBaseline(setup, game.seed, baselinePath),
    lastReport: null,
    negotiation: null,
  };
}

/** The fields of a game just started: the opening state, an empty record, the status-quo levers. */
export function newGameFields(raw: LoadedScenario, scenario: LoadedScenario, seed: number): GameFields {
  return gameFields({
    raw,
    scenario,
    game: createInitialState(scenario.params, seed),
    history: [],
    turns: [],
    pendingPolicy: statusQuoPolicy(scenario.params),
  });
}

/** The workshop's per-game fields for another game, each as its slice resets it: switches kept, log, phase and lesson cleared. */
export function perGameReset(s: GameStore): Pick<GameStore, 'facilitator' | 'hotSeat' | 'tutorial'> {
  return {
    facilitator: facilitatorForNewGame(s.facilitator),
    hotSeat: hotSeatWithWest(s.hotSeat),
    tutorial: tutorialForNewGame(s.tutorial),
  };
}

/**
 * The fields after the quarter being decided is played with the pending levers, the quarter's
 * injects and overrides (already in the game) and, when a person plays the Kremlin, their choices:
 * the turn is recorded, the report opens (the debrief at an ending), the hot seat returns to the
 * West. Null when there is no game in play.
 */
export function quarterEndFields(
  s: GameStore,
  kremlinChoices: readonly KremlinOption[] | null,
): Partial<GameStore> | null {
  const { game, pendingPolicy, scenario } = s;
  if (!game || game.outcome) return null;
  const turn = recordedTurn(pendingPolicy, s.pendingInjects, s.pendingOverrides, kremlinChoices);
  const step = endFacilitatedQuarter(game, turn, scenario.params);
  return {
    game: step.state,
    history: [...s.history, step.report],
    ...recordFields([...s.turns, turn]),
    pendingInjects: [],
    pendingOverrides: [],
    lastReport: step.report,
    projection: projectionFor(step.state, pendingPolicy, scenario.params),
    // Every quarter gets its report, the last one too; closing it opens the debrief at an ending.
    screen: 'report',
    hotSeat: hotSeatWithWest(s.hotSeat),
    // The Kremlin answered the state of last quarter; the terms stay on the table.
    negotiation: s.negotiation && { ...s.negotiation, answer: null },
  };
}
