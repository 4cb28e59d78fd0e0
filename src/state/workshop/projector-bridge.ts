/**
 * The projector view's link to the game: a second window of the same browser shows, large and
 * without controls, the posture track and the charts the facilitator chose. The game's window
 * posts a compact snapshot on a channel (BroadcastChannel in the browser, a fake in tests) at
 * connection, on every change the projector shows, and when a projector window says hello; the
 * projector parses what arrives defensively and ignores anything malformed.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Outcome } from '../../engine';
import { KEY_CHARTS, selectChart, type ChartData } from '../selectors/chart';
import type { GameStore } from '../store/contract';
import { selectPostureTrack, type PostureTrack } from '../selectors/posture-track';
import { isRecord } from '../saves/save-format';
import { isStateMessage } from '../store/message-codes';
import { nestsAtMost } from '../../scenario/json-syntax';
import { selectQuarterLabel } from '../selectors/selector-support';

/** Name of the BroadcastChannel the two windows share. */
export const PROJECTOR_CHANNEL_NAME = 'leverage-projector';

/** What the projector draws. */
export interface ProjectorSnapshot {
  readonly quarterLabel: string;
  readonly postureTrack: PostureTrack;
  /** The facilitator's two or three charts, in their order. */
  readonly charts: readonly ChartData[];
  readonly outcome: Outcome | null;
}

/** The message that carries a snapshot. */
export interface ProjectorMessage {
  readonly type: 'leverage-projector-snapshot';
  readonly version: 1;
  readonly snapshot: ProjectorSnapshot;
}

/** What a projector window posts when it opens, to be sent the current snapshot. */
export const PROJECTOR_HELLO = { type: 'leverage-projector-hello' } as const;

/** The part of BroadcastChannel the bridge uses. */
export interface ProjectorChannel {
  postMessage(message: unknown): void;
  close(): void;
  /** When present (BroadcastChannel has it), a projector's hello is answered with the snapshot. */
  addEventListener?(type: 'message', listener: (event: { readonly data: unknown }) => void): void;
}

/** The snapshot of the game on screen. */
export function projectorSnapshot(s: GameStore): ProjectorSnapshot {
  return {
    quarterLabel: selectQuarterLabel(s),
    postureTrack: selectPostureTrack(s),
    charts: s.projectorCharts.map((indicator) => selectChart(s, indicator)),
    outcome: s.game?.outcome ?? null,
  };
}

/** True when two snapshots show the same thing (the selectors keep their results while nothing they read changes). */
function sameSnapshot(a: ProjectorSnapshot, b: ProjectorSnapshot): boolean {
  return (
    a.quarterLabel === b.quarterLabel &&
    a.postureTrack === b.postureTrack &&
    a.outcome === b.outcome &&
    a.charts.length === b.charts.length &&
    a.charts.every((c, i) => c === b.charts[i])
  );
}

/** Starts posting snapshots of the store on the channel; the returned function stops and closes it. */
export function connectProjector(store: StoreApi<GameStore>, channel: ProjectorChannel): () => void {
  let last = projectorSnapshot(store.getState());
  const post = (snapshot: ProjectorSnapshot): void => {
    const message: ProjectorMessage = { type: 'leverage-projector-snapshot', version: 1, snapshot };
    channel.postMessage(message);
  };
  post(last);
  const unsubscribe = store.subscribe((s) => {
    const next = projectorSnapshot(s);
    if (sameSnapshot(next, last)) return;
    last = next;
    post(next);
  });
  let connected = true;
  channel.addEventListener?.('message', (event) => {
    if (connected && isRecord(event.data) && event.data['type'] === PROJECTOR_HELLO.type) post(last);
  });
  return () => {
    connected = false;
    unsubscribe();
    channel.close();
  };
}

const isNumberOrNull = (x: unknown): boolean => x === null || (typeof x === 'number' && Number.isFinite(x));
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
/** A list of at most `max` items, each passing `item`. */
const isListOf = (x: unknown, item: (y: unknown) => boolean, max = 200): boolean =>
  Array.isArray(x) && x.length <= max && x.every(item);

/** The deepest nesting a snapshot has (a chart's forecast inside the list of charts). */
const MAX_SNAPSHOT_DEPTH = 8;

function isForecast(x: unknown): boolean {
  return (
    isRecord(x) &&
    typeof x['label'] === 'string' &&
    isFiniteNumber(x['fromQuarter']) &&
    isFiniteNumber(x['toQuarter']) &&
    isListOf(x['sources'], (s) => typeof s === 'string')
  );
}

function isChart(x: unknown): x is ChartData {
  // Only the charts the facilitator can put on the projector (isProjectorChoice): the view looks up
  // the indicator's label and unit, which no other name has.
  if (!isRecord(x) || !(KEY_CHARTS as readonly unknown[]).includes(x['indicator'])) return false;
  const lists = ['path', 'ghost', 'statusQuo'].map((k) => x[k]);
  return (
    isListOf(x['quarters'], (q) => typeof q === 'string') &&
    lists.every((l) => isListOf(l, isNumberOrNull)) &&
    isListOf(x['baseline'], isFiniteNumber) &&
    isListOf(x['modifiedBaseline'], isFiniteNumber) &&
    isListOf(x['thresholds'], isFiniteNumber) &&
    isListOf(x['forecasts'], isForecast) &&
    (x['ghostBand'] === undefined || isListOf(x['ghostBand'], isSpreadOrNull)) &&
    (x['statusQuoBand'] === undefined || isListOf(x['statusQuoBand'], isSpreadOrNull))
  );
}

/** A set of runs' spread at one quarter (five finite percentiles), or null. */
function isSpreadOrNull(x: unknown): boolean {
  return x === null || (isRecord(x) && ['p5', 'p25', 'p50', 'p75', 'p95'].every((k) => isFiniteNumber(x[k])));
}

/** An ending as the projector shows it: its kind, quarter, score and terms. */
function isOutcome(x: unknown): boolean {
  const terms = isRecord(x) ? x['terms'] : undefined;
  return (
    isRecord(x) &&
    ['settlement', 'collapse', 'horizon'].includes(x['kind'] as string) &&
    isFiniteNumber(x['quarterIndex']) &&
    isFiniteNumber(x['score']) &&
    (terms === null || (isRecord(terms) && Object.values(terms).every((v) => typeof v === 'string')))
  );
}

function isLevel(x: unknown): boolean {
  return (
    isRecord(x) &&
    isFiniteNumber(x['level']) &&
    typeof x['name'] === 'string' &&
    typeof x['summary'] === 'string' &&
    typeof x['current'] === 'boolean'
  );
}

function isPressure(x: unknown): boolean {
  return (
    isRecord(x) &&
    typeof x['id'] === 'string' &&
    typeof x['name'] === 'string' &&
    typeof x['active'] === 'boolean' &&
    typeof x['reportBasis'] === 'string' &&
    isListOf(x['sources'], (s) => typeof s === 'string')
  );
}

const isCount = (x: unknown): boolean => Number.isSafeInteger(x) && (x as number) >= 0;
const isProbability = (x: unknown): boolean => isFiniteNumber(x) && x >= 0 && x <= 1;

/** The values of each posture-track sentence (selectPostureTrack): counts, and beliefs from 0 to 1. */
const POSTURE_SENTENCE_VALUES: Readonly<Record<string, Readonly<Record<string, (x: unknown) => boolean>>>> = {
  'postureTrack.next': {
    active: isCount,
    required: isCount,
    belief: isProbability,
    beliefBelow: isProbability,
    frozenQuarters: isCount,
  },
  'postureTrack.top': { active: isCount, total: isCount, belief: isProbability, frozenQuarters: isCount },
};

/** The posture track's sentence: one of its two messages, with the values the selector gives it. */
function isPostureSentence(x: unknown): boolean {
  if (!isStateMessage(x) || !Object.hasOwn(POSTURE_SENTENCE_VALUES, x.code)) return false;
  const checks = POSTURE_SENTENCE_VALUES[x.code] ?? {};
  const values: Readonly<Record<string, unknown>> = x.values;
  const keys = Object.keys(values);
  return (
    keys.length === Object.keys(checks).length &&
    keys.every((k) => Object.hasOwn(checks, k) && checks[k]?.(values[k]) === true)
  );
}

function isPostureTrack(x: unknown): x is PostureTrack {
  return (
    isRecord(x) &&
    isListOf(x['levels'], isLevel, 10) &&
    isFiniteNumber(x['current']) &&
    isPostureSentence(x['sentence']) &&
    isListOf(x['pressures'], isPressure, 20)
  );
}

/** The snapshot a message carries, or null for anything else. */
export function parseProjectorMessage(data: unknown): ProjectorSnapshot | null {
  if (!isRecord(data) || data['type'] !== 'leverage-projector-snapshot' || data['version'] !== 1) return null;
  if (!nestsAtMost(data, MAX_SNAPSHOT_DEPTH)) return null;
  const s = data['snapshot'];
  if (!isRecord(s) || typeof s['quarterLabel'] !== 'string' || !isPostureTrack(s['postureTrack']))
    return null;
  const charts = s['charts'];
  if (!Array.isArray(charts) || charts.length > 6 || !charts.every(isChart)) return null;
  const outcome = s['outcome'];
  if (outcome !== null && !isOutcome(outcome)) return null;
  return s as unknown as ProjectorSnapshot;
}

/** A handler for the projector window's channel messages: calls onSnapshot for each valid snapshot. */
export function createProjectorReceiver(
  onSnapshot: (snapshot: ProjectorSnapshot) => void,
): (data: unknown) => void {
  return (data) => {
    const snapshot = parseProjectorMessage(data);
    if (snapshot) onSnapshot(snapshot);
  };
}
