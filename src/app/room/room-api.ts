/**
 * The room server's HTTP side as the page calls it: create a room with the host key, ask who a
 * token belongs to, and fetch the join links (facilitator and projector). Every answer that is
 * not what was asked for comes back as a reason, never as a thrown error.
 */
import type { KeyValueStorage, RoomMembership, RoomRole } from '../../state';
import { isRoomCode } from '../../state';

/** What the page's address asks for: joining a room, or hosting one. */
export type RoomAddress =
  | { readonly kind: 'join'; readonly code: string; readonly token: string | null }
  | { readonly kind: 'host'; readonly key: string };

/** `?room=CODE&token=T` or `?host=KEY` in a query string, else null; pure. */
export function roomAddressIn(search: string): RoomAddress | null {
  const params = new URLSearchParams(search);
  const host = params.get('host');
  if (host) return { kind: 'host', key: host };
  const code = params.get('room')?.toUpperCase() ?? null;
  if (!isRoomCode(code)) return null;
  const token = params.get('token');
  return { kind: 'join', code, token: token && token.length <= 200 ? token : null };
}

/** A join link: the room code and the member's token (the token is the key: keep it to that member). */
export function joinUrl(origin: string, code: string, token: string): string {
  return `${origin}/?room=${code}&token=${encodeURIComponent(token)}`;
}

/** A member of a room as remembered on this device, so that a reload (even offline) rejoins. */
export interface SavedMembership {
  readonly member: RoomMembership;
  readonly token: string;
}

const membershipKey = (code: string): string => `leverage.room.${code}`;

/** The membership this device remembers for a room, or null. */
export function readMembership(storage: KeyValueStorage, code: string): SavedMembership | null {
  try {
    const saved = JSON.parse(storage.getItem(membershipKey(code)) ?? 'null') as SavedMembership | null;
    return saved && typeof saved.token === 'string' && saved.member?.code === code ? saved : null;
  } catch {
    return null;
  }
}

/** Remembers a membership on this device. */
export function saveMembership(storage: KeyValueStorage, saved: SavedMembership): void {
  try {
    storage.setItem(membershipKey(saved.member.code), JSON.stringify(saved));
  } catch {
    // A full or blocked storage only costs the offline rejoin.
  }
}

/** Why a request to the room server gave nothing. */
export type RoomApiProblem = 'denied' | 'noRoom' | 'unreachable' | 'refused';

type Answer<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: RoomApiProblem; readonly message: string };

async function call<T>(
  fetchFn: typeof fetch,
  path: string,
  token: string,
  body?: unknown,
): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetchFn(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return { ok: false, problem: 'unreachable', message: '' };
  }
  const json = (await response.json().catch(() => null)) as (T & { error?: string }) | null;
  if (response.ok && json) return { ok: true, value: json };
  const problem =
    response.status === 401 || response.status === 403
      ? 'denied'
      : response.status === 404
        ? 'noRoom'
        : 'refused';
  return {
    ok: false,
    problem,
    message: typeof json?.error === 'string' ? json.error : `HTTP ${response.status}`,
  };
}

/** Who a token is in a room. */
export async function whoAmI(
  fetchFn: typeof fetch,
  code: string,
  token: string,
): Promise<Answer<RoomMembership>> {
  const answer = await call<{ code: string; role: RoomRole; teamId: string | null; teamName: string | null }>(
    fetchFn,
    `/api/rooms/${code}/whoami`,
    token,
  );
  if (!answer.ok) return answer;
  const { role, teamId, teamName } = answer.value;
  return { ok: true, value: { code, role, teamId: teamId ?? null, teamName: teamName ?? null } };
}

/** A room just created: its code and every member's token. */
export interface CreatedRoom {
  readonly code: string;
  readonly facilitator: string;
  readonly projector: string;
  /** The Kremlin player's token, in a room with one. */
  readonly kremlin: string | null;
  readonly teams: readonly { readonly id: string; readonly name: string; readonly token: string }[];
}

/** Creates a room with the host key. */
export function createRoom(
  fetchFn: typeof fetch,
  hostKey: string,
  request: unknown,
): Promise<Answer<CreatedRoom>> {
  return call<CreatedRoom>(fetchFn, '/api/rooms', hostKey, request);
}

/** The room's join links' tokens (the facilitator's and the projector's tokens may ask). */
export function roomLinks(
  fetchFn: typeof fetch,
  code: string,
  token: string,
): Promise<Answer<Pick<CreatedRoom, 'projector' | 'kremlin' | 'teams'>>> {
  return call(fetchFn, `/api/rooms/${code}/links`, token);
}
