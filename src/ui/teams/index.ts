/**
 * Compare teams: the entry point other screens call. The dialog's code loads on first use. The UI
 * layer does not import the store, so the composition root hands over the store's comparison
 * selector once with provideTeamComparison.
 */
import type { SelectTeamComparison, TeamComparisonView, TeamsState, TeamsStoreLike } from './teams-model';

export type { TeamComparisonView, TeamsStoreLike } from './teams-model';

let selectComparison: SelectTeamComparison | null = null;

/** Gives the dialog the store's selectTeamComparison (called once by main.ts). */
export function provideTeamComparison<S>(select: (state: S) => TeamComparisonView): void {
  selectComparison = select;
}

/** Opens "Compare teams" over the page's UI layer (#ui); `live` for a workshop room's teams, which follow the room. */
export function openTeamsDialog(store: TeamsStoreLike, live = false): void {
  const select = selectComparison;
  if (!select) throw new Error('Compare teams: main.ts must call provideTeamComparison first.');
  const read = (): TeamComparisonView => (select as (s: TeamsState) => TeamComparisonView)(store.getState());
  const parent = document.getElementById('ui') ?? document.body;
  void import('./teams-dialog').then((m) => m.showTeamsDialog(store, read, parent, live));
}
