/**
 * The assumptions panel's data: every disputed figure with its options, which one is chosen
 * (the scenario's central option when none is), its range and sources. Screens may not read the
 * scenario layer, so the list comes through the store.
 */
import { assumptionsInLanguage } from '../../scenario/runtime';
import type { GameStore } from '../store/contract';

/** One option of a disputed figure, as the panel lists it. */
export interface AssumptionOptionItem {
  readonly id: string;
  readonly label: string;
  readonly sources: readonly string[];
  readonly selected: boolean;
}

/** One disputed figure: the question, the sources' range [low, high] in `unit`, and its options. */
export interface AssumptionItem {
  readonly id: string;
  readonly name: string;
  readonly question: string;
  readonly unit: string;
  readonly range: readonly [number, number];
  readonly sources: readonly string[];
  readonly options: readonly AssumptionOptionItem[];
}

/** Every assumption with the option in force marked (the central one when nothing is chosen). */
export function selectAssumptionList(s: GameStore): AssumptionItem[] {
  return assumptionsInLanguage().map((a) => {
    const chosen = s.assumptions[a.id] ?? a.centralOption;
    return {
      id: a.id,
      name: a.name,
      question: a.question,
      unit: a.unit,
      range: a.range,
      sources: a.sources,
      options: a.options.map((o) => ({
        id: o.id,
        label: o.label,
        sources: o.sources,
        selected: o.id === chosen,
      })),
    };
  });
}
