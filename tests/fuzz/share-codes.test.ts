/**
 * Fuzz: share codes and `?game=` links, opened as the game opens them (the store's loadShareCode,
 * and the page's address through openSharedGameFromUrl). Every case either opens a game that holds
 * the engine's invariants, as a new entry beside the player's game (whose save is kept byte for
 * byte), or is refused with one sentence and changes nothing but the message, in the store or in
 * storage. Nothing throws.
 */
import { describe, expect, it } from 'vitest';
import { openSharedGameFromUrl } from '../../src/app/share-link';
import { gameParamIn } from '../../src/state/share/share-code';
import type { GameStore } from '../../src/state/store/contract';
import { FUZZ_TEST_TIMEOUT_MS } from './arbitraries';
import { expectMessageSentence, fuzzInput, type Verdict } from './harness';
import {
  expectPlayableGame,
  expectPlayerGameKept,
  expectSlotHoldsGame,
  expectStateUntouched,
  expectStorageUntouched,
  freshPlayer,
  storageCopy,
  type Player,
} from './player';
import { linkAround, searchOf, shareCodeInput } from './share-inputs';

/** Opens an input on the player's table with `open`, checks what became of it, and says which. */
function openedOnce(player: Player, open: (s: GameStore) => void): Verdict {
  const { store, storage } = player;
  const before = store.getState();
  const stored = storageCopy(storage);
  open(before);
  const after = store.getState();
  if (after.shareError !== null) {
    expectMessageSentence(after.shareError);
    expectStateUntouched(before, after, ['shareError']);
    expectStorageUntouched(storage, stored);
    store.getState().dismissShareError();
    return 'refused';
  }
  expect(after.game).not.toBe(before.game);
  expect(['campaign', 'debrief']).toContain(after.screen);
  expectPlayableGame(after.game, after.history);
  expectPlayerGameKept(storage, stored);
  expect(after.gamesNotice?.kind).toBe('openedAsNew');
  if (after.game) expectSlotHoldsGame(storage, after.game);
  return 'accepted';
}

/** Games opened on one player before a fresh one takes over (the Games list keeps at most 50). */
const OPENED_PER_PLAYER = 40;

/**
 * Runs cases on a player. A refusal leaves the player as it was; a game opened becomes the
 * player's current game (in the middle of a game), or a fresh player takes over (at the title).
 */
function onPlayer(
  on: 'title' | 'game',
  open: (s: GameStore, input: string) => void,
): (input: string) => Verdict {
  let player = freshPlayer(on);
  let opened = 0;
  return (input) => {
    const verdict = openedOnce(player, (s) => open(s, input));
    if (verdict === 'accepted' && (on === 'title' || ++opened % OPENED_PER_PLAYER === 0))
      player = freshPlayer(on);
    return verdict;
  };
}

/** A window with this address, whose history records where the page was sent. */
function windowAt(link: string): { w: Window; replaced: string[] } {
  let url: URL;
  try {
    url = new URL(link, 'https://leverage.example/');
  } catch {
    url = new URL('https://leverage.example/');
  }
  const replaced: string[] = [];
  const w = {
    location: { search: searchOf(link), pathname: url.pathname, hash: url.hash },
    history: { state: null, replaceState: (_: unknown, __: string, to: string) => replaced.push(to) },
  } as unknown as Window;
  return { w, replaced };
}

describe('fuzz: share codes', () => {
  it(
    "a pasted code opens a valid game beside the player's, or is refused in one sentence and changes nothing",
    () => {
      const counts = fuzzInput(
        'share codes',
        shareCodeInput,
        // In the middle of a game: nothing on the table may change unless a game opens.
        onPlayer('game', (s, code) => s.loadShareCode(code)),
      );
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'a ?game= link opens the same way, and the code leaves the address bar',
    () => {
      // As the page opens a link: at start-up, the autosave waiting for Continue.
      const open = onPlayer('title', (s, link) => {
        const { w, replaced } = windowAt(link);
        const code = gameParamIn(w.location.search);
        openSharedGameFromUrl({ getState: () => s } as never, w);
        if (code === null) return;
        // The address loses its game parameter, whatever became of the code.
        expect(replaced).toHaveLength(1);
        const [rest = ''] = (replaced[0] ?? '').split('#');
        expect(new URLSearchParams(rest.slice(rest.indexOf('?') + 1)).has('game')).toBe(false);
      });
      const counts = fuzzInput('?game= links', linkAround(shareCodeInput), (link) => {
        // A link always carries a code in its query (linkAround sees to it), so every case is opened or refused.
        expect(gameParamIn(windowAt(link).w.location.search)).not.toBeNull();
        return open(link);
      });
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
