/**
 * The team's room bar: a strip along the bottom of a team's page in a workshop room saying which
 * room and team this device is, whether the quarter being decided is open (with the countdown),
 * paused or waiting for the facilitator, how many teams have ended it, whether the device is
 * online, and the other teams' levers when the facilitator reveals them. A live region announces
 * a change of state once; the clock's ticks are not announced.
 */
import { el, setText } from '../dom';
import { icon } from '../icons';
import { roomWords } from '../../text';

/** What the bar shows, in words. */
export interface RoomBarProps {
  /** "Room K7M2QX · Blue". */
  readonly title: string;
  readonly connection: 'online' | 'connecting' | 'offline';
  readonly connectionText: string;
  /** Open, waiting, paused or over, in words, without the clock. */
  readonly stateText: string;
  /** The countdown ("3:05 left"), or null. */
  readonly clockText: string | null;
  /** "2 of 4 teams have ended Q2 2025". */
  readonly endedText: string;
  /** The other teams' last levers, while revealed. */
  readonly revealed: readonly string[];
}

/** The bar and its update. */
export interface RoomBar {
  readonly root: HTMLElement;
  update(p: RoomBarProps): void;
}

const CONNECTION_ICONS = { online: 'check', connecting: 'circle', offline: 'warning' } as const;

/** Builds the room bar (it is placed by the caller). */
export function createRoomBar(): RoomBar {
  const title = el('strong', { className: 'room-bar__title' });
  const state = el('span', { className: 'room-bar__state', attrs: { role: 'status' } });
  const clock = el('span', { className: 'room-bar__clock num', attrs: { 'aria-hidden': 'true' } });
  const ended = el('span', { className: 'room-bar__ended' });
  const connection = el('span', { className: 'room-bar__connection' });
  const revealed = el('ul', { className: 'room-bar__revealed' });
  const root = el(
    'aside',
    { className: 'room-bar', attrs: { 'aria-label': roomWords().bar.label, 'data-testid': 'room-bar' } },
    [title, state, clock, ended, revealed, connection],
  );
  let shownConnection = '';
  return {
    root,
    update: (p) => {
      setText(title, p.title);
      setText(state, p.stateText);
      setText(clock, p.clockText ?? '');
      clock.hidden = p.clockText === null;
      setText(ended, p.endedText);
      if (shownConnection !== p.connectionText) {
        shownConnection = p.connectionText;
        connection.replaceChildren(icon(CONNECTION_ICONS[p.connection]), p.connectionText);
        connection.className = `room-bar__connection room-bar__connection--${p.connection}`;
      }
      revealed.hidden = p.revealed.length === 0;
      revealed.replaceChildren(...p.revealed.map((line) => el('li', { text: line })));
    },
  };
}
