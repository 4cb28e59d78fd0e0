/**
 * Assumptions, kept apart from policy: what the report's sources disagree on (tank production, loss
 * counts, real inflation …), chosen one by one or as a preset that serves as difficulty. They set
 * the parameters of the NEXT game (scenario = applyAssumptions(shipped scenario, assumptions)); once
 * a game is loaded they are fixed, so the actions do nothing until the player leaves it.
 */
import { castDraft } from 'immer';
import { ASSUMPTIONS, applyAssumptions, getAssumptionPreset } from '../../scenario/runtime';
import type { GameStore } from '../store/contract';
import type { SliceCreator, StoreContext } from '../store/store-deps';

/** The assumptions' fields and actions. */
export type AssumptionsSlice = Pick<
  GameStore,
  'assumptions' | 'assumptionPreset' | 'modifiedBaselinePath' | 'setAssumption' | 'applyAssumptionPreset'
>;

/** True when the option is one of the assumption's. */
function isKnownChoice(assumptionId: string, optionId: string): boolean {
  const assumption = ASSUMPTIONS.find((a) => a.id === assumptionId);
  return assumption?.options.some((o) => o.id === optionId) ?? false;
}

/** The assumptions' per-game field when no game is loaded: no status quo under modified assumptions. */
export function noModifiedBaseline(): Pick<GameStore, 'modifiedBaselinePath'> {
  return { modifiedBaselinePath: [] };
}

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
      assumptions: {},
      assumptionPreset: null,
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
