/**
 * The Kremlin played by a person (hot seat). With it on, End quarter does not step the game: the
 * West's levers are locked and a hand-over screen asks to pass the device ('handover'); the Kremlin
 * player then chooses from the options the rules use, only those available now ('kremlin'), and
 * confirming plays the quarter with both sides' decisions. The West sees the Kremlin's choices only
 * in the quarter report; everything else still follows the rules.
 */
import { castDraft } from 'immer';
import { isOptionAvailable, type KremlinOption } from '../../engine';
import { savePart } from '../store/save-part';
import type { HotSeatState } from '../store/workshop-contract';
import { logEntry } from './facilitator-slice';
import { message } from '../store/message-codes';
import { quarterEndFields } from '../campaign/game-fields';
import { isKremlinOption } from '../record/record-checks';
import type { SliceCreator } from '../store/store-deps';

/** The hot seat's field. */
export interface HotSeatData {
  readonly hotSeat: HotSeatState;
}

/** What the hot seat lets screens ask. */
export interface HotSeatActions {
  readonly setHotSeat: (enabled: boolean) => void;
  /** The Kremlin player has the device: show the options. */
  readonly startKremlinTurn: () => void;
  /** Back from the hand-over to the West's levers, unlocked; nothing is played. */
  readonly cancelHandover: () => void;
  readonly toggleKremlinChoice: (option: KremlinOption) => void;
  /** Ends the quarter with the West's pending policy and the Kremlin player's choices. */
  readonly confirmKremlinTurn: () => void;
}

/** The hot seat's fields and actions. */
export type HotSeatSlice = HotSeatData & HotSeatActions;

/** What a save holds of the hot seat: whether it is on, and where the quarter's hand-over stands. */
export interface HotSeatSaved {
  readonly hotSeat: HotSeatState;
}

/** The hot seat's part of a save. */
export const HOT_SEAT_SAVE_PART = savePart(['hotSeat'], (s): HotSeatSaved => ({ hotSeat: s.hotSeat }));

/** The hot seat of a first game: off, with the West. */
export const HOT_SEAT_INITIAL: HotSeatState = { enabled: false, phase: 'west', kremlinChoices: [] };

/** The hot seat with the device back with the West and no Kremlin choice made (on or off kept): after each quarter and for another game. */
export function hotSeatWithWest(h: HotSeatState): HotSeatState {
  return { ...h, phase: 'west', kremlinChoices: [] };
}

/** Creates the hot-seat slice (off until the title screen or the facilitator turns it on). */
export function createHotSeatSlice(): SliceCreator<HotSeatSlice> {
  return (set, get) => ({
    hotSeat: HOT_SEAT_INITIAL,

    setHotSeat: (enabled) => {
      const s = get();
      if (typeof enabled !== 'boolean' || s.hotSeat.enabled === enabled) return;
      set((d) => {
        d.hotSeat = castDraft({ ...HOT_SEAT_INITIAL, enabled });
        if (s.facilitator.enabled) {
          const said = message(enabled ? 'log.hotSeatOn' : 'log.hotSeatOff');
          logEntry(d, { quarterIndex: s.game?.quarterIndex ?? 0, kind: 'hot-seat', ...said });
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
