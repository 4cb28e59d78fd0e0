/**
 * The save file put together from the slices' parts: each saved slice declares the fields it
 * reads and what it writes (SavePart, beside its fields); the save file's type, its encoder and
 * the autosave's field list all come from the one list of parts below. Teams, settings and share
 * errors are not part of a game's save.
 */
import { ASSUMPTIONS_SAVE_PART } from '../campaign/assumptions-slice';
import { CAMPAIGN_SAVE_PART } from '../campaign/campaign-slice';
import { NEGOTIATION_SAVE_PART } from '../campaign/negotiation-slice';
import { SESSION_SAVE_PART } from '../campaign/session-slice';
import { SAVE_FORMAT, SAVE_VERSION, type SaveHeader } from '../saves/save-format';
import { FACILITATOR_SAVE_PART } from '../workshop/facilitator-slice';
import { HOT_SEAT_SAVE_PART } from '../workshop/hot-seat-slice';
import { TUTORIAL_SAVE_PART } from '../workshop/tutorial-slice';
import type { StoreData } from './contract';

/** Every saved slice's part, in the order the save file lists them. */
export const SAVE_PARTS = [
  SESSION_SAVE_PART,
  ASSUMPTIONS_SAVE_PART,
  CAMPAIGN_SAVE_PART,
  FACILITATOR_SAVE_PART,
  NEGOTIATION_SAVE_PART,
  HOT_SEAT_SAVE_PART,
  TUTORIAL_SAVE_PART,
] as const;

type AllOf<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;
type PartSaved<P> = P extends { readonly encode: (...args: never[]) => infer S } ? S : never;

/**
 * A save as written: the replay record (scenario, assumptions, seed, turns, the current quarter's
 * injects and overrides) plus the plain state it produced, and the workshop's settings for this
 * game: the head, and what every part writes.
 */
export type SaveFile = SaveHeader & AllOf<PartSaved<(typeof SAVE_PARTS)[number]>>;

/** Fields whose change triggers an autosave: every field a save part reads. */
export const AUTOSAVE_FIELDS: readonly (keyof StoreData)[] = [
  ...new Set(SAVE_PARTS.flatMap((part) => part.fields)),
];

/** The save of the current store data, or null when no game is loaded. */
export function encodeSave(s: StoreData): SaveFile | null {
  const game = s.game;
  if (!game) return null;
  const head: SaveHeader = { format: SAVE_FORMAT, version: SAVE_VERSION };
  // Each part's encoder is typed on its own fields; together they write exactly SaveFile.
  return Object.assign(head, ...SAVE_PARTS.map((part) => part.encode(s, game))) as SaveFile;
}
