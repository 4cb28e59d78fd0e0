// @vitest-environment node
/**
 * The room server takes a change only when the document stays one the room model can read: the
 * member's own document, the room's names only, the game's fixed settings untouched, logs and
 * actions only appended to, and every new entry one the engine plays now.
 */
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RoomMember } from '../../src/room/room-access';
import {
  appendLogEntry,
  parseRoomDocName,
  pushActions,
  pushAnswer,
  readSettings,
  writeSettings,
  type RoomDocAddress,
} from '../../src/room/room-docs';
import {
  checkRoomChange,
  readRoomMessage,
  roomContextOf,
  roomTeamStatuses,
  type RoomVerdict,
} from '../../src/server/room-validation';
import type { FacilitatorAction, KremlinAnswer, RoomSettings, TeamLogEntry } from '../../src/state';
import { BEST_FOR_WEST } from '../engine/helpers';
import { roomSettings } from '../state/room-helpers';

const CODE = 'ABC234';
const facilitator: RoomMember = { role: 'facilitator', teamId: null };
const projector: RoomMember = { role: 'projector', teamId: null };
const team = (teamId: string): RoomMember => ({ role: 'team', teamId });

const address = (name: string): RoomDocAddress => {
  const parsed = parseRoomDocName(name);
  if (!parsed) throw new Error(`not a room document: ${name}`);
  return parsed;
};
const SETTINGS = address(`room/${CODE}/settings`);
const STATUS = address(`room/${CODE}/status`);
const T1 = address(`room/${CODE}/team/t1`);

const turn = (quarter: number, aid = 12, sanctions = 2): TeamLogEntry => ({
  kind: 'turn',
  quarter,
  aidBnEurPerQuarter: aid,
  sanctionsLevel: sanctions,
});

/** A document as the server holds it, written directly. */
function serverDoc(write: (doc: Y.Doc) => void): Y.Doc {
  const doc = new Y.Doc();
  write(doc);
  return doc;
}

/** The update a device sends after changing its copy of `doc`. */
function changeOf(doc: Y.Doc, edit: (copy: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  edit(copy);
  return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc));
}

const settingsDoc = (settings: RoomSettings = roomSettings(), actions: FacilitatorAction[] = []): Y.Doc =>
  serverDoc((doc) => {
    writeSettings(doc, settings);
    if (actions.length > 0) pushActions(doc, actions);
  });

const teamDoc = (entries: TeamLogEntry[] = []): Y.Doc =>
  serverDoc((doc) => entries.forEach((e) => appendLogEntry(doc, e)));

/** The verdict on a team's change to its log under these settings. */
function teamVerdict(
  entries: TeamLogEntry[],
  edit: (copy: Y.Doc) => void,
  settings: RoomSettings = roomSettings(),
  member: RoomMember = team('t1'),
): RoomVerdict {
  const doc = teamDoc(entries);
  const room = roomContextOf(settingsDoc(settings));
  return checkRoomChange({ doc, address: T1, member, update: changeOf(doc, edit), room });
}

function settingsVerdict(
  doc: Y.Doc,
  edit: (copy: Y.Doc) => void,
  member: RoomMember = facilitator,
): RoomVerdict {
  return checkRoomChange({ doc, address: SETTINGS, member, update: changeOf(doc, edit), room: null });
}

const refusedFor = (verdict: RoomVerdict): string => (verdict.ok ? '(accepted)' : verdict.reason);

describe("a team's log", () => {
  it('takes a valid turn appended by its own team', () => {
    expect(teamVerdict([], (c) => appendLogEntry(c, turn(0)))).toEqual({ ok: true });
    expect(teamVerdict([turn(0)], (c) => appendLogEntry(c, turn(1, 20, 3)))).toEqual({ ok: true });
  });

  it('refuses a rewrite of an old entry', () => {
    const verdict = teamVerdict([turn(0), turn(1)], (c) => {
      const log = c.getArray('log');
      log.delete(0, 1);
      log.insert(0, [turn(0, 40, 5)]);
    });
    expect(refusedFor(verdict)).toMatch(/entry 1 was changed or removed/);
    expect(teamVerdict([turn(0)], (c) => c.getArray('log').delete(0, 1)).ok).toBe(false);
  });

  it("refuses an entry written into another team's log, and any write by the projector", () => {
    expect(
      refusedFor(teamVerdict([], (c) => appendLogEntry(c, turn(0)), roomSettings(), team('t2'))),
    ).toMatch(/team token may not write/);
    expect(teamVerdict([], (c) => appendLogEntry(c, turn(0)), roomSettings(), projector).ok).toBe(false);
    expect(teamVerdict([], (c) => appendLogEntry(c, turn(0)), roomSettings(), facilitator).ok).toBe(false);
  });

  it('refuses a name the room does not use, and a log of the wrong kind', () => {
    expect(refusedFor(teamVerdict([], (c) => c.getMap('extra').set('x', 1)))).toMatch(/holds no "extra"/);
    expect(refusedFor(teamVerdict([], (c) => c.getMap('log').set('x', 1)))).toMatch(/wrong kind/);
  });

  it('refuses a forged settlement and entries the engine cannot play', () => {
    const settle = { kind: 'settle', quarter: 0, terms: BEST_FOR_WEST } as const;
    expect(refusedFor(teamVerdict([], (c) => appendLogEntry(c, settle)))).toMatch(/cannot be played/);
    expect(teamVerdict([], (c) => appendLogEntry(c, turn(3))).ok).toBe(false);
    expect(teamVerdict([], (c) => appendLogEntry(c, turn(0, 1e9))).ok).toBe(false);
    expect(teamVerdict([], (c) => c.getArray('log').push([{ kind: 'turn', quarter: 0 }])).ok).toBe(false);
  });

  it('refuses a turn in a quarter not yet open in locked pace, and takes it once opened', () => {
    const locked = roomSettings({ pace: 'locked', openQuarters: 1 });
    expect(refusedFor(teamVerdict([turn(0)], (c) => appendLogEntry(c, turn(1)), locked))).toMatch(
      /quarter 2 is not open/,
    );
    const opened = roomSettings({ pace: 'locked', openQuarters: 2 });
    expect(teamVerdict([turn(0)], (c) => appendLogEntry(c, turn(1)), opened)).toEqual({ ok: true });
  });

  it('refuses a turn while the room is paused', () => {
    const paused = roomSettings({ paused: true });
    expect(refusedFor(teamVerdict([], (c) => appendLogEntry(c, turn(0)), paused))).toMatch(/paused/);
  });

  it('refuses a change that builds on data the server does not have', () => {
    const doc = teamDoc();
    const device = new Y.Doc();
    const updates: Uint8Array[] = [];
    device.on('update', (u: Uint8Array) => updates.push(u));
    appendLogEntry(device, turn(0));
    appendLogEntry(device, turn(1));
    const room = roomContextOf(settingsDoc());
    const second = updates[1] ?? new Uint8Array();
    const verdict = checkRoomChange({ doc, address: T1, member: team('t1'), update: second, room });
    expect(refusedFor(verdict)).toMatch(/does not have/);
  });

  it('takes a handshake that adds nothing from any reader', () => {
    const doc = teamDoc([turn(0)]);
    const room = roomContextOf(settingsDoc());
    const empty = changeOf(doc, () => undefined);
    expect(checkRoomChange({ doc, address: T1, member: projector, update: empty, room })).toEqual({
      ok: true,
    });
  });
});

describe('the settings document', () => {
  it('takes the facilitator opening a quarter, pausing and revealing', () => {
    const doc = settingsDoc();
    const next = { ...roomSettings(), openQuarters: 3, paused: true, reveal: true };
    expect(settingsVerdict(doc, (c) => writeSettings(c, next))).toEqual({ ok: true });
  });

  it('refuses a change of the seed, the teams, the scenario or the assumptions', () => {
    const doc = settingsDoc();
    expect(refusedFor(settingsVerdict(doc, (c) => writeSettings(c, roomSettings({ seed: 8 }))))).toMatch(
      /seed cannot change/,
    );
    const teams = [
      { id: 't1', name: 'Blue' },
      { id: 't2', name: 'Red' },
    ];
    expect(refusedFor(settingsVerdict(doc, (c) => writeSettings(c, roomSettings({ teams }))))).toMatch(
      /teams cannot change/,
    );
    expect(
      settingsVerdict(doc, (c) => writeSettings(c, roomSettings({ scenarioId: 'observed-2025' }))).ok,
    ).toBe(false);
    expect(settingsVerdict(doc, (c) => writeSettings(c, roomSettings({ assumptions: { a: 'b' } }))).ok).toBe(
      false,
    );
  });

  it('refuses invalid settings, stray keys and any write by a team or the projector', () => {
    const doc = settingsDoc();
    expect(settingsVerdict(doc, (c) => c.getMap('room').set('settings', { nonsense: true })).ok).toBe(false);
    expect(refusedFor(settingsVerdict(doc, (c) => c.getMap('room').set('other', 1)))).toMatch(
      /hold no "other"/,
    );
    const paused = { ...roomSettings(), paused: true };
    expect(settingsVerdict(doc, (c) => writeSettings(c, paused), team('t1')).ok).toBe(false);
    expect(settingsVerdict(doc, (c) => writeSettings(c, paused), projector).ok).toBe(false);
  });

  it('takes appended actions and refuses actions that are not append-only or not valid', () => {
    const inject: FacilitatorAction = { kind: 'inject', team: 't1', at: 0, injectId: 'coalition-summit' };
    const doc = settingsDoc(roomSettings(), [inject]);
    const rewind: FacilitatorAction = { kind: 'rewind', team: 't2', at: 0, toQuarter: 0 };
    expect(settingsVerdict(doc, (c) => pushActions(c, [rewind]))).toEqual({ ok: true });
    expect(refusedFor(settingsVerdict(doc, (c) => c.getArray('actions').delete(0, 1)))).toMatch(
      /action 1 was changed or removed/,
    );
    expect(settingsVerdict(doc, (c) => c.getArray('actions').insert(0, [rewind])).ok).toBe(false);
    const stranger = { kind: 'inject', team: 't9', at: 0, injectId: 'coalition-summit' };
    expect(refusedFor(settingsVerdict(doc, (c) => c.getArray('actions').push([stranger])))).toMatch(
      /not a valid action/,
    );
  });

  it('refuses a room without settings to change', () => {
    const doc = new Y.Doc();
    expect(settingsVerdict(doc, (c) => writeSettings(c, roomSettings())).ok).toBe(false);
    expect(readSettings(doc)).toBeUndefined();
  });
});

describe('the status document', () => {
  it('takes no change from any client', () => {
    const doc = new Y.Doc();
    for (const member of [facilitator, projector, team('t1')]) {
      const update = changeOf(doc, (c) => c.getMap('teams').set('t1', { quartersPlayed: 9 }));
      expect(checkRoomChange({ doc, address: STATUS, member, update, room: null }).ok).toBe(false);
    }
  });
});

describe('garbage', () => {
  it('never throws on random bytes, and refuses what it cannot read', () => {
    const doc = teamDoc([turn(0)]);
    const room = roomContextOf(settingsDoc());
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const verdict = checkRoomChange({ doc, address: T1, member: team('t1'), update: bytes, room });
        expect(typeof verdict.ok).toBe('boolean');
        const message = readRoomMessage(bytes);
        expect(['change', 'pass', 'refuse']).toContain(message.kind);
      }),
      { numRuns: 300 },
    );
    expect(
      checkRoomChange({ doc, address: T1, member: team('t1'), update: new Uint8Array([255, 255, 255]), room })
        .ok,
    ).toBe(false);
  });
});

describe('readRoomMessage', () => {
  const message = (write: (e: encoding.Encoder) => void): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, 'room/ABC234/team/t1');
    write(encoder);
    return encoding.toUint8Array(encoder);
  };

  it('finds the Yjs update in a sync step 2 or an update, and passes a step 1', () => {
    const update = new Uint8Array([1, 2, 3]);
    for (const syncType of [1, 2]) {
      const read = readRoomMessage(
        message((e) => {
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, syncType);
          encoding.writeVarUint8Array(e, update);
        }),
      );
      expect(read).toEqual({ kind: 'change', documentName: 'room/ABC234/team/t1', update });
    }
    const step1 = message((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, new Uint8Array([0]));
    });
    expect(readRoomMessage(step1).kind).toBe('pass');
  });

  it('refuses broadcasts and unreadable messages', () => {
    expect(readRoomMessage(message((e) => encoding.writeVarUint(e, 6))).kind).toBe('refuse');
    expect(readRoomMessage(new Uint8Array([200])).kind).toBe('refuse');
  });
});

describe('roomTeamStatuses', () => {
  it("publishes every team's standing from the settings and the logs", () => {
    const logs: Record<string, TeamLogEntry[]> = { t1: [turn(0), turn(1)] };
    const statuses = roomTeamStatuses(settingsDoc(), (id) => logs[id] ?? []);
    expect(statuses['t1']?.quartersPlayed).toBe(2);
    expect(statuses['t2']?.quartersPlayed).toBe(0);
    expect(Object.keys(roomTeamStatuses(settingsDoc(), () => [], ['t2']))).toEqual(['t2']);
    expect(roomTeamStatuses(null, () => [])).toEqual({});
  });
});

describe("the Kremlin player's answers to a team", () => {
  const kremlin: RoomMember = { role: 'kremlin', teamId: null };
  const K1 = address(`room/${CODE}/kremlin/t1`);
  const kremlinRoom = roomSettings({ kremlin: true });

  /** The verdict on a change of the answers to t1, whose log holds these entries. */
  function answerVerdict(
    entries: TeamLogEntry[],
    answers: KremlinAnswer[],
    edit: (copy: Y.Doc) => void,
    member: RoomMember = kremlin,
    settings: RoomSettings = kremlinRoom,
  ): RoomVerdict {
    const doc = serverDoc((d) => answers.forEach((a) => pushAnswer(d, a)));
    const room = roomContextOf(settingsDoc(settings), teamDoc(entries), doc);
    return checkRoomChange({ doc, address: K1, member, update: changeOf(doc, edit), room });
  }

  it('takes the answer to the quarter the team waits on', () => {
    expect(answerVerdict([turn(0)], [], (c) => pushAnswer(c, { entry: 0, choices: ['raiseTaxes'] }))).toEqual(
      {
        ok: true,
      },
    );
  });

  it('refuses an answer to a quarter not waiting, a second answer, and a rewrite', () => {
    expect(refusedFor(answerVerdict([], [], (c) => pushAnswer(c, { entry: 0, choices: [] })))).toMatch(
      /not the quarter the team waits on/,
    );
    const answered = [{ entry: 0, choices: [] }];
    expect(
      refusedFor(answerVerdict([turn(0)], answered, (c) => pushAnswer(c, { entry: 0, choices: [] }))),
    ).toMatch(/not the quarter the team waits on/);
    expect(
      refusedFor(
        answerVerdict([turn(0)], answered, (c) => {
          c.getArray('answers').delete(0, 1);
        }),
      ),
    ).toMatch(/changed or removed/);
  });

  it('refuses answers from anyone but the Kremlin player, and in a room the rules play', () => {
    const answer = (c: Y.Doc): void => pushAnswer(c, { entry: 0, choices: [] });
    expect(refusedFor(answerVerdict([turn(0)], [], answer, team('t1')))).toMatch(/team token may not write/);
    expect(refusedFor(answerVerdict([turn(0)], [], answer, facilitator))).toMatch(
      /facilitator token may not write/,
    );
    expect(refusedFor(answerVerdict([turn(0)], [], answer, kremlin, roomSettings()))).toMatch(/the rules do/);
  });

  it('refuses a team ending another quarter while the Kremlin has not answered', () => {
    const doc = teamDoc([turn(0)]);
    const room = roomContextOf(settingsDoc(roomSettings({ kremlin: true })));
    const update = changeOf(doc, (c) => appendLogEntry(c, turn(1)));
    expect(refusedFor(checkRoomChange({ doc, address: T1, member: team('t1'), update, room }))).toMatch(
      /cannot be played/,
    );
  });
});
