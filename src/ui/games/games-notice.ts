/**
 * The notice of what just happened to the Games list (a shared game opened beside the player's
 * own, a deletion with Undo, a game that cannot be saved): a live status for news, an alert for
 * a warning, never colour alone (an icon and the words say which).
 */
import { button, el } from '../dom';
import { icon } from '../icons';
import type { GamesCallbacks, GamesNoticeView, GamesWordsView } from './games-model';

/** Builds the notice with its Undo (when offered) and Dismiss. */
export function createGamesNotice(
  notice: GamesNoticeView,
  words: Pick<GamesWordsView, 'undo' | 'dismiss'>,
  cb: Pick<GamesCallbacks, 'onUndoDelete' | 'onDismissGamesNotice'>,
): HTMLElement {
  return el(
    'section',
    {
      className: `banner banner--compact games-notice ${notice.warning ? 'banner--danger' : 'banner--info'}`,
      attrs: { role: notice.warning ? 'alert' : 'status' },
    },
    [
      el('p', { className: 'row games-notice__text' }, [
        icon(notice.warning ? 'warning' : 'check'),
        notice.text,
      ]),
      el('div', { className: 'row' }, [
        notice.undo ? button(words.undo, cb.onUndoDelete, 'default', 'btn--small') : null,
        button(words.dismiss, cb.onDismissGamesNotice, 'ghost', 'btn--small'),
      ]),
    ],
  );
}

/**
 * A live region for the list's notice over a screen other than the title (the campaign after a
 * shared game was opened): it stays in the page; only its content comes and goes.
 */
export function createGamesNoticeSlot(cb: Pick<GamesCallbacks, 'onUndoDelete' | 'onDismissGamesNotice'>): {
  root: HTMLElement;
  update(notice: GamesNoticeView | null, words: Pick<GamesWordsView, 'undo' | 'dismiss'>): void;
} {
  const root = el('div', { className: 'games-notice-live' });
  let shown: string | null = null;
  return {
    root,
    update(notice, words) {
      const key = notice ? `${String(notice.warning)}|${notice.text}` : null;
      if (key === shown) return;
      shown = key;
      root.replaceChildren(...(notice ? [createGamesNotice(notice, words, cb)] : []));
    },
  };
}
