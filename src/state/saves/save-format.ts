/**
 * The save file: what the autosave writes under SAVE_KEY as JSON, and how a file read back is
 * checked field by field before anything is trusted. The replay check (a save must be what its
 * own decisions produce) lives in save-reading.ts.
 */
import type {
  GameState,
  IndicatorName,
  Override,
  Policy,
  Proposal,
  ScenarioParams,
  Turn,
  TurnReport,
} from '../../engine';
import type { GameData, Screen } from '../store/contract';
import type { FacilitatorState, HotSeatState, WorkshopData } from '../store/workshop-contract';

/** Value of the `format` field: marks a file as a Leverage save. */
export const SAVE_FORMAT = 'leverage-save';
/** The save format version this build writes. Version 1 (policies only) is still read. */
export const SAVE_VERSION = 2;

/**
 * A save as written: the replay record (scenario, assumptions, seed, turns, the current quarter's
 * injects and overrides) plus the plain state it produced, and the workshop's settings for this game.
 */
export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** Assumption id → option id; the game's parameters are the scenario's with these applied. */
  readonly assumptions: Readonly<Record<string, string>>;
  readonly assumptionPreset: string | null;
  readonly seed: number;
  readonly turns: readonly Turn[];
  /** The levers set for the quarter not yet played, so a reload keeps them. */
  readonly pendingPolicy: Policy;
  /** Injects fired and overrides made this quarter (already in `game`). */
  readonly pendingInjects: readonly string[];
  readonly pendingOverrides: readonly Override[];
  readonly screen: Screen;
  /** Terms on the negotiation table, when a negotiation was open. */
  readonly negotiationProposal?: Proposal;
  readonly game: GameState;
  readonly history: readonly TurnReport[];
  readonly facilitator: FacilitatorState;
  readonly hotSeat: HotSeatState;
  readonly tutorial: WorkshopData['tutorial'];
  readonly projectorCharts: readonly IndicatorName[];
}

/** The save of the current store data, or null when no game is loaded. Teams are not saved. */
export function encodeSave(s: GameData & WorkshopData): SaveFile | null {
  if (!s.game) return null;
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenarioId: s.scenario.id,
    scenarioVersion: s.scenario.version,
    assumptions: s.assumptions,
    assumptionPreset: s.assumptionPreset,
    seed: s.game.seed,
    turns: s.turns,
    pendingPolicy: s.pendingPolicy,
    pendingInjects: s.pendingInjects,
    pendingOverrides: s.pendingOverrides,
    screen: s.screen,
    ...(s.negotiation ? { negotiationProposal: s.negotiation.proposal } : {}),
    game: s.game,
    history: s.history,
    facilitator: s.facilitator,
    hotSeat: s.hotSeat,
    tutorial: s.tutorial,
    projectorCharts: s.projectorCharts,
  };
}

/** True for a non-null, non-array object. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** True for a policy inside the scenario's ranges (aid 0…max, an existing integer sanctions level). */
export function isPolicyFor(x: unknown, params: ScenarioParams): x is Policy {
  if (!isRecord(x)) return false;
  const aid = x['aidBnEurPerQuarter'];
  const level = x['sanctionsLevel'];
  return (
    typeof aid === 'number' &&
    Number.isFinite(aid) &&
    aid >= 0 &&
    aid <= params.policy.aidMaxBnEurPerQuarter &&
    typeof level === 'number' &&
    Number.isInteger(level) &&
    level >= 0 &&
    level < params.policy.sanctionsLevels.length
  );
}

/** True for a proposal: term id → option id, all strings. */
export function isProposal(x: unknown): x is Proposal {
  return isRecord(x) && Object.values(x).every((v) => typeof v === 'string');
}

const GAME_PARTS = ['equipment', 'manpower', 'economy', 'battlefield', 'west', 'kremlin', 'posture'];

/**
 * The first basic shape problem of a saved game, as a phrase ("the game's quarter"), or null when
 * its skeleton is sound. Values are checked by the replay, not here.
 */
export function gameShapeProblem(
  game: unknown,
  expected: { scenarioId: string; seed: number; quarters: number },
): string | null {
  if (!isRecord(game)) return 'the game state';
  if (game['schemaVersion'] !== 1) return "the game state's schema version";
  if (game['scenarioId'] !== expected.scenarioId) return "the game state's scenario";
  if (game['seed'] !== expected.seed) return "the game state's seed";
  if (game['quarterIndex'] !== expected.quarters) return "the game state's quarter";
  const missing = GAME_PARTS.find((part) => !isRecord(game[part]));
  if (missing !== undefined) return `the game state's ${missing}`;
  if (game['outcome'] !== null && !isRecord(game['outcome'])) return "the game state's outcome";
  if (game['last'] !== null && !isRecord(game['last'])) return "the game state's last quarter";
  return null;
}
