/**
 * A team's game in a room, rebuilt from the room's data: the team's log of decisions and the
 * facilitator's actions on that team are merged in the order the facilitator saw them (an action
 * with `at` = n lands before the team's entry n), then checked by replay exactly like a share code.
 * An entry or action the engine cannot take (a quarter out of order, levers out of range, a
 * settlement the Kremlin refuses, anything after the end) is left out and counted, so every device
 * that holds the same data shows the same game, and nothing a client writes can break a replay.
 */
import {
  appliedOverrideValue,
  type GameState,
  type Override,
  type Proposal,
  type ScenarioParams,
  type Turn,
  type TurnReport,
} from '../../engine';
import { statusQuoPolicy } from '../campaign/campaign-logic';
import { replayRecord, type GameRecord } from '../record/game-record';
import { isTurnFor } from '../record/record-checks';
import type { ShareRecord } from '../share/share-code';
import {
  isFacilitatorAction,
  isKremlinAnswer,
  isTeamLogEntry,
  type FacilitatorAction,
  type KremlinAnswer,
  type RoomSettings,
  type TeamLogEntry,
} from './room-model';

/** A team's game rebuilt from the room. */
export interface ComposedTeamGame {
  readonly record: GameRecord;
  readonly state: GameState;
  readonly reports: readonly TurnReport[];
  /** Indices of the team's log entries that were left out (none for a log the server accepted). */
  readonly refusedEntries: readonly number[];
  /** How many of the facilitator's actions on this team were left out. */
  readonly refusedActions: number;
  /**
   * In a room with a Kremlin player: the team's ended quarter the Kremlin has not answered yet
   * (its log entry and quarter index), which the game waits on; else null.
   */
  readonly awaitingKremlin: { readonly entry: number; readonly quarter: number } | null;
}

interface Draft {
  turns: Turn[];
  injects: string[];
  overrides: Override[];
  settlement: Proposal | null;
}

const recordOf = (seed: number, d: Draft): GameRecord => ({
  seed,
  turns: d.turns,
  pendingInjects: d.injects,
  pendingOverrides: d.overrides,
  settlement: d.settlement,
});

/** The facilitator's valid actions on this team, in the order they land (by `at`, then as written). */
function actionsFor(
  settings: RoomSettings,
  teamId: string,
  actions: readonly unknown[],
): FacilitatorAction[] {
  return actions
    .filter((a): a is FacilitatorAction => isFacilitatorAction(a, settings.teams) && a.team === teamId)
    .map((a, order) => ({ a, order }))
    .sort((x, y) => x.a.at - y.a.at || x.order - y.order)
    .map(({ a }) => a);
}

/** The draft after an action, or null when the action does not apply here. */
function withAction(d: Draft, a: FacilitatorAction, params: ScenarioParams): Draft | null {
  switch (a.kind) {
    case 'inject':
      return params.injects.some((i) => i.id === a.injectId)
        ? { ...d, injects: [...d.injects, a.injectId] }
        : null;
    case 'override': {
      const override = { target: a.target, value: a.value, reason: a.reason } as Override;
      return { ...d, overrides: [...d.overrides, { ...override, value: appliedOverrideValue(override) }] };
    }
    case 'rewind':
      return a.toQuarter <= d.turns.length
        ? { turns: d.turns.slice(0, a.toQuarter), injects: [], overrides: [], settlement: null }
        : null;
  }
}

/**
 * The draft after a team's entry, or null when it does not apply (checked against the levers
 * here, by replay later). `kremlin` is the Kremlin player's answer to it, or null when the rules
 * play the Kremlin.
 */
function withEntry(
  d: Draft,
  e: TeamLogEntry,
  params: ScenarioParams,
  kremlin: KremlinAnswer | null,
): Draft | null {
  if (e.quarter !== d.turns.length || d.settlement) return null;
  if (e.kind === 'settle') return { ...d, settlement: e.terms };
  const turn: Turn = {
    policy: { aidBnEurPerQuarter: e.aidBnEurPerQuarter, sanctionsLevel: e.sanctionsLevel },
    ...(d.injects.length > 0 ? { injects: d.injects } : {}),
    ...(d.overrides.length > 0 ? { overrides: d.overrides } : {}),
    ...(kremlin ? { kremlinChoices: kremlin.choices } : {}),
  };
  if (!isTurnFor(turn, params)) return null;
  return { turns: [...d.turns, turn], injects: [], overrides: [], settlement: null };
}

/** The first valid answer of the Kremlin player to each log entry. */
function answersByEntry(answers: readonly unknown[]): Map<number, KremlinAnswer> {
  const byEntry = new Map<number, KremlinAnswer>();
  for (const a of answers) if (isKremlinAnswer(a) && !byEntry.has(a.entry)) byEntry.set(a.entry, a);
  return byEntry;
}

/**
 * Rebuilds one team's game from the room's settings, the team's log, the facilitator's actions
 * and, in a room with a Kremlin player, the Kremlin's answers to the team (all as read from the
 * sync engine, so unknown values are checked here). `params` is the room's scenario under the
 * room's assumptions. A quarter ended but not yet answered by the Kremlin player waits: it and
 * everything after it wait with it. Never throws.
 */
export function composeTeamGame(
  settings: RoomSettings,
  params: ScenarioParams,
  teamId: string,
  log: readonly unknown[],
  actions: readonly unknown[],
  kremlinAnswers: readonly unknown[] = [],
): ComposedTeamGame {
  const answers = answersByEntry(kremlinAnswers);
  let awaitingKremlin: ComposedTeamGame['awaitingKremlin'] = null;
  let draft: Draft = { turns: [], injects: [], overrides: [], settlement: null };
  let replayed = replayRecord(params, recordOf(settings.seed, draft));
  if (!replayed.ok) throw new Error('A room scenario must replay from its seed.');
  let accepted = replayed;
  const refusedEntries: number[] = [];
  let refusedActions = 0;
  /** Takes the next draft if its record replays; says whether it did. */
  const tryDraft = (next: Draft | null): boolean => {
    if (!next) return false;
    const attempt = replayRecord(params, recordOf(settings.seed, next));
    if (!attempt.ok) return false;
    draft = next;
    accepted = attempt;
    return true;
  };
  const mine = actionsFor(settings, teamId, actions);
  let nextAction = 0;
  for (let i = 0; i <= log.length; i++) {
    while (nextAction < mine.length && (mine[nextAction] as FacilitatorAction).at <= i) {
      if (!tryDraft(withAction(draft, mine[nextAction] as FacilitatorAction, params))) refusedActions++;
      nextAction++;
    }
    if (i === log.length) break;
    const entry = log[i];
    if (awaitingKremlin) {
      // Nothing can follow a quarter the Kremlin has not answered.
      refusedEntries.push(i);
      continue;
    }
    const answer = answers.get(i) ?? null;
    if (
      settings.kremlin &&
      isTeamLogEntry(entry) &&
      entry.kind === 'turn' &&
      entry.quarter === draft.turns.length &&
      !draft.settlement &&
      !answer
    ) {
      awaitingKremlin = { entry: i, quarter: entry.quarter };
      continue;
    }
    const kremlin = settings.kremlin ? answer : null;
    if (!isTeamLogEntry(entry) || !tryDraft(withEntry(draft, entry, params, kremlin))) refusedEntries.push(i);
  }
  // Actions that saw more entries than exist (a log cut short) land at the end; while the Kremlin
  // has not answered, those that saw the waiting entry wait with it.
  for (; nextAction < mine.length && !awaitingKremlin; nextAction++) {
    if (!tryDraft(withAction(draft, mine[nextAction] as FacilitatorAction, params))) refusedActions++;
  }
  replayed = accepted;
  return {
    record: recordOf(settings.seed, draft),
    state: replayed.state,
    reports: replayed.reports,
    refusedEntries,
    refusedActions,
    awaitingKremlin,
  };
}

/** A composed team game as a share record, for the team comparison and the after-action review. */
export function roomShareRecord(
  settings: RoomSettings,
  params: ScenarioParams,
  game: ComposedTeamGame,
): ShareRecord {
  const { record } = game;
  const inPlay = game.state.outcome === null;
  const current = {
    policy: record.turns.at(-1)?.policy ?? statusQuoPolicy(params),
    ...(record.pendingInjects.length > 0 ? { injects: record.pendingInjects } : {}),
    ...(record.pendingOverrides.length > 0 ? { overrides: record.pendingOverrides } : {}),
  };
  return {
    scenarioId: settings.scenarioId,
    scenarioVersion: settings.scenarioVersion,
    assumptions: settings.assumptions,
    seed: settings.seed,
    turns: record.turns,
    ...(inPlay && (record.pendingInjects.length > 0 || record.pendingOverrides.length > 0)
      ? { current }
      : {}),
    ...(record.settlement ? { settlement: record.settlement } : {}),
  };
}
