/**
 * The share code's payload: a game record packed as compact JSON before it is compressed. Aid is
 * carried ×10 as an integer (the levers move in steps of €0.1 bn), Kremlin options as indices into
 * KREMLIN_OPTIONS, and a turn as a short array whose empty tail is dropped:
 * [aid×10, sanctions, injects | 0, overrides | 0, kremlin | 0]. Unpacking checks every field and
 * names the one that is wrong; it never throws.
 */
import { KREMLIN_OPTIONS, type KremlinOption, type Override, type Proposal, type Turn } from '../../engine';
import { isValidSeed } from '../campaign/campaign-logic';
import {
  MAX_ACTIONS_PER_QUARTER,
  isId,
  isInjectList,
  isOverrideTarget,
  overrideReason,
} from '../record/record-checks';
import { isRecord } from '../saves/save-format';
import { isAssumptionChoices } from '../saves/save-workshop';
import { recordedTurn } from '../record/turn-record';
import type { RecordPart } from '../store/message-codes';

/** Most quarters a share code may hold (far beyond any scenario's horizon). */
export const MAX_SHARE_TURNS = 60;

/** What a share code holds: enough to rebuild the game exactly by replay. */
export interface ShareRecord {
  readonly scenarioId: string;
  readonly scenarioVersion: string;
  /** Assumption id → option id. */
  readonly assumptions: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly turns: readonly Turn[];
  /** The quarter being decided (levers, injects, overrides so far); absent once the game is over. */
  readonly current?: Turn;
  /** The terms of the settlement that ended the game. */
  readonly settlement?: Proposal;
}

type Packed = (number | string | readonly unknown[])[];

function packTurn(t: Turn, withKremlin: boolean): Packed {
  const row: Packed = [
    Math.round(t.policy.aidBnEurPerQuarter * 10),
    t.policy.sanctionsLevel,
    t.injects?.length ? t.injects : 0,
    t.overrides?.length ? t.overrides.map((o) => [o.target, o.value, o.reason]) : 0,
    withKremlin && t.kremlinChoices ? t.kremlinChoices.map((k) => KREMLIN_OPTIONS.indexOf(k)) : 0,
  ];
  while (row.length > 2 && row.at(-1) === 0) row.pop();
  return row;
}

/** The record as the compact JSON value the code compresses. */
export function packRecord(r: ShareRecord): unknown {
  return {
    s: r.scenarioId,
    v: r.scenarioVersion,
    a: r.assumptions,
    r: r.seed,
    t: r.turns.map((t) => packTurn(t, true)),
    ...(r.current ? { p: packTurn(r.current, false) } : {}),
    ...(r.settlement ? { x: r.settlement } : {}),
  };
}

function unpackOverride(x: unknown): Override | null {
  if (!Array.isArray(x) || x.length !== 3) return null;
  const [target, value, reason] = x as unknown[];
  if (!isOverrideTarget(target) || typeof value !== 'number' || !Number.isFinite(value)) return null;
  return typeof reason === 'string' && overrideReason(reason) === reason ? { target, value, reason } : null;
}

function unpackKremlin(x: unknown): KremlinOption[] | null {
  if (!Array.isArray(x)) return null;
  const options = x.map((i: unknown) => (Number.isInteger(i) ? KREMLIN_OPTIONS[i as number] : undefined));
  const valid = options.filter((o): o is KremlinOption => o !== undefined);
  return valid.length === x.length && new Set(valid).size === valid.length ? valid : null;
}

function unpackTurn(x: unknown, withKremlin: boolean): Turn | null {
  if (!Array.isArray(x) || x.length < 2 || x.length > (withKremlin ? 5 : 4)) return null;
  const [aid10, level, injects = 0, overrides = 0, kremlin = 0] = x as unknown[];
  if (typeof aid10 !== 'number' || !Number.isSafeInteger(aid10) || aid10 < 0) return null;
  if (typeof level !== 'number' || !Number.isSafeInteger(level) || level < 0) return null;
  const fired = injects === 0 ? [] : isInjectList(injects) ? injects : null;
  const made = overrides === 0 ? [] : Array.isArray(overrides) ? overrides.map(unpackOverride) : [null];
  const chosen = kremlin === 0 ? null : unpackKremlin(kremlin);
  if (fired === null || made.length > MAX_ACTIONS_PER_QUARTER || (kremlin !== 0 && chosen === null))
    return null;
  const valid = made.filter((o): o is Override => o !== null);
  if (valid.length !== made.length) return null;
  return recordedTurn({ aidBnEurPerQuarter: aid10 / 10, sanctionsLevel: level }, fired, valid, chosen);
}

/**
 * The record from the compact JSON value, or the first field that is not valid: a part of the
 * record, or 'tooManyQuarters' for more quarters than MAX_SHARE_TURNS.
 */
export function unpackRecord(x: unknown): ShareRecord | RecordPart | 'tooManyQuarters' {
  if (!isRecord(x)) return 'contents';
  const { s, v, a, r, t, p } = x;
  if (!isId(s)) return 'scenario';
  if (typeof v !== 'string' || v.length === 0 || v.length > 40) return 'scenarioVersion';
  if (!isAssumptionChoices(a)) return 'assumptions';
  if (typeof r !== 'number' || !isValidSeed(r)) return 'seed';
  if (!Array.isArray(t)) return 'quarters';
  if (t.length > MAX_SHARE_TURNS) return 'tooManyQuarters';
  const turns = t.map((row) => unpackTurn(row, true));
  if (turns.some((turn) => turn === null)) return 'quarterPlayed';
  const current = p === undefined ? undefined : unpackTurn(p, false);
  if (current === null) return 'quarterDecided';
  const settlement = x['x'];
  const validTerms =
    isRecord(settlement) && Object.keys(settlement).length <= 20 && Object.values(settlement).every(isId);
  if (settlement !== undefined && !validTerms) return 'settlement';
  return {
    scenarioId: s,
    scenarioVersion: v,
    assumptions: a,
    seed: r,
    turns: turns as Turn[],
    ...(current ? { current } : {}),
    ...(settlement !== undefined ? { settlement: settlement as Proposal } : {}),
  };
}
