/**
 * The workshop's part of a save, read back: the assumptions, the facilitator's console (flags and
 * log), the hot seat, the tutorial and the projector's charts. A version-1 save has none of them
 * and gets the defaults; a version-2 save must hold every one in a shape the store could write.
 */
import type { IndicatorName } from '../../engine';
import { isKremlinChoiceList, isId, overrideReason } from '../record/record-checks';
import { isRecord } from './save-format';
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

function isLogEntry(x: unknown): x is FacilitatorLogEntry {
  if (!isRecord(x)) return false;
  const q = x['quarterIndex'];
  const reason = x['reason'];
  return (
    typeof q === 'number' &&
    Number.isInteger(q) &&
    q >= 0 &&
    LOG_KINDS.includes(x['kind'] as FacilitatorLogEntry['kind']) &&
    typeof x['text'] === 'string' &&
    (reason === undefined || overrideReason(reason) === reason)
  );
}

function isFacilitator(x: unknown): x is FacilitatorState {
  if (!isRecord(x)) return false;
  const log = x['log'];
  return (
    typeof x['enabled'] === 'boolean' &&
    typeof x['paused'] === 'boolean' &&
    typeof x['revealKremlin'] === 'boolean' &&
    Array.isArray(log) &&
    log.length <= MAX_LOG_ENTRIES &&
    log.every(isLogEntry)
  );
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

/** The workshop settings of a version-2 save, or the phrase naming the first one that is damaged. */
export function readSavedWorkshop(file: Record<string, unknown>): SavedWorkshop | string {
  const { assumptions, assumptionPreset, facilitator, hotSeat, tutorial, projectorCharts } = file;
  if (!isAssumptionChoices(assumptions)) return 'the assumptions';
  if (assumptionPreset !== null && !isId(assumptionPreset)) return 'the assumptions preset';
  if (!isFacilitator(facilitator)) return "the facilitator's console";
  if (!isHotSeat(hotSeat)) return 'the hot seat';
  if (!isTutorial(tutorial)) return 'the tutorial';
  if (!isProjectorChoice(projectorCharts)) return "the projector's charts";
  return { assumptions, assumptionPreset, facilitator, hotSeat, tutorial, projectorCharts };
}
