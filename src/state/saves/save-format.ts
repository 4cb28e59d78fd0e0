/**
 * The save file: what the autosave writes under SAVE_KEY as JSON (its parts declared by the
 * slices), and how a file read back is checked field by field before anything is trusted. The replay check (a save must be what its
 * own decisions produce) lives in save-reading.ts.
 */
import type { Policy, Proposal, ScenarioParams } from '../../engine';
import type { RecordPart } from '../store/message-codes';

/** Value of the `format` field: marks a file as a Leverage save. */
export const SAVE_FORMAT = 'leverage-save';
/** The save format version this build writes. Version 1 (policies only) is still read. */
export const SAVE_VERSION = 2;

/** The head of every save: the format mark and version. */
export interface SaveHeader {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
}

/** True for a non-null, non-array object. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The deepest nesting a save or the Games list's index may hold: this build writes about ten
 * levels, and a value nested far deeper (whatever its key) is not one it wrote.
 */
export const MAX_STORED_DEPTH = 40;

/** The nesting check of stored values (shared with every reader of JSON from outside). */
export { nestsAtMost } from '../../scenario/json-syntax';

/**
 * A value read from storage as a message may quote it: a string or a number, cut to `maxChars`
 * characters, or anything else named by its kind (never converted, which can throw).
 */
export function quotedValue(value: unknown, maxChars = 40): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : value === null
          ? 'null'
          : Array.isArray(value)
            ? 'a list'
            : typeof value === 'object'
              ? 'an object'
              : typeof value;
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
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

const GAME_PARTS = ['equipment', 'manpower', 'economy', 'battlefield', 'west', 'kremlin', 'posture'] as const;

/**
 * The first basic shape problem of a saved game, as the part that is wrong ('game.quarterIndex'),
 * or null when its skeleton is sound. Values are checked by the replay, not here.
 */
export function gameShapeProblem(
  game: unknown,
  expected: { scenarioId: string; seed: number; quarters: number },
): RecordPart | null {
  if (!isRecord(game)) return 'game';
  if (game['schemaVersion'] !== 1) return 'game.schemaVersion';
  if (game['scenarioId'] !== expected.scenarioId) return 'game.scenarioId';
  if (game['seed'] !== expected.seed) return 'game.seed';
  if (game['quarterIndex'] !== expected.quarters) return 'game.quarterIndex';
  const missing = GAME_PARTS.find((part) => !isRecord(game[part]));
  if (missing !== undefined) return `game.${missing}`;
  if (game['outcome'] !== null && !isRecord(game['outcome'])) return 'game.outcome';
  if (game['last'] !== null && !isRecord(game['last'])) return 'game.last';
  return null;
}
