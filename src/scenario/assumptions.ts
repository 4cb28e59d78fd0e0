/**
 * Assumptions, kept apart from policy: what the report's sources disagree on, as options that
 * override a scenario's parameters (scenarios/assumptions.json), and three presets that serve as
 * difficulty. Choosing assumptions changes the world the players face, never their levers, so a
 * modified baseline can be drawn beside the report's and the two effects stay distinguishable.
 *
 * Unknown ids are ignored, never thrown: choices arrive from share codes and saved games, which may
 * be old or tampered with. assumptionChoiceProblems says, in plain words, what was ignored.
 */
import file from '../../scenarios/assumptions.json';
import { activeLanguage, screenText, type Language } from '../text';
import { activeProse, withProse } from './translations';
import { paramPathProblem, withParamPath, type ParamValue } from './param-path';
import type { LoadedScenario, Provenance } from './types';

/** One answer to a disputed question, with the parameters it sets. */
export interface AssumptionOption {
  readonly id: string;
  readonly label: string;
  readonly sources: readonly string[];
  /** Dotted ScenarioParams path → the number or table points it takes. */
  readonly overrides: Readonly<Record<string, ParamValue>>;
}

/** A question the sources answer differently, e.g. how many tanks Russia builds. */
export interface Assumption {
  readonly id: string;
  readonly name: string;
  readonly question: string;
  readonly description: string;
  readonly unit: string;
  /** [low, high] across the sources, in `unit`. */
  readonly range: readonly [number, number];
  readonly sources: readonly string[];
  /** Id of the option that is the report's central value. */
  readonly centralOption: string;
  readonly options: readonly AssumptionOption[];
}

/** A named set of choices: "Russia more resilient", "The report's central view", "Russia more fragile". */
export interface AssumptionPreset {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Assumption id → option id; empty = the scenario's own values. */
  readonly choices: Readonly<Record<string, string>>;
}

/** Assumption id → option id, as the store and share codes hold them. */
export type AssumptionChoices = Readonly<Record<string, string>>;

// Validated by the test suite (tests/scenario/assumptions.test.ts); read here without the schema library.
const parsed = { file: file as unknown as { assumptions: Assumption[]; presets: AssumptionPreset[] } };

/** Every assumption, in the order the panel shows them. */
export const ASSUMPTIONS: readonly Assumption[] = parsed.file.assumptions;

/** The presets, from the hardest for the West to the easiest. */
export const ASSUMPTION_PRESETS: readonly AssumptionPreset[] = parsed.file.presets;

const translated = new Map<Language, readonly Assumption[]>([['en', ASSUMPTIONS]]);

/** Every assumption with its words (question, names, labels, units) in the active language; figures as ASSUMPTIONS. */
export function assumptionsInLanguage(): readonly Assumption[] {
  const language = activeLanguage();
  let list = translated.get(language);
  if (!list) {
    const prose = activeProse();
    list = prose ? withProse(parsed.file, prose.assumptions).assumptions : ASSUMPTIONS;
    translated.set(language, list);
  }
  return list;
}

/** The chosen option of each known assumption, in the panel's order; unknown ids are skipped. */
function chosen(
  choices: AssumptionChoices,
  list: readonly Assumption[] = ASSUMPTIONS,
): { assumption: Assumption; option: AssumptionOption }[] {
  return list.flatMap((assumption) => {
    const optionId = Object.hasOwn(choices, assumption.id) ? choices[assumption.id] : undefined;
    const option = assumption.options.find((o) => o.id === optionId);
    return option ? [{ assumption, option }] : [];
  });
}

/** [low, high] of the numbers the options give one path; undefined for tables. */
function rangeOf(assumption: Assumption, path: string): readonly [number, number] | undefined {
  const values = assumption.options
    .map((o) => o.overrides[path])
    .filter((v): v is number => typeof v === 'number');
  return values.length > 0 ? [Math.min(...values), Math.max(...values)] : undefined;
}

/**
 * The scenario with the chosen options' overrides applied: new parameters, and provenance that
 * cites the option's sources. Pure. Unknown assumption or option ids, and overrides that do not fit
 * the scenario's parameters, are ignored (see assumptionChoiceProblems); no choices returns the
 * scenario itself.
 */
export function applyAssumptions(scenario: LoadedScenario, choices: AssumptionChoices): LoadedScenario {
  let params = scenario.params;
  const provenance: Record<string, Provenance> = { ...scenario.provenance };
  let changed = false;
  // The words in the active language; the figures are the same in every language.
  for (const { assumption, option } of chosen(choices, assumptionsInLanguage())) {
    for (const [path, value] of Object.entries(option.overrides)) {
      if (paramPathProblem(params, path, value) !== null) continue;
      params = withParamPath(params, path, value);
      changed = true;
      const range = rangeOf(assumption, path);
      provenance[path] = {
        unit: scenario.provenance[path]?.unit ?? assumption.unit,
        sources: option.sources,
        choice: screenText('sources.assumptionChoice', { name: assumption.name, label: option.label }),
        assumption: { name: assumption.name, label: option.label },
        ...(range ? { range } : {}),
      };
    }
  }
  return changed ? { ...scenario, params, provenance } : scenario;
}

/** Plain-words messages for every choice applyAssumptions ignores; [] when all are known. */
export function assumptionChoiceProblems(choices: AssumptionChoices): string[] {
  return Object.entries(choices).flatMap(([assumptionId, optionId]) => {
    const assumption = ASSUMPTIONS.find((a) => a.id === assumptionId);
    if (!assumption)
      return [
        `Unknown assumption "${assumptionId}" (ignored). Known: ${ASSUMPTIONS.map((a) => a.id).join(', ')}.`,
      ];
    if (assumption.options.some((o) => o.id === optionId)) return [];
    const known = assumption.options.map((o) => o.id).join(', ');
    return [`Unknown option "${optionId}" for "${assumptionId}" (ignored). Options: ${known}.`];
  });
}

/** One chosen assumption, for the after-action review and the printable memo. */
export interface AssumptionChoiceSummary {
  readonly assumptionId: string;
  readonly name: string;
  readonly optionId: string;
  readonly label: string;
  readonly sources: readonly string[];
  /** "New tank production: IISS: 60–90 a year (15 a quarter)". */
  readonly text: string;
}

/** What each known choice means in the active language, in the panel's order; [] = the scenario's own values. */
export function describeAssumptionChoices(choices: AssumptionChoices): AssumptionChoiceSummary[] {
  return chosen(choices, assumptionsInLanguage()).map(({ assumption, option }) => ({
    assumptionId: assumption.id,
    name: assumption.name,
    optionId: option.id,
    label: option.label,
    sources: option.sources,
    text: `${assumption.name}: ${option.label}`,
  }));
}

/** A preset by id, or undefined. */
export function getAssumptionPreset(id: string): AssumptionPreset | undefined {
  return ASSUMPTION_PRESETS.find((p) => p.id === id);
}
