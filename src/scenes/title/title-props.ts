/**
 * Store → title screen props: the assumptions panel and the play modes. Pure functions of the
 * store; the words come from the text layer. The presets are named by the text layer and applied
 * by the store; what a choice sets is read from the chosen scenario's provenance, where the store
 * records each overridden figure with its sources and their range.
 */
import type { GameStore, UnreadableSave } from '../../state';
import { selectAssumptionList } from '../../state';
import { assumptionPresets, describeMessage, formatNumber, screenText } from '../../text';
import type { AssumptionsProps, ChosenFigureView } from '../../ui/title/assumptions-panel';
import type { PlayModesProps } from '../../ui/title/play-modes';
import type { UnreadableProps } from '../../ui/title/unreadable-banner';

/** The preset the panel marks: the store's, or the central view while nothing is chosen. */
function presetShown(s: GameStore): string | null {
  if (s.assumptionPreset !== null) return s.assumptionPreset;
  return Object.keys(s.assumptions).length === 0 ? 'central' : null;
}

/** The figures the chosen assumptions set, one line per assumption (its first figure's range). */
export function chosenFigures(s: GameStore): ChosenFigureView[] {
  const seen = new Map<string, ChosenFigureView>();
  for (const p of Object.values(s.scenario.provenance)) {
    if (p.assumption === undefined) continue;
    const text = screenText('title.chosenFigure', p.assumption);
    if (seen.has(text)) continue;
    const range = p.range
      ? screenText('title.sourcesRange', {
          from: formatNumber(p.range[0]),
          to: formatNumber(p.range[1]),
          unit: p.unit,
        })
      : '';
    seen.set(text, {
      text,
      rangeText: range,
      sources: p.sources,
    });
  }
  return [...seen.values()];
}

/** The assumptions panel: the presets as difficulty and what the chosen assumptions set. */
export function assumptionsProps(s: GameStore): AssumptionsProps {
  const shown = presetShown(s);
  return {
    presets: assumptionPresets().map((p) => ({ ...p, selected: p.id === shown })),
    chosen: chosenFigures(s),
    assumptions: selectAssumptionList(s).map((a) => ({
      id: a.id,
      name: a.name,
      question: a.question,
      rangeText: screenText('title.range', {
        from: formatNumber(a.range[0]),
        to: formatNumber(a.range[1]),
        unit: a.unit,
      }),
      sources: a.sources,
      options: a.options,
    })),
    locked: s.game !== null,
  };
}

/** The play modes as the toggles show them. */
export function playModesProps(s: GameStore): PlayModesProps {
  return { tutorial: s.tutorial.enabled, facilitator: s.facilitator.enabled, hotSeat: s.hotSeat.enabled };
}

let shownUnreadable: { readonly save: UnreadableSave; readonly props: UnreadableProps } | null = null;

/**
 * The banner of a save that could not be read: why, in words, and its raw text; null when there is
 * none. The same save gives the same props object, so the title view does not rebuild the banner.
 */
export function unreadableProps(s: GameStore): UnreadableProps | null {
  const save = s.unreadableSave;
  if (!save) return null;
  if (shownUnreadable?.save !== save)
    shownUnreadable = { save, props: { reason: describeMessage(save.reason), raw: save.raw } };
  return shownUnreadable.props;
}

/** Why a shared game could not be opened, in words; null when nothing went wrong. */
export function shareErrorText(s: GameStore): string | null {
  return s.shareError ? describeMessage(s.shareError) : null;
}
