/**
 * Source chips: the report's footnote key ("[39]") or an external key ("E29") as a small button that
 * reveals the citation on hover and focus. The citation text is data from scenarios/sources.json.
 */
import { el } from './dom';
import { attachTip } from './tooltip';
import { interpolate, uiWords } from '../text';

/** The bibliography fields a chip shows. */
export interface SourceInfo {
  readonly title: string;
  readonly citation: string;
}

/** Looks a source key up; undefined for an unknown key. */
export type SourceLookup = (key: string) => SourceInfo | undefined;

/** A chip for one source key. */
export function sourceChip(key: string, lookup: SourceLookup): HTMLButtonElement {
  const info = lookup(key);
  const chip = el('button', {
    className: 'chip',
    text: key,
    attrs: {
      type: 'button',
      'aria-label': info
        ? interpolate(uiWords().common.sourceChipLabel, { key, title: info.title })
        : interpolate(uiWords().common.sourceChipUnknown, { key }),
    },
  });
  attachTip(chip, () => ({
    title: info?.title ?? interpolate(uiWords().common.sourceChipUnknown, { key }),
    lines: info ? [info.citation] : [uiWords().common.notInBibliography],
  }));
  return chip;
}

/** Chips for several keys, in a span, or null when there are none. */
export function sourceChips(keys: readonly string[], lookup: SourceLookup): HTMLSpanElement | null {
  if (keys.length === 0) return null;
  return el(
    'span',
    { className: 'chips' },
    keys.map((k) => sourceChip(k, lookup)),
  );
}
