/**
 * Fuzz: a team's code imported into the team comparison (the store's importTeam, as the dialog's
 * paste box and file picker call it) with any label: the team is listed with a game rebuilt by this
 * build's engine that holds its invariants, or with one sentence saying why its code cannot be
 * read. The label is kept short and trimmed. The player's game, autosave and everything else in
 * the store stay as they were.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEAM_LABEL_CHARS } from '../../src/state/workshop/teams-slice';
import { FUZZ_TEST_TIMEOUT_MS, hostileString } from './arbitraries';
import { expectMessageSentence, fuzzInput, type Verdict } from './harness';
import {
  expectReportsInRange,
  expectStateUntouched,
  expectStorageUntouched,
  freshPlayer,
  storageCopy,
} from './player';
import { linkAround, shareCodeInput } from './share-inputs';

/** A label as a facilitator types it or as a file's name gives it. */
const label: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'Team A', 'Blue', '\u202eevil.txt') },
  { weight: 1, arbitrary: fc.string({ minLength: 61, maxLength: 500 }) },
);

/** What a team hands in: a code, a link, or a text with the code somewhere in it. */
const teamCode: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: shareCodeInput },
  { weight: 1, arbitrary: linkAround(shareCodeInput) },
);

describe('fuzz: imported team codes', () => {
  it(
    'a team is listed with a valid replayed game or one sentence, and nothing else changes',
    () => {
      const { store, storage } = freshPlayer('game');
      const counts = fuzzInput('team codes', fc.tuple(label, teamCode), ([name, code]): Verdict => {
        const before = store.getState();
        const stored = storageCopy(storage);
        before.importTeam(name, code);
        const after = store.getState();
        expectStateUntouched(before, after, ['teams']);
        expectStorageUntouched(storage, stored);
        expect(after.teams).toHaveLength(before.teams.length + 1);
        const team = after.teams.at(-1);
        if (!team) throw new Error('no team listed');
        // The label: trimmed, at most MAX_TEAM_LABEL_CHARS, or none (the default label).
        const trimmed = name.trim().slice(0, MAX_TEAM_LABEL_CHARS);
        expect(team.label).toBe(trimmed === '' ? null : trimmed);
        let verdict: Verdict;
        if (team.result.ok) {
          expectReportsInRange(team.result.reports);
          verdict = 'accepted';
        } else {
          expectMessageSentence(team.result.error);
          verdict = 'refused';
        }
        // Removing the team leaves the comparison as it was.
        store.getState().removeTeam(after.teams.length - 1);
        expect(store.getState().teams).toEqual(before.teams);
        return verdict;
      });
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
