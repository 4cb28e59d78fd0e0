/**
 * Properties of share codes: any record survives encode → decode unchanged; a valid code cut short,
 * with a character changed, or replaced by random text or random lengths is always refused with a
 * sentence and never throws; a code with a valid checksum but odd contents (an unknown inject, any
 * JSON at all) decodes or is refused without a throw, and opening it never breaks the store.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  KREMLIN_OPTIONS,
  OVERRIDE_TARGETS,
  replayTurns,
  type OverrideTarget,
  type Turn,
} from '../../src/engine';
import { getBundledScenario } from '../../src/scenario';
import { crc32Hex, toBase64Url } from '../../src/state/share/code-bytes';
import { decodeShareCode, encodeShareCode, type ShareRecord } from '../../src/state/share/share-code';
import { describeMessage, hasMessageText } from '../../src/text';
import { makeStore } from './helpers';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const reason = fc
  .string({ minLength: 1, maxLength: 80 })
  .map((r) => r.trim())
  .filter((r) => r.length > 0);
const override = fc.record({
  target: fc.constantFrom(...(Object.keys(OVERRIDE_TARGETS) as OverrideTarget[])),
  value: fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
  reason,
});
const policy = fc.record({
  aidBnEurPerQuarter: fc.integer({ min: 0, max: 400 }).map((k) => k / 10),
  sanctionsLevel: fc.integer({ min: 0, max: 4 }),
});
const sometimes = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const turn = (withKremlin: boolean): fc.Arbitrary<Turn> =>
  fc
    .record({
      policy,
      injects: sometimes(fc.array(id, { minLength: 1, maxLength: 3 })),
      overrides: sometimes(fc.array(override, { minLength: 1, maxLength: 2 })),
      kremlinChoices: withKremlin ? sometimes(fc.subarray([...KREMLIN_OPTIONS])) : fc.constant(undefined),
    })
    .map((t) => JSON.parse(JSON.stringify(t)) as Turn);
const record: fc.Arbitrary<ShareRecord> = fc
  .record({
    scenarioId: id,
    scenarioVersion: fc.stringMatching(/^\d\.\d\.\d$/),
    assumptions: fc.dictionary(id, id, { maxKeys: 7 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    turns: fc.array(turn(true), { maxLength: 14 }),
    current: sometimes(turn(false)),
    settlement: sometimes(fc.dictionary(id, id, { minKeys: 1, maxKeys: 5 })),
  })
  .map((r) => JSON.parse(JSON.stringify(r)) as ShareRecord);

/** Fails unless decoding is a refusal in one sentence. */
function expectRefused(code: string): void {
  const decoded = decodeShareCode(code);
  expect(decoded.ok).toBe(false);
  if (!decoded.ok) {
    expect(hasMessageText(decoded.error.code)).toBe(true);
    expect(describeMessage(decoded.error)).toMatch(/^[A-Z].*\.$/);
  }
}

/** A code with a valid checksum around any JSON value. */
function codeAround(value: unknown): string {
  const body = `L1.${toBase64Url(deflateSync(strToU8(JSON.stringify(value) ?? 'null')))}`;
  return `${body}.${crc32Hex(body)}`;
}

describe('share codes under random input', () => {
  it('round trip: decode(encode(record)) is the record', () => {
    fc.assert(
      fc.property(record, (r) => {
        const decoded = decodeShareCode(encodeShareCode(r));
        expect(decoded).toEqual({ ok: true, record: r });
      }),
      { numRuns: 200 },
    );
  });

  it('a valid code cut short anywhere is refused', () => {
    fc.assert(
      fc.property(record, fc.nat(), (r, n) => {
        const code = encodeShareCode(r);
        expectRefused(code.slice(0, n % code.length));
      }),
      { numRuns: 200 },
    );
  });

  it('a valid code with one character changed is refused', () => {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.L';
    fc.assert(
      fc.property(record, fc.nat(), fc.constantFrom(...chars), (r, n, c) => {
        const code = encodeShareCode(r);
        const i = n % code.length;
        fc.pre(code[i] !== c);
        expectRefused(code.slice(0, i) + c + code.slice(i + 1));
      }),
      { numRuns: 300 },
    );
  });

  it('random text, Leverage-looking text and random lengths are refused', () => {
    const lookalike = fc.string({ unit: fc.constantFrom(...'AZaz09-_.'.split('')), maxLength: 300 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          lookalike.map((s) => `L1.${s}`),
          fc.nat({ max: 12_000 }).map((n) => `L1.${'x'.repeat(n)}`),
        ),
        expectRefused,
      ),
      { numRuns: 300 },
    );
  });

  it('any JSON under a valid checksum decodes or is refused, and opening it never throws', () => {
    const store = makeStore();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const code = codeAround(value);
        expect(() => decodeShareCode(code)).not.toThrow();
        expect(() => store.getState().loadShareCode(code)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('any record of a known scenario opens as its replay, or is refused with a sentence', () => {
    const params = getBundledScenario('baseline-2025').params;
    fc.assert(
      fc.property(record, (r) => {
        const store = makeStore();
        const known = { ...r, scenarioId: 'baseline-2025', scenarioVersion: '1.0.0', assumptions: {} };
        store.getState().loadShareCode(encodeShareCode(known));
        const s = store.getState();
        if (s.shareError !== null) {
          expect(s.game).toBeNull();
          expect(describeMessage(s.shareError)).toMatch(/^[A-Z].*\.$/);
        } else if (!known.settlement) expect(s.history).toEqual(replayTurns(params, r.seed, r.turns).reports);
      }),
      { numRuns: 100 },
    );
  });

  it('a tampered code with a valid checksum and an unknown inject still replays safely', () => {
    const params = getBundledScenario('baseline-2025').params;
    const turns: Turn[] = [
      { policy: { aidBnEurPerQuarter: 10.4, sanctionsLevel: 1 }, injects: ['no-such-inject'] },
      { policy: { aidBnEurPerQuarter: 12, sanctionsLevel: 2 } },
    ];
    const code = encodeShareCode({
      scenarioId: 'baseline-2025',
      scenarioVersion: '1.0.0',
      assumptions: {},
      seed: 3,
      turns,
    });
    const store = makeStore();
    store.getState().loadShareCode(code);
    expect(store.getState().shareError).toBeNull();
    expect(store.getState().game).toEqual(replayTurns(params, 3, turns).state);
    expect(store.getState().turns).toEqual(turns);
  });
});
