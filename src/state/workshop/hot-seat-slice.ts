/**
 * The Kremlin played by a person (hot seat). With it on, End quarter does not step the game: the
 * West's levers are locked and a hand-over screen asks to pass the device ('handover'); the Kremlin
 * player then chooses from the options the rules use, only those available now ('kremlin'), and
 * confirming plays the quarter with both sides' decisions. The West sees the Kremlin's choices only
 * in the quarter report; everything else still follows the rules.
 */
import { isOptionAvailable } from '../../engine';
import type { GameStore } from '../store/contract';
import { logEntry } from './facilitator-slice';
import { quarterEndFields } from '../campaign/game-fields';
import { isKremlinOption } from '../record/record-checks';
import { DEFAULT_WORKSHOP } from '../saves/save-workshop';
import type { SliceCreator } from '../store/store-deps';

/** The hot seat's fields and actions. */
export type HotSeatSlice = Pick<
  GameStore,
  | 'hotSeat'
  | 'setHotSeat'
  | 'startKremlinTurn'
  | 'cancelHandover'
  | 'toggleKremlinChoice'
  | 'confirmKremlinTurn'
>;

/** Creates the hot-seat slice (off until the title screen or the facilitator turns it on). */
export function createHotSeatSlice(): SliceCreator<HotSeatSlice> {
  return (set, get) => ({
    hotSeat: DEFAULT_WORKSHOP.hotSeat,

    setHotSeat: (enabled) => {
      const s = get();
      if (typeof enabled !== 'boolean' || s.hotSeat.enabled === enabled) return;
      set((d) => {
        d.hotSeat = { enabled, phase: 'west', kremlinChoices: [] };
        if (s.facilitator.enabled) {
          const text = enabled
            ? 'Hot seat on: a person plays the Kremlin'
            : 'Hot seat off: the rules play the Kremlin';
          logEntry(d, { quarterIndex: s.game?.quarterIndex ?? 0, kind: 'hot-seat', text });
        }
      });
    },
    startKremlinTurn: () => {
      const s = get();
      if (!s.hotSeat.enabled || s.hotSeat.phase !== 'handover' || s.facilitator.paused) return;
      set((d) => {
        d.hotSeat.phase = 'kremlin';
      });
    },
    cancelHandover: () => {
      if (get().hotSeat.phase !== 'handover') return;
      set((d) => {
        d.hotSeat.phase = 'west';
      });
    },
    toggleKremlinChoice: (option) => {
      const s = get();
      const game = s.game;
      if (!isKremlinOption(option) || s.hotSeat.phase !== 'kremlin' || !game || game.outcome) return;
      const chosen = s.hotSeat.kremlinChoices.includes(option);
      if (!chosen && !isOptionAvailable(option, game, game.quarterIndex, s.scenario.params)) return;
      set((d) => {
        d.hotSeat.kremlinChoices = chosen
          ? d.hotSeat.kremlinChoices.filter((o) => o !== option)
          : [...d.hotSeat.kremlinChoices, option];
      });
    },
    confirmKremlinTurn: () => {
      const s = get();
      if (s.hotSeat.phase !== 'kremlin' || s.facilitator.paused) return;
      const fields = quarterEndFields(s, s.hotSeat.kremlinChoices);
      if (fields)
        set((d) => {
          Object.assign(d, fields);
        });
    },
  });
}
