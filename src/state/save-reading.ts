/**
 * Reading a save back: parse, check the fields, then replay the saved decisions from the seed and
 * demand that they reproduce the saved game exactly. Anything short of that is an unreadable save
 * with a plain sentence saying what is wrong; nothing half-read ever reaches the store.
 */
import {
  completeProposal,
  concludeSettlement,
  replay,
  type GameState,
  type Policy,
  type Proposal,
  type TurnReport,
} from '../engine';
import type { LoadedScenario } from '../scenario';
import type { Screen } from './contract';
import {
  SAVE_FORMAT,
  SAVE_VERSION,
  SCREENS,
  gameShapeProblem,
  isPolicyFor,
  isProposal,
  isRecord,
} from './save-format';
import { isValidSeed } from './campaign-logic';

/** A save that passed every check, ready to load. */
export interface RestoredGame {
  readonly scenario: LoadedScenario;
  readonly seed: number;
  /** The replayed state, equal to the saved one. */
  readonly game: GameState;
  readonly history: readonly TurnReport[];
  readonly policies: readonly Policy[];
  readonly pendingPolicy: Policy;
  readonly screen: Screen;
  readonly negotiationProposal: Proposal | null;
}

/** The result of reading a save: the game, or why it cannot be read. */
export type SaveReading =
  { readonly ok: true; readonly restored: RestoredGame } | { readonly ok: false; readonly reason: string };

const fail = (reason: string): SaveReading => ({ ok: false, reason });
const damaged = (what: string): SaveReading =>
  fail(`The saved game is damaged: ${what} is missing or not valid.`);

/** Reads a save's raw text against the scenarios this build knows. */
export function readSaveText(raw: string, findScenario: (id: string) => LoadedScenario | null): SaveReading {
  let file: unknown;
  try {
    file = JSON.parse(raw);
  } catch {
    return fail('The saved game is damaged: its text is not valid JSON, so it was cut short or edited.');
  }
  if (!isRecord(file) || file['format'] !== SAVE_FORMAT) {
    return fail('This is not a Leverage save: its format mark is missing or wrong.');
  }
  if (file['version'] !== SAVE_VERSION) {
    return fail(
      `The save is in format version ${String(file['version'])}; this version of the game reads version ${SAVE_VERSION} only.`,
    );
  }
  const scenarioId = file['scenarioId'];
  const scenario = typeof scenarioId === 'string' ? findScenario(scenarioId) : null;
  if (!scenario) {
    return fail(
      `The save is for the scenario "${String(scenarioId)}", which this version of the game does not include.`,
    );
  }
  const params = scenario.params;
  const { seed, policies, pendingPolicy, screen, history, game } = file;
  const proposal = file['negotiationProposal'];
  if (typeof seed !== 'number' || !isValidSeed(seed)) return damaged('the seed');
  if (!Array.isArray(policies) || policies.length > params.horizonQuarters)
    return damaged('the list of policies');
  if (!policies.every((p) => isPolicyFor(p, params))) return damaged('a policy played');
  if (!isPolicyFor(pendingPolicy, params)) return damaged('the levers set for this quarter');
  if (typeof screen !== 'string' || !SCREENS.includes(screen as Screen)) return damaged('the screen');
  if (proposal !== undefined && !isProposal(proposal)) return damaged('the proposal on the table');
  if (!Array.isArray(history) || history.length !== policies.length) return damaged('the quarter reports');
  const shape = gameShapeProblem(game, { scenarioId: scenario.id, seed, quarters: policies.length });
  if (shape !== null) return damaged(shape);

  const replayed = replayOrNull(scenario, seed, policies as Policy[], (game as GameState).outcome);
  if (!replayed || !jsonEqual(replayed.state, game) || !jsonEqual(replayed.reports, history)) {
    const versionNote =
      file['scenarioVersion'] === scenario.version
        ? 'it was changed after saving, or written by another version of the game'
        : `it was written with version ${String(file['scenarioVersion'])} of the scenario, and this game has version ${scenario.version}`;
    return fail(`The saved game does not match a replay of its own decisions: ${versionNote}.`);
  }
  return {
    ok: true,
    restored: {
      scenario,
      seed,
      game: replayed.state,
      history: replayed.reports,
      policies: policies as Policy[],
      pendingPolicy,
      screen: screen as Screen,
      negotiationProposal: proposal === undefined ? null : completeProposal(proposal, params),
    },
  };
}

/** Replays the decisions, then the settlement if the saved game ended in one; null if that throws. */
function replayOrNull(
  scenario: LoadedScenario,
  seed: number,
  policies: readonly Policy[],
  savedOutcome: GameState['outcome'] | undefined,
): { state: GameState; reports: TurnReport[] } | null {
  try {
    const { state, reports } = replay(scenario.params, seed, policies);
    if (savedOutcome?.kind !== 'settlement') return { state, reports };
    if (!isProposal(savedOutcome.terms)) return null;
    return { state: concludeSettlement(state, savedOutcome.terms, scenario.params), reports };
  } catch {
    return null;
  }
}

/*
 * Deep equality of plain JSON-like values, as the save check needs it: numbers compare with ===
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
