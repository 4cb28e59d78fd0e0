/**
 * The words of the workshop room (src/text/room-en.json): the team's room bar, the host's page,
 * the facilitator's room console, the room's projector view and joining. Pure; the app's room
 * props give the values.
 */
import room from './room-en.json';
import { textsInActiveLanguage } from './language';

/** The room's catalogue; another language is another file with the same keys. */
export type RoomText = typeof room;

/** The English catalogue of the room. */
export const ROOM_EN: RoomText = room;

/** The active catalogue of the room (English until a locale switch chooses another file). */
export function roomWords(): RoomText {
  return textsInActiveLanguage('room', ROOM_EN);
}

/** "4:05": a countdown in minutes and seconds (ms; never below zero). */
export function countdownText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
