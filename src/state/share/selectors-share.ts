/**
 * Selectors for sharing a game: its code and its link (`?game=CODE`), recomputed only when the
 * game or its record changes. Both are null before a game starts, and for a game whose code would
 * be longer than a code may be (a code that could not be opened is not offered).
 */
import type { GameStore } from '../store/contract';
import { memoOnIdentity } from '../selectors/selector-support';
import { MAX_SHARE_CODE_CHARS, encodeShareCode } from './share-code';
import { shareRecordOf, type ShareSource } from './share-loading';

const codeOf = memoOnIdentity(
  (
    scenario: ShareSource['scenario'],
    assumptions: ShareSource['assumptions'],
    game: ShareSource['game'],
    turns: ShareSource['turns'],
    pendingPolicy: ShareSource['pendingPolicy'],
    pendingInjects: ShareSource['pendingInjects'],
    pendingOverrides: ShareSource['pendingOverrides'],
  ): string | null => {
    const record = shareRecordOf({
      scenario,
      assumptions,
      game,
      turns,
      pendingPolicy,
      pendingInjects,
      pendingOverrides,
    });
    if (!record) return null;
    const code = encodeShareCode(record);
    return code.length <= MAX_SHARE_CODE_CHARS ? code : null;
  },
);

/** The share code of the game on screen (scenario, version, assumptions, seed, every decision). */
export function selectShareCode(s: GameStore): string | null {
  return codeOf(
    s.scenario,
    s.assumptions,
    s.game,
    s.turns,
    s.pendingPolicy,
    s.pendingInjects,
    s.pendingOverrides,
  );
}

/**
 * A link that opens the game on screen: `baseUrl` without its query or fragment, then
 * `?game=CODE`. Null when there is no code.
 */
export function selectShareLink(s: GameStore, baseUrl: string): string | null {
  const code = selectShareCode(s);
  return code === null ? null : `${baseUrl.replace(/[?#].*$/, '')}?game=${code}`;
}
