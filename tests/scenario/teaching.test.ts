/**
 * The teaching material of a scenario: every bundled scenario carries a briefing, learning goals,
 * discussion prompts and five role briefs of the lengths the facilitator guide promises, citing
 * only keys of the bibliography; an extending file inherits its base's and may replace each.
 */
import { describe, expect, it } from 'vitest';
import {
  bundledSources,
  getBundledScenario,
  listBundledScenarios,
  ROLE_IDS,
  type LoadedScenario,
} from '../../src/scenario';
import { baselineDocument, errorLines, extending, parse } from './helpers';

/** Lengths outside [min, max], named, for a readable failure. */
function outside(name: string, list: readonly unknown[], min: number, max: number): string[] {
  return list.length < min || list.length > max ? [`${name}: ${list.length} (expected ${min}–${max})`] : [];
}

/** Every length rule of the teaching material that a scenario breaks. */
function lengthProblems(s: LoadedScenario): string[] {
  const found = [
    ...outside('briefing', s.briefing, 3, 5),
    ...outside('learningGoals', s.learningGoals, 3, 5),
    ...outside('discussionPrompts', s.discussionPrompts, 4, 6),
  ];
  if (s.roles === null) return [...found, 'roles: missing'];
  for (const id of ROLE_IDS) {
    const role = s.roles[id];
    found.push(...outside(`roles.${id}.brief`, role.brief, 2, 4));
    for (const key of ['objectives', 'levers', 'redLines'] as const)
      found.push(...outside(`roles.${id}.${key}`, role[key], 1, 6));
  }
  return found;
}

/** Every text of the teaching material, and the injects' descriptions. */
function texts(s: LoadedScenario): string[] {
  const roles = s.roles ? Object.values(s.roles) : [];
  return [
    ...s.briefing,
    ...s.learningGoals,
    ...s.discussionPrompts,
    ...roles.flatMap((r) => [r.title, ...r.brief, ...r.objectives, ...r.levers, ...r.redLines]),
    ...s.params.injects.map((i) => i.description),
  ];
}

/** Citations written in the text: "[38]" footnotes and "E19" external figures. */
function citations(text: string): string[] {
  const footnotes = [...text.matchAll(/\[(\d+)\]/g)].map((m) => `[${m[1]}]`);
  const external = [...text.matchAll(/\b(E\d+)\b/g)].map((m) => m[1] ?? '');
  return [...footnotes, ...external];
}

describe('teaching material of the bundled scenarios', () => {
  it.each(listBundledScenarios().map((s) => [s.id, s] as const))(
    '%s has a briefing, goals, prompts and five role briefs of the promised lengths',
    (_id, scenario) => {
      expect(lengthProblems(scenario)).toEqual([]);
    },
  );

  it.each(listBundledScenarios().map((s) => [s.id, s] as const))(
    '%s cites only keys of the bibliography in its texts',
    (_id, scenario) => {
      const sources = bundledSources();
      const unknown = texts(scenario)
        .flatMap(citations)
        .filter((key) => !Object.hasOwn(sources, key));
      expect(unknown).toEqual([]);
    },
  );

  it('gives each scenario its own briefing and Kremlin brief', () => {
    const scenarios = listBundledScenarios();
    expect(new Set(scenarios.map((s) => s.briefing[0])).size).toBe(scenarios.length);
    expect(new Set(scenarios.map((s) => s.roles?.kremlin.brief.join(' '))).size).toBe(scenarios.length);
  });

  it("explains the Kremlin's options and Putin's reluctance to mobilise in the baseline [69]", () => {
    const kremlin = getBundledScenario('baseline-2025').roles?.kremlin.brief.join(' ') ?? '';
    expect(kremlin).toMatch(/mobilisation[^.]*\[69\]/);
    expect(kremlin).toMatch(/North Korea/);
    expect(kremlin).toMatch(/war footing/);
  });
});

describe('teaching material in scenario files', () => {
  const roles = getBundledScenario('baseline-2025').roles;

  it('is optional: a file without it loads with empty lists and no roles', () => {
    const doc = baselineDocument();
    for (const key of ['briefing', 'learningGoals', 'discussionPrompts', 'roles']) delete doc[key];
    const result = parse(doc);
    expect(
      result.ok && [result.scenario.briefing, result.scenario.discussionPrompts, result.scenario.roles],
    ).toEqual([[], [], null]);
  });

  it('is inherited by an extending file, and replaced field by field at its top level', () => {
    const inherited = parse(extending('baseline-2025', {}));
    expect(inherited.ok && inherited.scenario.roles).toEqual(roles);
    const replaced = parse({ ...extending('baseline-2025', {}), briefing: ['One.', 'Two.', 'Three.'] });
    expect(replaced.ok && replaced.scenario.briefing).toEqual(['One.', 'Two.', 'Three.']);
    expect(replaced.ok && replaced.scenario.learningGoals).toEqual(
      getBundledScenario('baseline-2025').learningGoals,
    );
  });

  it('names a missing role and a misspelt field of a role', () => {
    const broken: Record<string, unknown> = { ...roles, us: { ...roles?.us, redLine: ['x'] } };
    delete broken['kremlin'];
    expect(errorLines(parse({ ...extending('baseline-2025', {}), roles: broken }, 'v.json'))).toEqual([
      'v.json: roles.us.redLine: unknown field "redLine" (a typo?)',
      'v.json: roles.kremlin: missing (expected an object)',
    ]);
  });
});
