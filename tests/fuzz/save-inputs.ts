/**
 * Saves as the fuzz suite stores them: valid saves of many kinds (quarters played, a negotiation
 * open, a settlement, other scenarios and assumptions, injects, overrides), a Games list as a
 * player leaves it, and any of them damaged, edited into hostile JSON, or replaced by anything.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { GAMES_INDEX_KEY, KEPT_GAME_PREFIX } from '../../src/state/saves/game-library';
import { encodeShareCode } from '../../src/state/share/share-code';
import { SAVE_KEY } from '../../src/state/store/persistence';
import {
  genuineSave,
  makeStore,
  memoryStorage,
  negotiating,
  playQuarters,
  proposalAnswered,
  startedStore,
  TEST_NOW,
  type MemoryStorage,
} from '../state/helpers';
import { hostileJsonText, hostileString, mutatedJson, mutatedText } from './arbitraries';
import { playableRecord } from './share-inputs';

/** Valid saves of many kinds: quarters played, a negotiation open, a settlement, other scenarios and assumptions, injects, overrides. */
function validSaves(): string[] {
  const saves = [genuineSave(0), genuineSave(2), genuineSave(5)];
  const slotOf = (storage: MemoryStorage): string => storage.map.get(SAVE_KEY) ?? '';
  const open = memoryStorage();
  negotiating(proposalAnswered('accept'), open);
  saves.push(slotOf(open));
  const settled = memoryStorage();
  const store = startedStore(settled);
  playQuarters(store, 2);
  store.getState().openNegotiation();
  for (const [term, option] of Object.entries(proposalAnswered('accept')))
    store.getState().setTerm(term, option);
  store.getState().propose();
  store.getState().settle();
  saves.push(slotOf(settled));
  for (const record of fc.sample(playableRecord, { numRuns: 40, seed: 7 })) {
    const storage = memoryStorage();
    const s = makeStore(storage);
    s.getState().loadShareCode(encodeShareCode(record));
    if (!s.getState().shareError && storage.map.has(SAVE_KEY)) saves.push(slotOf(storage));
    if (saves.length >= 16) break;
  }
  expect(saves.every((raw) => raw.length > 0)).toBe(true);
  return saves;
}

export const SAVES = validSaves();

/** A Games list as a player leaves it: three games, two of them kept beside the slot. */
function library(): Record<string, string> {
  const storage = memoryStorage();
  let t = 0;
  const store = makeStore(storage, { now: () => TEST_NOW + ++t * 1000 });
  store.getState().setSeed(3);
  store.getState().newGame();
  store.getState().endQuarter();
  store.getState().dismissReport();
  for (const raw of SAVES.slice(5, 7)) {
    const code = (() => {
      const s = makeStore(memoryStorage({ [SAVE_KEY]: raw }));
      s.getState().continueGame();
      const id = s.getState().games[0]?.id ?? '';
      return s.getState().exportGame(id)?.code ?? null;
    })();
    if (code) store.getState().loadShareCode(code);
  }
  store.getState().renameGame(store.getState().games[0]?.id ?? '', 'Blue team <b>final</b>');
  return Object.fromEntries(storage.map);
}

export const LIBRARY = library();
export const LIBRARY_INDEX = LIBRARY[GAMES_INDEX_KEY] ?? '{}';
export const KEPT_IDS = Object.keys(LIBRARY)
  .filter((k) => k.startsWith(KEPT_GAME_PREFIX))
  .map((k) => k.slice(KEPT_GAME_PREFIX.length));

/** Each valid save with hostile edits (the paths of each computed once). */
const mutatedSaves = SAVES.map((raw) => mutatedJson(JSON.parse(raw)));

/** What one storage key may hold: a valid save, one damaged or edited, or anything at all. */
export const saveText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SAVES) },
  { weight: 8, arbitrary: fc.oneof(...mutatedSaves) },
  { weight: 3, arbitrary: fc.constantFrom(...SAVES).chain(mutatedText) },
  { weight: 2, arbitrary: hostileJsonText({ invalid: true }) },
  { weight: 1, arbitrary: hostileString },
);
