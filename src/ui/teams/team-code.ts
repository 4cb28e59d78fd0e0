/** Labels of the teams the facilitator adds (the store reads their codes). Pure. */
import { interpolate, uiWords } from '../../text';

/** "Team A", "Team B" … "Team Z", then "Team 27" …, for the team after `count` others. */
export function defaultTeamLabel(count: number): string {
  const id = count < 26 ? String.fromCharCode(65 + count) : String(count + 1);
  return interpolate(uiWords().teams.defaultLabel, { id });
}

/** A file name without its folder and extension, as a team label ("team-b.txt" → "team-b"). */
export function labelFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[^.]+$/, '').trim();
  return stem === '' ? base : stem;
}
