/**
 * A slice's part of the save file: the store fields it reads, whose change triggers an autosave,
 * and how it writes them. Each slice that is saved declares its part beside its fields; the save
 * encoder and the autosave's field list (save-parts.ts) are put together from these parts alone.
 */
import type { GameState } from '../../engine';
import type { GameStore } from './contract';

/** One slice's part of a save: `Saved` is what it adds to the save file. */
export interface SavePart<K extends keyof GameStore, Saved> {
  /** The store fields the part reads; a change to any of them saves the game. */
  readonly fields: readonly K[];
  /** The part of the save file, from those fields and the loaded game. */
  readonly encode: (s: Pick<GameStore, K>, game: GameState) => Saved;
}

/** Declares a slice's save part (an identity, so that the fields and the encoder type-check together). */
export function savePart<K extends keyof GameStore, Saved>(
  fields: readonly K[],
  encode: (s: Pick<GameStore, K>, game: GameState) => Saved,
): SavePart<K, Saved> {
  return { fields, encode };
}
