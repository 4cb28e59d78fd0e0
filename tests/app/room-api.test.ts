/**
 * The room's addresses and the membership a device remembers: a join link names a room and a
 * token, a host link a key; a membership is remembered per room and a damaged one is ignored.
 */
import { describe, expect, it } from 'vitest';
import { joinUrl, readMembership, roomAddressIn, saveMembership, whoAmI } from '../../src/app/room/room-api';
import { memoryStorage } from '../state/helpers';

describe('room addresses', () => {
  it('reads a join link, a host link, and nothing else', () => {
    expect(roomAddressIn('?room=k7q2m9&token=abc')).toEqual({ kind: 'join', code: 'K7Q2M9', token: 'abc' });
    expect(roomAddressIn('?room=K7Q2M9')).toEqual({ kind: 'join', code: 'K7Q2M9', token: null });
    expect(roomAddressIn('?host=secret')).toEqual({ kind: 'host', key: 'secret' });
    expect(roomAddressIn('?room=ABC')).toBeNull();
    expect(roomAddressIn('?room=IIIIII&token=x')).toBeNull();
    expect(roomAddressIn('?game=XYZ')).toBeNull();
    expect(roomAddressIn(`?room=K7Q2M9&token=${'x'.repeat(201)}`)).toEqual({
      kind: 'join',
      code: 'K7Q2M9',
      token: null,
    });
  });

  it('writes a join link that reads back to the same room and token', () => {
    const url = new URL(joinUrl('http://192.168.1.20:8080', 'K7Q2M9', 'a+b/c='));
    expect(roomAddressIn(url.search)).toEqual({ kind: 'join', code: 'K7Q2M9', token: 'a+b/c=' });
  });
});

describe('the membership a device remembers', () => {
  const member = { code: 'K7Q2M9', role: 'team' as const, teamId: 't1', teamName: 'Blue' };

  it('keeps one per room and reads it back', () => {
    const storage = memoryStorage();
    saveMembership(storage, { member, token: 'tok' });
    expect(readMembership(storage, 'K7Q2M9')).toEqual({ member, token: 'tok' });
    expect(readMembership(storage, 'ZZZZZZ')).toBeNull();
  });

  it('ignores a damaged or foreign entry', () => {
    const storage = memoryStorage();
    storage.setItem('leverage.room.K7Q2M9', '{not json');
    expect(readMembership(storage, 'K7Q2M9')).toBeNull();
    storage.setItem(
      'leverage.room.K7Q2M9',
      JSON.stringify({ member: { ...member, code: 'OTHER2' }, token: 't' }),
    );
    expect(readMembership(storage, 'K7Q2M9')).toBeNull();
  });
});

describe('asking the server who a token is', () => {
  const answer =
    (status: number, body: unknown): typeof fetch =>
    () =>
      Promise.resolve(new Response(JSON.stringify(body), { status }));

  it('gives the member, or why not', async () => {
    await expect(
      whoAmI(answer(200, { code: 'K7Q2M9', role: 'team', teamId: 't2', teamName: 'Green' }), 'K7Q2M9', 't'),
    ).resolves.toEqual({
      ok: true,
      value: { code: 'K7Q2M9', role: 'team', teamId: 't2', teamName: 'Green' },
    });
    await expect(whoAmI(answer(401, { error: 'no' }), 'K7Q2M9', 't')).resolves.toMatchObject({
      ok: false,
      problem: 'denied',
    });
    await expect(whoAmI(answer(404, {}), 'K7Q2M9', 't')).resolves.toMatchObject({
      ok: false,
      problem: 'noRoom',
    });
    const down = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    await expect(whoAmI(down, 'K7Q2M9', 't')).resolves.toMatchObject({ ok: false, problem: 'unreachable' });
  });
});
