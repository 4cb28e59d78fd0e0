/**
 * Reading what a player pastes into "Open a shared game": a bare share code, or a whole link with
 * `?game=CODE` in it (the code is then taken from the link). Pure.
 */

/** The code in a pasted text: the `game` parameter of a link, else the text itself, trimmed; '' when empty. */
export function shareCodeFrom(text: string): string {
  const trimmed = text.trim();
  const match = /[?&]game=([^&#\s]*)/.exec(trimmed);
  if (!match) return trimmed;
  try {
    return decodeURIComponent(match[1] ?? '');
  } catch {
    // A malformed escape is left as it is: the store then says what is wrong with the code.
    return match[1] ?? '';
  }
}
