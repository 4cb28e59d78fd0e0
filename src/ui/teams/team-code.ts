/** Reading share codes the facilitator pastes or loads from files. Pure. */

/**
 * The share code in a text: the value of `game=` when the text holds a ?game= link, else the text
 * with all white space removed (codes never contain any).
 */
export function codeFromText(text: string): string {
  const link = /[?&#]game=([^&#\s]+)/.exec(text);
  if (link?.[1]) {
    try {
      return decodeURIComponent(link[1]);
    } catch {
      return link[1];
    }
  }
  return text.replace(/\s+/g, '');
}

/** "Team A", "Team B" … "Team Z", then "Team 27" …, for the team after `count` others. */
export function defaultTeamLabel(count: number): string {
  return count < 26 ? `Team ${String.fromCharCode(65 + count)}` : `Team ${count + 1}`;
}

/** A file name without its folder and extension, as a team label ("team-b.txt" → "team-b"). */
export function labelFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[^.]+$/, '').trim();
  return stem === '' ? base : stem;
}
