/**
 * Assumptions, kept apart from policy: what the report's sources disagree on (tank production, loss
 * counts, real inflation …), chosen one by one or as a preset that serves as difficulty. They set
 * the parameters of the NEXT game (scenario = applyAssumptions(shipped scenario, assumptions)); once
 * a game is loaded they are fixed, so the actions do nothing until the player leaves it.
 */
import { castDraft } from 'immer';
import { ASSUMPTIONS, applyAssumptions, getAssumptionPreset } from '../../scenario/runtime';
import type { TurnReport } from '../../engine';
import { savePart } from '../store/save-part';
import type { SliceCreator, StoreContext } from '../store/store-deps';

/** The assumptions' fields. */
export interface AssumptionsData {
  /** Assumption id → option id (scenarios/assumptions.json); empty = the scenario's own values. */
  readonly assumptions: Readonly<Record<string, string>>;
  /** The preset the assumptions came from, or null when edited by hand. */
  readonly assumptionPreset: string | null;
  /** The status-quo path under the chosen assumptions, beside baselinePath (the report's). */
  readonly modifiedBaselinePath: readonly TurnReport[];
}

/** What the assumptions let screens ask. */
export interface AssumptionsActions {
  readonly setAssumption: (assumptionId: string, optionId: string) => void;
  readonly applyAssumptionPreset: (presetId: string) => void;
}

/** The assumptions' fields and actions. */
export type AssumptionsSlice = AssumptionsData & AssumptionsActions;

/** What a save holds of the assumptions: the game's parameters are the scenario's with these applied. */
export interface AssumptionsSaved {
  /** Assumption id → option id. */
  readonly assumptions: Readonly<Record<string, string>>;
  readonly assumptionPreset: string | null;
}

/** The assumptions' part of a save. */
export const ASSUMPTIONS_SAVE_PART = savePart(['assumptions', 'assumptionPreset'], (s): AssumptionsSaved => ({
  assumptions: s.assumptions,
  assumptionPreset: s.assumptionPreset,
}));

/** True when the option is one of the assumption's. */
function isKnownChoice(assumptionId: string, optionId: string): boolean {
  const assumption = ASSUMPTIONS.find((a) => a.id === assumptionId);
  return assumption?.options.some((o) => o.id === optionId) ?? false;
}

/** The assumptions' per-game field when no game is loaded: no status quo under modified assumptions. */
export function noModifiedBaseline(): Pick<AssumptionsData, 'modifiedBaselinePath'> {
  return { modifiedBaselinePath: [] };
}

/** The assumptions of a first game: the scenario's own values, no preset. */
export const ASSUMPTIONS_INITIAL: AssumptionsSaved = { assumptions: {}, assumptionPreset: null };

/** Creates the assumptions slice: the scenario's own values until the player chooses. */
export function createAssumptionsSlice(ctx: StoreContext): SliceCreator<AssumptionsSlice> {
  return (set, get) => {
    /** Takes a set of choices for the next game: the chosen scenario's parameters follow. */
    const choose = (assumptions: Readonly<Record<string, string>>, preset: string | null): void => {
      const s = get();
      const shipped = ctx.findScenario(s.scenarioId);
      if (s.game !== null || !shipped) return;
      const scenario = applyAssumptions(shipped, assumptions);
      set((d) => {
        d.assumptions = assumptions;
        d.assumptionPreset = preset;
        d.scenario = castDraft(scenario);
      });
    };

    return {
      ...ASSUMPTIONS_INITIAL,
      ...noModifiedBaseline(),

      setAssumption: (assumptionId, optionId) => {
        if (!isKnownChoice(assumptionId, optionId)) return;
        const s = get();
        if (s.assumptions[assumptionId] === optionId) return;
        choose({ ...s.assumptions, [assumptionId]: optionId }, null);
      },
      applyAssumptionPreset: (presetId) => {
        const preset = getAssumptionPreset(presetId);
        if (preset) choose(preset.choices, preset.id);
      },
    };
  };
}
