/**
 * Fuzz: assumption choices as they arrive from outside (share codes, saves, a room's settings) and
 * as the title screen's panel asks for them (setAssumption, applyAssumptionPreset): known and
 * unknown assumption and option ids, prototype keys, markup, values of the wrong type. A set of
 * choices is applied when every choice is known; otherwise each unknown one is named in a sentence
 * and ignored, never thrown, and the scenario's parameters are those of the known choices alone.
 * The store takes a known choice or preset and nothing else, and writes nothing to storage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAssumptions,
  assumptionChoiceProblems,
  ASSUMPTION_PRESETS,
  ASSUMPTIONS,
  BUNDLED_SCENARIO_IDS,
  getBundledScenario,
} from '../../src/scenario';
import { isAssumptionChoices } from '../../src/state/saves/save-workshop';
import { unpackRecord } from '../../src/state/share/share-record';
import { message } from '../../src/state/store/message-codes';
import { FUZZ_TEST_TIMEOUT_MS, hostileKey, hostileString, hostileValue, jsonText, Obj } from './arbitraries';
import { expectMessageSentence, expectSentence, fuzzInput, type Verdict } from './harness';
import { expectStateUntouched, expectStorageUntouched, freshPlayer, storageCopy } from './player';

const ASSUMPTION_IDS = ASSUMPTIONS.map((a) => a.id);
const OPTION_IDS = ASSUMPTIONS.flatMap((a) => a.options.map((o) => o.id));

/** An assumption id: a known one, or anything. */
const assumptionId: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ASSUMPTION_IDS) },
  { weight: 2, arbitrary: hostileKey },
  { weight: 1, arbitrary: fc.constantFrom(...ASSUMPTION_IDS).map((id) => id.toUpperCase()) },
);

/** An option id: one of this assumption's, another's, or anything. */
const optionId: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...OPTION_IDS) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom('', ' central', 'central ', '__proto__') },
);

/** Choices as JSON brings them (own `__proto__` keys and repeated keys included), or any value at all. */
const choices: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .array(fc.tuple(assumptionId, optionId), { maxLength: 9 })
      .map((entries) => JSON.parse(jsonText(new Obj(entries))) as unknown),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(assumptionId, fc.oneof(optionId, hostileValue)), { maxLength: 5 })
      .map((entries) => {
        const o: Record<string, unknown> = {};
        for (const [k, v] of entries)
          Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true });
        return o;
      }),
  },
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: fc.constantFrom(...ASSUMPTION_PRESETS.map((p) => p.choices)) },
);

const scenarios = BUNDLED_SCENARIO_IDS.map((id) => getBundledScenario(id));

/** The choices whose assumption and option both exist. */
function knownOnly(c: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(c).filter(([a, o]) =>
      ASSUMPTIONS.some((x) => x.id === a && x.options.some((y) => y.id === o)),
    ),
  );
}

describe('fuzz: assumption choices', () => {
  it(
    'choices are applied when known, and every unknown one is named in a sentence and ignored',
    () => {
      const counts = fuzzInput('assumption choices', fc.tuple(choices, fc.nat()), ([c, pick]): Verdict => {
        // Inside a share code, choices that are not choices at all are refused by name.
        const unpacked = unpackRecord({ s: 'baseline-2025', v: '1.0.0', a: c, r: 1, t: [] });
        if (!isAssumptionChoices(c)) {
          expect(unpacked).toBe('assumptions');
          expectMessageSentence(message('share.unreadable', { part: 'assumptions' }));
          return 'refused';
        }
        expect(typeof unpacked).toBe('object');
        const scenario = scenarios[pick % scenarios.length]!;
        const applied = applyAssumptions(scenario, c);
        // Unknown ids change nothing: the parameters are those of the known choices alone.
        expect(JSON.stringify(applied.params)).toBe(
          JSON.stringify(applyAssumptions(scenario, knownOnly(c)).params),
        );
        const problems = assumptionChoiceProblems(c);
        for (const p of problems) expectSentence(p, 2_000);
        const unknown = Object.keys(c).length - Object.keys(knownOnly(c)).length;
        expect(problems).toHaveLength(unknown);
        return problems.length === 0 ? 'accepted' : 'refused';
      });
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'the title takes a known choice or preset and nothing else, and writes nothing',
    () => {
      const { store, storage } = freshPlayer('title');
      const request = fc.oneof(
        fc.tuple(fc.constant('choice' as const), assumptionId, optionId),
        fc.tuple(
          fc.constant('preset' as const),
          fc.oneof(fc.constantFrom(...ASSUMPTION_PRESETS.map((p) => p.id)), hostileKey),
          fc.constant(''),
        ),
      );
      const counts = fuzzInput(
        'assumption requests',
        request,
        ([kind, id, option]): Verdict => {
          const before = store.getState();
          const stored = storageCopy(storage);
          if (kind === 'choice') before.setAssumption(id, option);
          else before.applyAssumptionPreset(id);
          const after = store.getState();
          expectStorageUntouched(storage, stored);
          const known =
            kind === 'choice'
              ? ASSUMPTIONS.some((a) => a.id === id && a.options.some((o) => o.id === option))
              : ASSUMPTION_PRESETS.some((p) => p.id === id);
          if (!known) {
            expectStateUntouched(before, after);
            return 'refused';
          }
          expectStateUntouched(before, after, ['assumptions', 'assumptionPreset', 'scenario']);
          if (kind === 'choice') expect(after.assumptions[id]).toBe(option);
          else expect(after.assumptionPreset).toBe(id);
          // The scenario of the next game follows the choices.
          expect(after.scenario.params).toEqual(
            applyAssumptions(getBundledScenario(after.scenarioId), after.assumptions).params,
          );
          return 'accepted';
        },
        { refusedAs: 'ignored' },
      );
      expect(counts.accepted).toBeGreaterThan(0);
      expect(counts.refused).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
