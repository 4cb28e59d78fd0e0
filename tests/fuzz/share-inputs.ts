/**
 * Share codes as the fuzz suite feeds them: valid codes of games this build can replay, the same
 * codes damaged (cut short, a character flipped, padded), codes whose checksum is valid around
 * hostile contents (the record's JSON with a field replaced, any JSON at all, text that is not
 * JSON, deflate data with a bit flipped, a payload that inflates past its limit), random text, and
 * each of them inside a link or a pasted text.
 */
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { KREMLIN_OPTIONS, OVERRIDE_TARGETS, type OverrideTarget, type Turn } from '../../src/engine';
import { ASSUMPTIONS, BUNDLED_SCENARIO_IDS, getBundledScenario } from '../../src/scenario';
import { crc32Hex, toBase64Url } from '../../src/state/share/code-bytes';
import { encodeShareCode, gameParamIn, type ShareRecord } from '../../src/state/share/share-code';
import { packRecord } from '../../src/state/share/share-record';
import {
  flipBit,
  hostileJsonText,
  hostileString,
  mutatedJson,
  mutatedText,
  nested,
  jsonText,
} from './arbitraries';

/** A code with a valid checksum around payload bytes (deflated JSON text, as the encoder writes). */
export function codeAroundBytes(deflated: Uint8Array, version = 'L1'): string {
  const body = `${version}.${toBase64Url(deflated)}`;
  return `${body}.${crc32Hex(body)}`;
}

/** A code with a valid checksum around any text (deflated as the encoder does). */
export function codeAroundText(text: string, version = 'L1'): string {
  return codeAroundBytes(deflateSync(strToU8(text), { level: 1 }), version);
}

const scenarios = BUNDLED_SCENARIO_IDS.map((id) => getBundledScenario(id));

/** Assumption choices this build knows. */
const knownChoices: fc.Arbitrary<Record<string, string>> = fc
  .subarray([...ASSUMPTIONS])
  .chain((picked) =>
    fc.tuple(...picked.map((a) => fc.constantFrom(...a.options.map((o) => [a.id, o.id] as const)))),
  )
  .map((pairs) => Object.fromEntries(pairs));

/** A record of a game this build could have played: levers in range, known injects and override targets. */
export const playableRecord: fc.Arbitrary<ShareRecord> = fc
  .constantFrom(...scenarios)
  .chain((scenario) => {
    const p = scenario.params;
    const policy = fc.record({
      aidBnEurPerQuarter: fc
        .integer({ min: 0, max: Math.round(p.policy.aidMaxBnEurPerQuarter * 10) })
        .map((k) => k / 10),
      sanctionsLevel: fc.integer({ min: 0, max: p.policy.sanctionsLevels.length - 1 }),
    });
    const injectIds = p.injects.map((i) => i.id);
    const override = fc
      .constantFrom(...(Object.keys(OVERRIDE_TARGETS) as OverrideTarget[]))
      .chain((target) => {
        const [min, max] = OVERRIDE_TARGETS[target];
        return fc.record({
          target: fc.constant(target),
          value: fc.double({ min, max, noNaN: true }).map((v) => v + 0),
          reason: fc.constantFrom('Facilitator call', 'Teaching moment', '<b>why</b>'),
        });
      });
    const turn = (withKremlin: boolean): fc.Arbitrary<Turn> =>
      fc
        .record(
          {
            policy,
            injects:
              injectIds.length > 0 ? fc.subarray(injectIds, { minLength: 1, maxLength: 2 }) : fc.constant([]),
            overrides: fc.array(override, { minLength: 1, maxLength: 2 }),
            kremlinChoices: withKremlin
              ? fc.subarray([...KREMLIN_OPTIONS], { maxLength: 2 })
              : fc.constant([]),
          },
          { requiredKeys: ['policy'] },
        )
        .map((t) => JSON.parse(JSON.stringify(t)) as Turn);
    return fc.record(
      {
        scenarioId: fc.constant(scenario.id),
        scenarioVersion: fc.constant(scenario.version),
        assumptions: knownChoices,
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        turns: fc.array(turn(true), { maxLength: Math.min(8, p.horizonQuarters) }),
        current: turn(false),
      },
      { requiredKeys: ['scenarioId', 'scenarioVersion', 'assumptions', 'seed', 'turns'] },
    );
  })
  .map((r) => JSON.parse(JSON.stringify(r)) as ShareRecord);

/** A few plain records (bare levers, no actions), most of which replay. */
export const plainRecord: fc.Arbitrary<ShareRecord> = fc.constantFrom(...scenarios).chain((scenario) =>
  fc.record({
    scenarioId: fc.constant(scenario.id),
    scenarioVersion: fc.constant(scenario.version),
    assumptions: fc.constant({}),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    turns: fc.array(
      fc.record({
        policy: fc.record({
          aidBnEurPerQuarter: fc.integer({ min: 0, max: 120 }).map((k) => k / 10),
          sanctionsLevel: fc.integer({ min: 0, max: 3 }),
        }),
      }),
      { maxLength: 6 },
    ),
  }),
);

/** A valid code of a record that may or may not replay. */
export const validCode: fc.Arbitrary<string> = fc.oneof(playableRecord, plainRecord).map(encodeShareCode);

/** The packed JSON of a valid record with hostile changes, inside a valid checksum. */
const hostileInsideChecksum: fc.Arbitrary<string> = fc
  .oneof(playableRecord, plainRecord)
  .chain((r) => mutatedJson(packRecord(r)))
  .map((text) => codeAroundText(text));

/** Damaged deflate data inside a valid checksum. */
const flippedInsideChecksum: fc.Arbitrary<string> = fc
  .tuple(plainRecord, fc.nat(), fc.nat({ max: 7 }), fc.nat())
  .map(([r, i, bit, cut]) => {
    const bytes = deflateSync(strToU8(JSON.stringify(packRecord(r))), { level: 9 });
    const flipped = flipBit(bytes, i, bit);
    return codeAroundBytes(cut % 4 === 0 ? flipped.slice(0, cut % Math.max(1, flipped.length)) : flipped);
  });

/** Payloads that inflate to far more than a record, or nest far deeper, inside a valid checksum (built once). */
const BOMBS: readonly string[] = [
  `[${'0,'.repeat(600_000)}0]`,
  `"${'x'.repeat(600_000)}"`,
  jsonText(nested(60_000, 'array')),
  jsonText(nested(30_000, 'object')),
  `{"s":"baseline-2025","v":"1","a":{},"r":1,"t":[${'[0,0],'.repeat(20_000)}[0,0]]}`,
  `{"s":"baseline-2025","v":"1","a":${jsonText(nested(20_000, 'object', '"x"'))},"r":1,"t":[]}`,
].map((text) => codeAroundText(text));
const bombInsideChecksum: fc.Arbitrary<string> = fc.constantFrom(...BOMBS);

/** Codes of other versions, or with a head that is nearly right. */
const otherHeads: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('L2', 'L0', 'L01', 'L999999', 'L1000000', 'l1', 'L', 'LL1', ' L1', 'L1 ', 'L١'),
    plainRecord,
  )
  .map(([head, r]) => codeAroundText(JSON.stringify(packRecord(r)), head));

/** Codes a person could paste: a valid or hostile code, damaged or not. */
export const shareCodeInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: validCode },
  { weight: 15, arbitrary: validCode.chain(mutatedText) },
  { weight: 20, arbitrary: hostileInsideChecksum },
  { weight: 10, arbitrary: hostileJsonText({ invalid: true }).map((t) => codeAroundText(t)) },
  { weight: 5, arbitrary: flippedInsideChecksum },
  // Rare: each bomb costs the decoder tens of milliseconds, and a few dozen of each suffice.
  { weight: 1, arbitrary: bombInsideChecksum },
  { weight: 5, arbitrary: otherHeads },
  { weight: 5, arbitrary: hostileString },
  { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 5, arbitrary: fc.stringMatching(/^L1\.[A-Za-z0-9_-]{0,60}\.[0-9a-f]{0,9}$/) },
  {
    weight: 3,
    arbitrary: fc.integer({ min: 8_001, max: 20_000 }).map((n) => `L1.${'A'.repeat(n)}.00000000`),
  },
  {
    weight: 5,
    arbitrary: fc.oneof(validCode, validCode.chain(mutatedText)).map((c) => `Our result: ${c}\n`),
  },
);

/** The query string a browser shows for a link typed or followed (as `location.search`). */
export function searchOf(link: string): string {
  try {
    return new URL(link, 'https://leverage.example/').search;
  } catch {
    return link.slice(Math.max(0, link.indexOf('?')));
  }
}

/** Text escaped for a URL; a lone surrogate (which cannot be escaped) becomes a malformed escape. */
function escaped(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd')) + '%ED%A0%80';
  }
}

/** A link or pasted text around a code: `?game=` in a URL, with other parameters, escapes and white space. */
export function linkAround(code: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      code,
      fc.constantFrom(
        'https://leverage.example/',
        'http://127.0.0.1:5173/index.html',
        '/',
        '',
        'leverage.example/play',
        'javascript:alert(1)//',
      ),
      fc.constantFrom('?', '?view=title&', '?a=1&b=<script>&', '?&', '?x=%ZZ&'),
      fc.constantFrom('encode', 'raw', 'broken-escape', 'spaced'),
      fc.constantFrom('', '&view=projector', '#top', '&game=L1.x.00000000', ' trailing words', '\n'),
    )
    .map(([c, base, before, how, after]) => {
      const value =
        how === 'encode'
          ? escaped(c)
          : how === 'raw'
            ? c
            : how === 'broken-escape'
              ? `${escaped(c)}%E0%A4%A`
              : c.replace(/(.{7})/g, '$1 ');
      const link = `${base}${before}game=${value}${after}`;
      // A link always carries a code in its query: one whose value ends at once is written escaped.
      return gameParamIn(searchOf(link)) === null ? `${base}?game=${escaped(c || '-')}` : link;
    });
}
