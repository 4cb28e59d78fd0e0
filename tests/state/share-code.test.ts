/**
 * Share codes: "L1." + base64url(deflate(compact JSON)) + "." + CRC-32, URL-safe and bounded. A
 * code rebuilds the exact game by replay (record, reports, levers, assumptions, the screen); a bad
 * code is answered with one sentence in shareError and nothing else changes.
 */
import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { crc32, crc32Hex } from '../../src/state/share/code-bytes';
import type { GameStore } from '../../src/state/store/contract';
import { decodeShareCode, encodeShareCode, MAX_SHARE_CODE_CHARS } from '../../src/state/share/share-code';
import { selectShareCode, selectShareLink } from '../../src/state/share/selectors-share';
import { describeMessage } from '../../src/text';
import { makeStore, playQuarters, proposalAnswered, negotiating, startedStore } from './helpers';
import { facilitatedStore, playMixedGame } from './workshop-helpers';

/** The share code of a store's game (fails the test when there is none). */
function codeOf(store: StoreApi<GameStore>): string {
  const code = selectShareCode(store.getState());
  if (code === null) throw new Error('no share code');
  return code;
}

/** A four-quarter game with different levers each quarter. */
function fourQuarters(): StoreApi<GameStore> {
  const store = startedStore();
  for (const [aid, sanctions] of [
    [10.4, 1],
    [15, 2],
    [20.5, 2],
    [8, 3],
  ] as const) {
    store.getState().setAid(aid);
    store.getState().setSanctions(sanctions);
    playQuarters(store, 1);
  }
  return store;
}

const GAME_FIELDS = ['scenarioId', 'seed', 'game', 'history', 'turns', 'policies', 'pendingPolicy'] as const;

describe('the checksum and the format', () => {
  it('CRC-32 gives the standard check value', () => {
    expect(crc32Hex('123456789')).toBe('cbf43926');
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('a code is "L1.", URL-safe base64, a dot and eight hex digits, and short', () => {
    const code = codeOf(fourQuarters());
    expect(code).toMatch(/^L1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(encodeURIComponent(code)).toBe(code);
    expect(code.length).toBeLessThan(200);
  });

  it('there is no code before a game, and the link carries it as ?game=', () => {
    const store = fourQuarters();
    expect(selectShareCode(makeStore().getState())).toBeNull();
    expect(selectShareLink(store.getState(), 'https://example.org/leverage/?game=old#top')).toBe(
      `https://example.org/leverage/?game=${codeOf(store)}`,
    );
  });
});

describe('opening a code', () => {
  it('rebuilds a facilitated game exactly, on the campaign', () => {
    const played = facilitatedStore();
    playMixedGame(played);
    played.getState().setAid(30);
    const opened = makeStore();
    opened.getState().loadShareCode(codeOf(played));
    const a = played.getState();
    const b = opened.getState();
    for (const key of GAME_FIELDS) expect(b[key], key).toEqual(a[key]);
    expect(b.pendingInjects).toEqual(['nk-troops']);
    expect(b.projection).toEqual(a.projection);
    expect(b.screen).toBe('campaign');
    expect(b.shareError).toBeNull();
  });

  it('carries the assumptions, and a game that ended opens on the debrief', () => {
    const played = makeStore();
    played.getState().applyAssumptionPreset('resilient');
    played.getState().newGame();
    playQuarters(played, 12);
    const opened = makeStore();
    opened.getState().loadShareCode(codeOf(played));
    expect(opened.getState().assumptionPreset).toBe('resilient');
    expect(opened.getState().game).toEqual(played.getState().game);
    expect(opened.getState().modifiedBaselinePath).toEqual(played.getState().modifiedBaselinePath);
    expect(opened.getState().screen).toBe('debrief');
  });

  it('carries a settlement', () => {
    const played = negotiating(proposalAnswered('accept'));
    played.getState().propose();
    played.getState().settle();
    const opened = makeStore();
    opened.getState().loadShareCode(codeOf(played));
    expect(opened.getState().game?.outcome).toEqual(played.getState().game?.outcome);
    expect(opened.getState().screen).toBe('debrief');
  });

  it('a bad code sets shareError and changes nothing else; dismissing clears it', () => {
    const store = fourQuarters();
    const before = store.getState();
    store.getState().loadShareCode('L1.abc');
    const after = store.getState();
    expect(after.shareError?.code).toBe('share.truncated');
    expect(describeMessage(after.shareError!)).toMatch(/^The code is truncated/);
    expect({ ...after, shareError: null }).toEqual(before);
    store.getState().dismissShareError();
    expect(store.getState().shareError).toBeNull();
  });
});

describe('a bad code, in one sentence', () => {
  const good = codeOf(fourQuarters());
  const cases: readonly [string, string, RegExp][] = [
    ['empty', '   ', /not a Leverage code/],
    ['too long', `L1.${'A'.repeat(MAX_SHARE_CODE_CHARS)}.00000000`, /too long/],
    ['not a Leverage code', 'https://example.org/', /not a Leverage code/],
    ['an unknown version', good.replace(/^L1/, 'L9'), /unknown version "L9"/],
    ['truncated in the checksum', good.slice(0, -3), /truncated/],
    ['truncated in the payload', good.slice(0, 20), /truncated/],
    ['tampered', good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11), /tampered.*checksum/],
  ];
  for (const [what, code, message] of cases) {
    it(`${what}`, () => {
      const decoded = decodeShareCode(code);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) {
        expect(describeMessage(decoded.error)).toMatch(message);
        expect(describeMessage(decoded.error)).toMatch(/^[A-Z].*\.$/);
      }
    });
  }

  it('an unknown scenario, or another version of it', () => {
    const store = makeStore();
    const record = {
      scenarioId: 'atlantis-2030',
      scenarioVersion: '1.0.0',
      assumptions: {},
      seed: 1,
      turns: [],
    };
    store.getState().loadShareCode(encodeShareCode(record));
    const said = (): string => describeMessage(store.getState().shareError!);
    expect(store.getState().shareError?.code).toBe('share.unknownScenario');
    expect(said()).toMatch(/"atlantis-2030"/);
    store
      .getState()
      .loadShareCode(encodeShareCode({ ...record, scenarioId: 'baseline-2025', scenarioVersion: '0.1' }));
    expect(said()).toMatch(/scenario version differs/);
    expect(store.getState().game).toBeNull();
  });

  it('accepts the whole link as well as the bare code', () => {
    expect(decodeShareCode(`https://example.org/?game=${good}\n`).ok).toBe(true);
  });
});
