/**
 * Copying a code or a link: the clipboard when the browser allows it, else the text is selected in
 * its field so that Ctrl+C (or ⌘C) copies it. Says which happened, for a status line.
 */
import { interpolate, uiWords } from '../../text';

/** What a copy attempt did. */
export type CopyResult = 'copied' | 'selected';

/** Copies `field`'s value; falls back to selecting it. */
export async function copyFieldText(field: HTMLInputElement | HTMLTextAreaElement): Promise<CopyResult> {
  const select = (): CopyResult => {
    field.focus();
    field.select();
    return 'selected';
  };
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard?.writeText) return select();
  try {
    await clipboard.writeText(field.value);
    return 'copied';
  } catch {
    return select();
  }
}

/** The status line after a copy attempt. */
export function copyMessage(what: string, result: CopyResult): string {
  return result === 'copied'
    ? interpolate(uiWords().share.copied, { what })
    : interpolate(uiWords().share.selected, { what });
}
