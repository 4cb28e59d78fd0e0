/**
 * Role briefs for workshops: the United States, Europe, Ukraine, the Kremlin and the facilitator,
 * generated from the scenario's data, each printable on its own page. The entry point other
 * screens call; the dialog's code loads on first use.
 */
import type { RolesScenario } from './role-model';

export type { RoleBrief, RolesScenario } from './role-model';

/** The part of the game's store the briefs read (the store itself satisfies it). */
export interface RolesStoreLike {
  getState(): { readonly scenario: RolesScenario };
}

/** Opens the role briefs of the scenario on screen, over the page's UI layer (#ui). */
export function openRoleBriefs(store: RolesStoreLike): void {
  const scenario = store.getState().scenario;
  const parent = document.getElementById('ui') ?? document.body;
  void import('./role-dialog').then((m) => m.showRoleBriefs(scenario, parent));
}
