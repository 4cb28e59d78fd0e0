/**
 * Policies for each simulated quarter: one held policy from --aid/--sanctions, or a schedule read
 * from a --policy file. Entries are checked against the scenario (aid up to its maximum,
 * sanctions up to its top level) so that a mistake is reported rather than silently clamped.
 */
import type { Policy, ScenarioParams } from '../engine';
import { nestsAtMost } from '../scenario';

/** A schedule is a list of flat entries: anything nested deeper is not one (and is never walked). */
const MAX_SCHEDULE_DEPTH = 4;

/** Policies by quarter index, or what is wrong. */
export type ScheduleResult =
  | { readonly ok: true; readonly policies: readonly Policy[] }
  | { readonly ok: false; readonly message: string };

/** Accepted names of the two fields of a schedule entry: short, and the engine's long name. */
const FIELDS = {
  aid: ['aid', 'aidBnEurPerQuarter'],
  sanctions: ['sanctions', 'sanctionsLevel'],
} as const;

/** A problem with an aid value, or undefined when it is a number from 0 to the scenario's maximum. */
export function aidProblem(aid: unknown, params: ScenarioParams): string | undefined {
  const max = params.policy.aidMaxBnEurPerQuarter;
  const ok = typeof aid === 'number' && Number.isFinite(aid) && aid >= 0 && aid <= max;
  return ok ? undefined : `must be a number of billion euros from 0 to ${max}, got ${JSON.stringify(aid)}`;
}

/** A problem with a sanctions level, or undefined when it is one of the scenario's levels. */
export function sanctionsProblem(level: unknown, params: ScenarioParams): string | undefined {
  const top = params.policy.sanctionsLevels.length - 1;
  const ok = typeof level === 'number' && Number.isInteger(level) && level >= 0 && level <= top;
  return ok ? undefined : `must be a whole number from 0 to ${top}, got ${JSON.stringify(level)}`;
}

/** Reads one schedule entry; `where` names it in messages ('plan.json: [2]'). */
function readEntry(entry: unknown, where: string, params: ScenarioParams): Policy | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return `${where}: expected an object { "aid": number, "sanctions": integer }, got ${JSON.stringify(entry)}`;
  }
  const known: readonly string[] = [...FIELDS.aid, ...FIELDS.sanctions];
  const unknown = Object.keys(entry).find((key) => !known.includes(key));
  if (unknown !== undefined) return `${where}.${unknown}: unknown field (use "aid" and "sanctions")`;
  const pick = (names: readonly string[]): { name: string; value: unknown } | string => {
    const present = names.filter((name) => Object.hasOwn(entry, name));
    if (present.length === 0) return `${where}: missing "${names[0]}"`;
    if (present.length > 1) return `${where}: give "${names[0]}" or "${names[1]}", not both`;
    const name = present[0] as string;
    return { name, value: (entry as Record<string, unknown>)[name] };
  };
  const aid = pick(FIELDS.aid);
  if (typeof aid === 'string') return aid;
  const sanctions = pick(FIELDS.sanctions);
  if (typeof sanctions === 'string') return sanctions;
  const aidError = aidProblem(aid.value, params);
  if (aidError !== undefined) return `${where}.${aid.name}: ${aidError}`;
  const sanctionsError = sanctionsProblem(sanctions.value, params);
  if (sanctionsError !== undefined) return `${where}.${sanctions.name}: ${sanctionsError}`;
  return { aidBnEurPerQuarter: aid.value as number, sanctionsLevel: sanctions.value as number };
}

/** Reads a --policy file's parsed JSON: a non-empty list of entries. */
export function readSchedule(raw: unknown, file: string, params: ScenarioParams): ScheduleResult {
  if (!Array.isArray(raw) || raw.length === 0) {
    return {
      ok: false,
      message: `${file}: expected a non-empty JSON list of { "aid": number, "sanctions": integer }`,
    };
  }
  if (!nestsAtMost(raw, MAX_SCHEDULE_DEPTH)) {
    return {
      ok: false,
      message: `${file}: nested too deeply; expected a list of { "aid": number, "sanctions": integer }`,
    };
  }
  const policies: Policy[] = [];
  for (const [i, entry] of raw.entries()) {
    const read = readEntry(entry, `${file}: [${i}]`, params);
    if (typeof read === 'string') return { ok: false, message: read };
    policies.push(read);
  }
  return { ok: true, policies };
}

/** The policy of quarter `index`: its entry, or the last one once the schedule has ended. */
export function policyAt(policies: readonly Policy[], index: number): Policy {
  const policy = policies[Math.min(index, policies.length - 1)];
  if (policy === undefined) throw new Error('empty policy schedule');
  return policy;
}
