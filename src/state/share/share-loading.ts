/**
 * Share codes meet the store: the record of the game on screen (to encode), and a code turned back
 * into a game by replay against this build's scenarios (to load it, or to compare a team). A code
 * that decodes but cannot be this scenario's game (levers out of range, quarters after the end)
 * is refused with a message, like a bad code.
 */
import type { GameState, Proposal, TurnReport } from '../../engine';
import { applyAssumptions, type LoadedScenario } from '../../scenario/runtime';
import type { GameStore } from '../store/contract';
import { recordOf, replayRecord } from '../record/game-record';
import { isTurnFor } from '../record/record-checks';
import { decodeShareCode, type ShareRecord } from './share-code';
import { message, type MessageCode, type StateMessage } from '../store/message-codes';

/** A share code rebuilt into a game. */
export interface SharedGame {
  readonly ok: true;
  readonly record: ShareRecord;
  /** The scenario as shipped, and under the code's assumptions. */
  readonly raw: LoadedScenario;
  readonly scenario: LoadedScenario;
  readonly game: GameState;
  readonly reports: readonly TurnReport[];
}

/** What the share record of a game is made of. */
export type ShareSource = Pick<
  GameStore,
  'scenario' | 'assumptions' | 'game' | 'turns' | 'pendingPolicy' | 'pendingInjects' | 'pendingOverrides'
>;

/** The share record of the game on screen, or null before a game starts. */
export function shareRecordOf(s: ShareSource): ShareRecord | null {
  if (!s.game) return null;
  const record = recordOf({ ...s, game: s.game });
  const inPlay = s.game.outcome === null;
  return {
    scenarioId: s.scenario.id,
    scenarioVersion: s.scenario.version,
    assumptions: s.assumptions,
    seed: record.seed,
    turns: record.turns,
    ...(inPlay
      ? {
          current: {
            policy: s.pendingPolicy,
            ...(s.pendingInjects.length > 0 ? { injects: s.pendingInjects } : {}),
            ...(s.pendingOverrides.length > 0 ? { overrides: s.pendingOverrides } : {}),
          },
        }
      : {}),
    ...(record.settlement ? { settlement: record.settlement } : {}),
  };
}

/** True when every term and option of the settlement exists in the scenario. */
function isSettlementFor(terms: Proposal, scenario: LoadedScenario): boolean {
  const known = scenario.params.negotiation.terms;
  return Object.entries(terms).every(([termId, optionId]) =>
    known.some((t) => t.id === termId && t.options.some((o) => o.id === optionId)),
  );
}

/** Decodes a code and replays it in this build's scenario; never throws. */
export function replaySharedCode(
  code: unknown,
  findScenario: (id: string) => LoadedScenario | null,
): SharedGame | { readonly ok: false; readonly error: StateMessage } {
  const decoded = decodeShareCode(code, findScenario);
  if (!decoded.ok) return decoded;
  const record = decoded.record;
  const raw = findScenario(record.scenarioId);
  const refuse = (code: MessageCode, values: StateMessage['values'] = {}) => ({
    ok: false as const,
    error: message(code, values),
  });
  if (!raw) return refuse('share.scenarioMissing', { scenarioId: record.scenarioId });
  const scenario = applyAssumptions(raw, record.assumptions);
  const params = scenario.params;
  const outOfRange = record.turns.findIndex((t) => !isTurnFor(t, params));
  if (outOfRange >= 0) return refuse('share.replay.leversOutOfRange', { quarter: outOfRange + 1 });
  if (record.current && !isTurnFor(record.current, params)) return refuse('share.replay.currentLevers');
  if (record.settlement && !isSettlementFor(record.settlement, scenario)) {
    return refuse('share.replay.settlementTerms');
  }
  const replayed = replayRecord(params, {
    seed: record.seed,
    turns: record.turns,
    pendingInjects: record.current?.injects ?? [],
    pendingOverrides: record.current?.overrides ?? [],
    settlement: record.settlement ?? null,
  });
  if (!replayed.ok) return refuse(`share.replay.${replayed.problem}`, replayed.values);
  return { ok: true, record, raw, scenario, game: replayed.state, reports: replayed.reports };
}
