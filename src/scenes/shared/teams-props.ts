/**
 * The team comparison as the dialog shows it: the store's comparison with each team named (its
 * label, or 'Team n'), a bad code's problem and the posture reached in words. The composition root
 * hands this to the dialog in place of the bare selector. Pure.
 */
import type { GameStore, TeamComparison, TeamView } from '../../state';
import { selectTeamComparison } from '../../state';
import { describeMessage, screenText } from '../../text';
import type { TeamComparisonView, TeamRowView } from '../../ui/teams/teams-model';

/** A team's name on the dashboard: the label it was given, or 'Team n'. */
export function teamLabel(team: { readonly label: string | null; readonly number: number }): string {
  return team.label ?? screenText('teams.defaultLabel', { number: team.number });
}

function teamRow(t: TeamView): TeamRowView {
  const reached = t.outcome?.postureReached;
  return {
    ...t,
    label: teamLabel(t),
    error: t.error ? describeMessage(t.error) : null,
    outcome:
      t.outcome && reached
        ? {
            ...t.outcome,
            postureReached: {
              ...reached,
              name: reached.name ?? screenText('common.level', { level: reached.level }),
            },
          }
        : null,
  };
}

let shown: { readonly comparison: TeamComparison; readonly view: TeamComparisonView } | null = null;

/** The dashboard of the imported teams; the same comparison gives the same view object. */
export function teamComparisonProps(s: GameStore): TeamComparisonView {
  const comparison = selectTeamComparison(s);
  if (shown?.comparison !== comparison) {
    shown = { comparison, view: { ...comparison, teams: comparison.teams.map(teamRow) } };
  }
  return shown.view;
}
