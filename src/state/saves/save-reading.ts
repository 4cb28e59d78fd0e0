/**
 * Reading a save back: parse, check the fields, then replay the saved record from the seed (turns,
 * then this quarter's injects and overrides, then a settlement) and demand that it reproduces the
 * saved game exactly. Version-1 saves (policies only) are read as turns of bare policies. Anything
 * short of that is an unreadable save with a message saying what is wrong (a 'save.*' code the text
 * layer words); nothing half-read ever reaches the store.
 */
import {
  completeProposal,
  type GameState,
  type Override,
  type Policy,
  type Proposal,
  type ScenarioParams,
  type Turn,
} from '../../engine';
import { applyAssumptions, type LoadedScenario } from '../../scenario/runtime';
import { SCREENS, type Screen } from '../store/contract';
import type { GameSetup } from '../campaign/game-fields';
import { replayRecord } from '../record/game-record';
import { isInjectList, isOverrideList, isTurnFor } from '../record/record-checks';
import {
  SAVE_FORMAT,
  SAVE_VERSION,
  gameShapeProblem,
  isPolicyFor,
  isProposal,
  isRecord,
  MAX_STORED_DEPTH,
  nestsAtMost,
  quotedValue,
} from './save-format';
import { DEFAULT_WORKSHOP, readSavedWorkshop, type SavedWorkshop } from './save-workshop';
import { isValidSeed } from '../campaign/campaign-logic';
import { message, type MessageCode, type RecordPart, type StateMessage } from '../store/message-codes';

/** A save that passed every check, ready to load: the game (see GameSetup) and what surrounds it. */
export interface RestoredGame extends GameSetup {
  readonly seed: number;
  readonly pendingInjects: readonly string[];
  readonly pendingOverrides: readonly Override[];
  readonly screen: Screen;
  readonly negotiationProposal: Proposal | null;
  readonly workshop: SavedWorkshop;
}

/** The result of reading a save: the game, or why it cannot be read (a 'save.*' message). */
export type SaveReading =
  | { readonly ok: true; readonly restored: RestoredGame }
  | { readonly ok: false; readonly reason: StateMessage };

const fail = (code: MessageCode, values: StateMessage['values'] = {}): SaveReading => ({
  ok: false,
  reason: message(code, values),
});
const damaged = (part: RecordPart): SaveReading => fail('save.damaged', { part });

/** The record part of a save (turns and this quarter's actions), or the part that is damaged. */
function savedRecord(
  file: Record<string, unknown>,
  params: ScenarioParams,
): { turns: Turn[]; injects: readonly string[]; overrides: readonly Override[] } | RecordPart {
  if (file['version'] === 1) {
    const policies = file['policies'];
    if (!Array.isArray(policies) || policies.length > params.horizonQuarters) return 'policies';
    if (!policies.every((p) => isPolicyFor(p, params))) return 'policy';
    return { turns: policies.map((policy: Policy) => ({ policy })), injects: [], overrides: [] };
  }
  const { turns, pendingInjects, pendingOverrides } = file;
  if (!Array.isArray(turns) || turns.length > params.horizonQuarters) return 'turns';
  if (!turns.every((t) => isTurnFor(t, params))) return 'turn';
  if (!isInjectList(pendingInjects)) return 'pendingInjects';
  if (!isOverrideList(pendingOverrides)) return 'pendingOverrides';
  return { turns: turns, injects: pendingInjects, overrides: pendingOverrides };
}

/** Reads a save's raw text against the scenarios this build knows. */
export function readSaveText(raw: string, findScenario: (id: string) => LoadedScenario | null): SaveReading {
  let file: unknown;
  try {
    file = JSON.parse(raw);
  } catch {
    return fail('save.notJson');
  }
  if (!isRecord(file) || file['format'] !== SAVE_FORMAT || !nestsAtMost(file, MAX_STORED_DEPTH)) {
    return fail('save.notLeverage');
  }
  const version = file['version'];
  if (version !== 1 && version !== SAVE_VERSION) {
    return fail('save.version', { version: quotedValue(version), max: SAVE_VERSION });
  }
  const scenarioId = file['scenarioId'];
  const shipped = typeof scenarioId === 'string' ? findScenario(scenarioId) : null;
  if (!shipped) {
    return fail('save.unknownScenario', { scenarioId: quotedValue(scenarioId) });
  }
  const workshop = version === 1 ? DEFAULT_WORKSHOP : readSavedWorkshop(file);
  if (typeof workshop === 'string') return damaged(workshop);
  const scenario = applyAssumptions(shipped, workshop.assumptions);
  const params = scenario.params;
  const { seed, pendingPolicy, screen, history, game } = file;
  const proposal = file['negotiationProposal'];
  if (typeof seed !== 'number' || !isValidSeed(seed)) return damaged('seed');
  const record = savedRecord(file, params);
  if (typeof record === 'string') return damaged(record);
  if (!isPolicyFor(pendingPolicy, params)) return damaged('pendingPolicy');
  if (typeof screen !== 'string' || !SCREENS.includes(screen as Screen)) return damaged('screen');
  if (proposal !== undefined && !isProposal(proposal)) return damaged('proposal');
  if (!Array.isArray(history) || history.length !== record.turns.length) return damaged('history');
  const quarters = record.turns.length;
  const shape = gameShapeProblem(game, { scenarioId: scenario.id, seed, quarters });
  if (shape !== null) return damaged(shape);

  const outcome = (game as GameState).outcome;
  const settled = outcome?.kind === 'settlement';
  const replayed =
    settled && !isProposal(outcome.terms)
      ? null
      : replayRecord(params, {
          seed,
          turns: record.turns,
          pendingInjects: record.injects,
          pendingOverrides: record.overrides,
          settlement: settled ? outcome.terms : null,
        });
  if (!replayed?.ok || !jsonEqual(replayed.state, game) || !jsonEqual(replayed.reports, history)) {
    return file['scenarioVersion'] === scenario.version
      ? fail('save.replayMismatch')
      : fail('save.replayMismatchScenario', {
          savedVersion: quotedValue(file['scenarioVersion']),
          version: scenario.version,
        });
  }
  return {
    ok: true,
    restored: {
      raw: shipped,
      scenario,
      seed,
      game: replayed.state,
      history: replayed.reports,
      turns: record.turns,
      pendingPolicy,
      pendingInjects: record.injects,
      pendingOverrides: record.overrides,
      screen: screen as Screen,
      negotiationProposal: proposal === undefined ? null : completeProposal(proposal, params),
      workshop,
    },
  };
}

/*
 * Deep equality of plain JSON-like values, as the replay checks need it: numbers compare with ===
 * (so 0 and -0, which JSON cannot tell apart, are equal), key order does not matter, and a key
 * holding undefined counts as absent (JSON drops it).
 */
/** True when two plain values (objects, arrays, primitives) hold the same data. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keysA = definedKeys(ra);
  const keysB = definedKeys(rb);
  return keysA.length === keysB.length && keysA.every((k) => k in rb && jsonEqual(ra[k], rb[k]));
}

function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}
