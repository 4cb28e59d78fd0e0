/**
 * Store → title screen props: the scenario choice, the settings, the assumptions panel, the play
 * modes and a shared game's error. Pure functions of the store; the words come from the text layer.
 */
import type { GameStore } from '../state/contract';
import type { AssumptionsProps } from '../ui/title/assumptions-panel';
import type { PlayModesProps } from '../ui/title/play-modes';

/** The assumptions panel: the presets as difficulty and each disputed figure with its options. */
export function assumptionsProps(s: GameStore): AssumptionsProps {
  return { presets: [], assumptions: [], locked: s.game !== null };
}

/** The play modes as the toggles show them. */
export function playModesProps(s: GameStore): PlayModesProps {
  return { tutorial: s.tutorial.enabled, facilitator: s.facilitator.enabled, hotSeat: s.hotSeat.enabled };
}
