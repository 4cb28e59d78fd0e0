/**
 * Opening a game from the page's address: `?game=CODE` hands the code to the store, which rebuilds
 * the game by replay (or says what is wrong with the code). The parameter then leaves the address
 * bar, so that a reload resumes the autosave instead of replaying the link over the game played since.
 */
import { gameParamIn } from '../state';
import type { StoreLike } from '../scenes/shared/scene-context';

/** The query string without its `game` parameter ('' when nothing is left); pure. */
export function searchWithoutGame(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('game');
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}

/** Opens the game of `?game=CODE` in the page's address, if there is one. */
export function openSharedGameFromUrl(store: StoreLike, w: Window = window): void {
  const code = gameParamIn(w.location.search);
  if (code === null) return;
  store.getState().loadShareCode(code);
  const url = `${w.location.pathname}${searchWithoutGame(w.location.search)}${w.location.hash}`;
  w.history.replaceState(w.history.state, '', url);
}
