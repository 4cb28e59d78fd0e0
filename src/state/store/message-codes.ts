/**
 * Every message the state returns where a screen shows words: a code and its values (the engine's
 * Message), never a sentence. The text layer's catalogue (src/text/messages-en.json) words each
 * code, so a second language is a second catalogue; a test checks that every code listed here, and
 * every part a message can name, has its text there. The state makes its messages with `message`,
 * which accepts only these codes.
 */
import type { Message } from '../../engine';

/** The codes of the state's messages, by what they tell. */
export const MESSAGE_CODES = [
  // How the game ended (the debrief's headline): quarter, score.
  'outcome.running',
  'outcome.settlement',
  'outcome.collapse',
  'outcome.horizon',
  // Why Putin's posture moved (the review): name, pressures, active, required, belief, gate, aidPct, quarters.
  'postureChange.up',
  'postureChange.downBelief',
  'postureChange.downAid',
  // How far the next posture level is (the posture track): active, required, total, belief, beliefBelow, frozenQuarters.
  'postureTrack.next',
  'postureTrack.top',
  // The facilitator's log (FacilitatorLogEntry); 'log.note' holds the text of an entry from an older save.
  'log.paused',
  'log.resumed',
  'log.injectFired',
  'log.override',
  'log.revealed',
  'log.hidden',
  'log.rewound',
  'log.hotSeatOn',
  'log.hotSeatOff',
  'log.note',
  // Why a share code (or a team's code) cannot be opened.
  'share.empty',
  'share.tooLong',
  'share.notLeverage',
  'share.unknownVersion',
  'share.truncated',
  'share.tampered',
  'share.unreadable',
  'share.tooManyQuarters',
  'share.unknownScenario',
  'share.scenarioVersion',
  'share.scenarioMissing',
  'share.replay.leversOutOfRange',
  'share.replay.currentLevers',
  'share.replay.settlementTerms',
  'share.replay.tooManyQuarters',
  'share.replay.notReplayable',
  'share.replay.afterEnd',
  'share.replay.decisionsAfterEnd',
  'share.replay.settlementRefused',
  // Why a save cannot be read (UnreadableSave.reason).
  'save.notJson',
  'save.notLeverage',
  'save.version',
  'save.unknownScenario',
  'save.damaged',
  'save.replayMismatch',
  'save.replayMismatchScenario',
] as const;

/** One of the state's message codes. */
export type MessageCode = (typeof MESSAGE_CODES)[number];

/** A message of the state: one of its codes and the values its text fills in. */
export interface StateMessage extends Message {
  readonly code: MessageCode;
}

/**
 * The parts of a save or a share code that 'save.damaged' and 'share.unreadable' name as not valid
 * (their value `part`); 'game.*' are the saved game state's fields.
 */
export const RECORD_PARTS = [
  'contents',
  'text',
  'size',
  'compressed',
  'scenario',
  'scenarioVersion',
  'assumptions',
  'assumptionPreset',
  'seed',
  'quarters',
  'quarterPlayed',
  'quarterDecided',
  'settlement',
  'facilitator',
  'hotSeat',
  'tutorial',
  'projectorCharts',
  'policies',
  'policy',
  'turns',
  'turn',
  'pendingInjects',
  'pendingOverrides',
  'pendingPolicy',
  'screen',
  'proposal',
  'history',
  'game',
  'game.schemaVersion',
  'game.scenarioId',
  'game.seed',
  'game.quarterIndex',
  'game.equipment',
  'game.manpower',
  'game.economy',
  'game.battlefield',
  'game.west',
  'game.kremlin',
  'game.posture',
  'game.outcome',
  'game.last',
] as const;

/** A part of a save or a share code a message can name. */
export type RecordPart = (typeof RECORD_PARTS)[number];

/** A message of the state. */
export function message(code: MessageCode, values: Message['values'] = {}): StateMessage {
  return { code, values };
}

/** Most values a message read back may hold, and the longest string among them, in characters. */
const MAX_MESSAGE_VALUES = 12;
const MAX_MESSAGE_VALUE_CHARS = 1000;

/** True for a message the state could have made: a known code and plain values (for what is read back from a save). */
export function isStateMessage(x: unknown): x is StateMessage {
  if (typeof x !== 'object' || x === null) return false;
  const { code, values } = x as Record<string, unknown>;
  return (
    (MESSAGE_CODES as readonly unknown[]).includes(code) &&
    typeof values === 'object' &&
    values !== null &&
    !Array.isArray(values) &&
    Object.keys(values).length <= MAX_MESSAGE_VALUES &&
    Object.values(values).every(
      (v) =>
        (typeof v === 'string' && v.length <= MAX_MESSAGE_VALUE_CHARS) ||
        (typeof v === 'number' && Number.isFinite(v)),
    )
  );
}
