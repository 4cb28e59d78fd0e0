/**
 * The workshop's part of a save, read back: the assumptions, the facilitator's console (flags and
 * log), the hot seat, the tutorial and the projector's charts. A version-1 save has none of them
 * and gets the defaults; a version-2 save must hold every one in a shape the store could write.
 */
import type { IndicatorName } from '../../engine';
import { isKremlinChoiceList, isId, overrideReason } from '../record/record-checks';
import { isRecord } from './save-format';
import { isStateMessage, message, type RecordPart } from '../store/message-codes';
import type { FacilitatorLogEntry, FacilitatorState, HotSeatState } from '../store/workshop-contract';
import { ASSUMPTIONS_INITIAL } from '../campaign/assumptions-slice';
import {
  DEFAULT_PROJECTOR_CHARTS,
  FACILITATOR_INITIAL,
  isProjectorChoice,
  MAX_LOG_ENTRIES,
} from '../workshop/facilitator-slice';
import { HOT_SEAT_INITIAL } from '../workshop/hot-seat-slice';
import { TUTORIAL_INITIAL, type TutorialState } from '../workshop/tutorial-slice';

/** The workshop settings a save restores. */
export interface SavedWorkshop {
  readonly assumptions: Readonly<Record<string, string>>;
  readonly assumptionPreset: string | null;
  readonly facilitator: FacilitatorState;
  readonly hotSeat: HotSeatState;
  readonly tutorial: TutorialState;
  readonly projectorCharts: readonly IndicatorName[];
}

/** The workshop settings of a first game (and of a version-1 save): each slice's initial values. */
export const DEFAULT_WORKSHOP: SavedWorkshop = {
  ...ASSUMPTIONS_INITIAL,
  facilitator: FACILITATOR_INITIAL,
  hotSeat: HOT_SEAT_INITIAL,
  tutorial: TUTORIAL_INITIAL,
  projectorCharts: DEFAULT_PROJECTOR_CHARTS,
};

const LOG_KINDS: readonly FacilitatorLogEntry['kind'][] = [
  'pause',
  'resume',
  'inject',
  'override',
  'reveal',
  'rewind',
  'hot-seat',
];

/** Longest sentence kept from a log entry of an older build, in characters. */
const MAX_LEGACY_LOG_CHARS = 1000;

/**
 * A log entry as a save holds it, or null when it is not one: a message, or (written by an older
 * build) a sentence in `text`, kept as the message 'log.note' so that the save still opens.
 */
function logEntryOf(x: unknown): FacilitatorLogEntry | null {
  if (!isRecord(x)) return null;
  const { quarterIndex, kind, reason, text } = x;
  if (typeof quarterIndex !== 'number' || !Number.isInteger(quarterIndex) || quarterIndex < 0) return null;
  if (!LOG_KINDS.includes(kind as FacilitatorLogEntry['kind'])) return null;
  if (reason !== undefined && overrideReason(reason) !== reason) return null;
  const said = isStateMessage(x)
    ? message(x.code, x.values)
    : typeof text === 'string' && text.length <= MAX_LEGACY_LOG_CHARS
      ? message('log.note', { text })
      : null;
  if (!said) return null;
  return {
    quarterIndex,
    kind: kind as FacilitatorLogEntry['kind'],
    ...said,
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}

/** The facilitator's console as a save holds it, its log read entry by entry; null when damaged. */
function facilitatorOf(x: unknown): FacilitatorState | null {
  if (!isRecord(x)) return null;
  const { enabled, paused, revealKremlin, log } = x;
  if (typeof enabled !== 'boolean' || typeof paused !== 'boolean' || typeof revealKremlin !== 'boolean')
    return null;
  if (!Array.isArray(log) || log.length > MAX_LOG_ENTRIES) return null;
  const entries = log.map(logEntryOf);
  if (!entries.every((e): e is FacilitatorLogEntry => e !== null)) return null;
  return { enabled, paused, revealKremlin, log: entries };
}

function isHotSeat(x: unknown): x is HotSeatState {
  return (
    isRecord(x) &&
    typeof x['enabled'] === 'boolean' &&
    ['west', 'handover', 'kremlin'].includes(x['phase'] as string) &&
    isKremlinChoiceList(x['kremlinChoices'])
  );
}

function isTutorial(x: unknown): x is TutorialState {
  const step = isRecord(x) ? x['step'] : undefined;
  return (
    isRecord(x) && typeof x['enabled'] === 'boolean' && typeof step === 'number' && Number.isInteger(step)
  );
}

/** True for assumption choices: short id → short id. Unknown ids are allowed (and ignored when applied). */
export function isAssumptionChoices(x: unknown): x is Readonly<Record<string, string>> {
  return (
    isRecord(x) && Object.keys(x).length <= 50 && Object.entries(x).every(([k, v]) => isId(k) && isId(v))
  );
}

/** The workshop settings of a version-2 save, or the part naming the first one that is damaged. */
export function readSavedWorkshop(file: Record<string, unknown>): SavedWorkshop | RecordPart {
  const { assumptions, assumptionPreset, hotSeat, tutorial, projectorCharts } = file;
  const facilitator = facilitatorOf(file['facilitator']);
  if (!isAssumptionChoices(assumptions)) return 'assumptions';
  if (assumptionPreset !== null && !isId(assumptionPreset)) return 'assumptionPreset';
  if (!facilitator) return 'facilitator';
  if (!isHotSeat(hotSeat)) return 'hotSeat';
  if (!isTutorial(tutorial)) return 'tutorial';
  if (!isProjectorChoice(projectorCharts)) return 'projectorCharts';
  return { assumptions, assumptionPreset, facilitator, hotSeat, tutorial, projectorCharts };
}
