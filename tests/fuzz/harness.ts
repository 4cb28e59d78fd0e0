/**
 * Runs one fuzz property over an input and counts what became of each case: accepted (a valid
 * game, scenario, schedule or change) or refused with a message. The check throws (through
 * expect) on anything else, except on a case it recognises as one of the known defects listed in
 * known-defects.test.ts, which it counts apart. Prints one line of counts with the seed, and fails
 * unless every case of the full run was tried and ended one of those ways.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { describeMessage, hasMessageText } from '../../src/text';
import type { Message } from '../../src/engine';
import { FUZZ_RUNS, FUZZ_SEED } from './arbitraries';

/** What became of one case: accepted, refused with a message, or a known defect (known-defects.test.ts). */
export type Verdict = 'accepted' | 'refused' | 'knownDefect';

/** The counts of one input's run. */
export interface FuzzCounts {
  readonly tried: number;
  readonly accepted: number;
  readonly refused: number;
  readonly knownDefect: number;
}

/** How a run names its refusals in the counts line. */
export type RefusedAs =
  'refused with a message' | 'refused with a reason' | 'dropped' | 'ignored' | 'left out';

/** The counts line, as the test output and the README show it. */
export function countsLine(
  name: string,
  c: FuzzCounts,
  refusedAs: RefusedAs = 'refused with a message',
): string {
  const known = c.knownDefect > 0 ? `, ${c.knownDefect} hit a known defect` : '';
  return `fuzz ${name}: ${c.tried} tried, ${c.accepted} accepted, ${c.refused} ${refusedAs}${known} (seed ${FUZZ_SEED})`;
}

/** Prints a line in the test output. */
export function report(line: string): void {
  // eslint-disable-next-line no-console -- the suite prints its counts on purpose
  console.info(line);
}

/** A case as a failure report prints it: fast-check's form, cut short, or its shape when too deep to print. */
function printed(value: unknown): string {
  let text: string;
  try {
    text = fc.stringify(value);
  } catch {
    text = `(a value nested ${nestingDepth(value)} deep, too deep to print)`;
  }
  return text.length > 4_000 ? `${text.slice(0, 4_000)}… (${text.length} characters)` : text;
}

/** How often each known defect was met in the current run, by its name. */
const knownDefectsMet = new Map<string, number>();

/**
 * Notes that a case met a known defect (named as in known-defects.test.ts) and returns the
 * verdict that counts it apart; a check may also note one that it merely worked around.
 */
export function knownDefect(name: string): 'knownDefect' {
  knownDefectsMet.set(name, (knownDefectsMet.get(name) ?? 0) + 1);
  return 'knownDefect';
}

/** Feeds `runs` cases of `input` to `check`, prints the counts and checks them; returns them. */
export function fuzzInput<T>(
  name: string,
  input: fc.Arbitrary<T>,
  check: (value: T) => Verdict,
  options: { readonly refusedAs?: RefusedAs; readonly runs?: number } = {},
): FuzzCounts {
  const runs = options.runs ?? FUZZ_RUNS;
  const counts = { tried: 0, accepted: 0, refused: 0, knownDefect: 0 };
  knownDefectsMet.clear();
  // Each case is boxed with a printer that survives values too deep for fast-check's own.
  const boxed = input.map((value) => ({ value, [fc.toStringMethod]: () => printed(value) }));
  fc.assert(
    fc.property(boxed, ({ value }) => {
      counts.tried++;
      counts[check(value)]++;
    }),
    { numRuns: runs, seed: FUZZ_SEED, endOnFailure: true },
  );
  report(countsLine(name, counts, options.refusedAs));
  for (const [defect, times] of knownDefectsMet)
    report(`fuzz ${name}: known defect "${defect}" met ${times} times`);
  expect(counts.tried, `${name}: every case is tried`).toBeGreaterThanOrEqual(runs);
  expect(counts.accepted + counts.refused + counts.knownDefect).toBe(counts.tried);
  return counts;
}

/** How deep arrays and objects nest in a value (0 for a primitive), without recursion. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** How deep JSON text nests (0 when it is not JSON). */
export function textNestingDepth(text: string): number {
  try {
    return nestingDepth(JSON.parse(text));
  } catch {
    return 0;
  }
}

/** True for the engine's "Maximum call stack size exceeded". */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Longest sentence accepted as a clear refusal, in characters. */
export const MAX_SENTENCE_CHARS = 600;

/** What keeps `text` from being one clear sentence (a capital letter or a quote first, a full stop last, not too long), or null. */
export function sentenceProblem(text: unknown, maxChars: number = MAX_SENTENCE_CHARS): string | null {
  if (typeof text !== 'string') return `not a string: ${typeof text}`;
  if (!/^["“A-Z]/.test(text))
    return `does not start with a capital letter: ${JSON.stringify(text.slice(0, 80))}`;
  if (!/[.!?]["”]?$/.test(text)) return `does not end with a full stop: ${JSON.stringify(text.slice(-80))}`;
  if (text.length > maxChars)
    return `${text.length} characters, more than ${maxChars}: ${JSON.stringify(text.slice(0, 80))}…`;
  return null;
}

/** Fails unless `text` is one clear sentence. */
export function expectSentence(text: unknown, maxChars: number = MAX_SENTENCE_CHARS): void {
  const problem = sentenceProblem(text, maxChars);
  if (problem !== null) expect(problem, 'one clear sentence').toBeNull();
}

/** Fails unless the message has its own text in the catalogue and reads as one clear sentence; returns it. */
export function expectMessageSentence(message: Message, maxChars: number = MAX_SENTENCE_CHARS): string {
  if (!hasMessageText(message.code)) expect(message.code, 'a message code with a text').toBe('(known)');
  const sentence = describeMessage(message);
  expectSentence(sentence, maxChars);
  return sentence;
}
