/**
 * Plain-words messages for scenario errors. Authors of scenario files are analysts, not
 * programmers: a message says what was expected and what was found, never a library's jargon.
 * The zod error map here turns every validation issue into such a sentence.
 */
import type { z } from 'zod';
import type { ScenarioError } from './types';

/** Names a JSON value's kind for "got …": 'a string', 'a list', 'null', 'nothing'. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : 'a number that is not finite';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length <= 24 ? `a string ("${value}")` : 'a string';
  return `a ${typeof value}`;
}

/** Same as describeValue but names only the kind (`a number`, not `12`): for type mismatches. */
function kindOf(value: unknown): string {
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'true or false';
  return describeValue(value);
}

/** "expected X, got Y", or "missing (expected X)" when the field is absent. */
export function expectedGot(expected: string, input: unknown): string {
  return input === undefined
    ? `missing (expected ${expected})`
    : `expected ${expected}, got ${kindOf(input)}`;
}

/** A schema-level error function that names what a compound value should look like. */
export function expecting(label: string): z.core.$ZodErrorMap {
  return (issue) => (issue.code === 'invalid_type' ? expectedGot(label, issue.input) : undefined);
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
};

/** Joins a list of allowed values for a message, shortening long lists. */
function oneOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 6).map((v) => JSON.stringify(v));
  return values.length > 6 ? `${shown.join(', ')} … (${values.length} names)` : shown.join(', ');
}

/** Words for a bound: 'must have at least 1 entry', 'must be at most 4', 'must not be negative'. */
function bound(
  kind: 'least' | 'most',
  limit: unknown,
  inclusive: boolean | undefined,
  origin: string,
): string {
  if (origin === 'number' || origin === 'int' || origin === 'bigint') {
    if (kind === 'least' && limit === 0 && inclusive !== false) return 'must not be negative';
    if (inclusive === false) return `must be ${kind === 'least' ? 'more' : 'less'} than ${String(limit)}`;
    return `must be at ${kind} ${String(limit)}`;
  }
  const what = origin === 'array' ? (limit === 1 ? ' entry' : ' entries') : ' characters';
  if (inclusive === false)
    return `must have ${kind === 'least' ? 'more' : 'fewer'} than ${String(limit)}${what}`;
  return `must have at ${kind} ${String(limit)}${what}`;
}

/** The parse-level error map: every issue zod reports, in plain words. */
export const plainWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return `expected a whole number, got ${describeValue(issue.input)}`;
      }
      return expectedGot(TYPE_NAMES[issue.expected] ?? issue.expected, issue.input);
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      return `${bound('least', issue.minimum, issue.inclusive, issue.origin)}, got ${sizeOf(issue.input)}`;
    case 'too_big':
      return `${bound('most', issue.maximum, issue.inclusive, issue.origin)}, got ${sizeOf(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? '' : 'one of '}${oneOf(issue.values)}, got ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `has the wrong form (${issue.format === 'regex' ? `expected text matching ${issue.pattern}` : issue.format}), got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (a typo?)`;
    default:
      return undefined;
  }
};

/** A value's size for a bound message: the number itself, a list's length, a string's length. */
function sizeOf(input: unknown): string {
  if (Array.isArray(input)) return `${input.length}`;
  if (typeof input === 'string') return `${input.length}`;
  return describeValue(input);
}

/** Dotted path with list indices in brackets: ['initial', 'cpiPct', 'source', 0] -> 'initial.cpiPct.source[0]'. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Turns zod issues into scenario errors for `file`. An unknown-keys issue becomes one error per
 * key, each with the key in its path, so the author sees exactly which field to fix. `locate`
 * maps a document path to where the author wrote the value (see locateInOverrides).
 */
export function toScenarioErrors(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  locate: (path: readonly PropertyKey[]) => readonly PropertyKey[] = (path) => path,
): ScenarioError[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          file,
          path: formatPath(locate([...issue.path, key])),
          message: `unknown field "${key}" (a typo?)`,
        }))
      : [{ file, path: formatPath(locate(issue.path)), message: issue.message }],
  );
}
