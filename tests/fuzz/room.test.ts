/**
 * Fuzz: the workshop room's inputs. The room server's check of a change (checkRoomChange) on real
 * Yjs documents: valid changes by every member, the same updates cut short or with a bit flipped,
 * random bytes, and hostile values written into real documents (settings, a team's log, the
 * facilitator's actions, the Kremlin's answers: numbers JSON cannot hold, wrong types, markup,
 * deep nesting, `__proto__` keys, names the room does not use). The check never throws, never
 * changes the server's document, answers a refusal with a reason, and takes only changes after
 * which the room still reads as valid. The room model's checks and a team game's composition take
 * hostile logs, actions and answers without throwing and never give a game that breaks the
 * engine's invariants; readRoomMessage reads any bytes.
 */
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replayRecord } from '../../src/state/record/game-record';
import { jsonEqual } from '../../src/state/saves/save-reading';
import type { RoomMember } from '../../src/room/room-access';
import {
  appendLogEntry,
  parseRoomDocName,
  pushActions,
  pushAnswer,
  readActions,
  readAnswers,
  readLog,
  readSettings,
  writeSettings,
  type RoomDocAddress,
} from '../../src/room/room-docs';
import {
  checkRoomChange,
  readRoomMessage,
  roomContextOf,
  roomParams,
} from '../../src/server/room-validation';
import {
  composeTeamGame,
  isFacilitatorAction,
  isKremlinAnswer,
  isRoomSettings,
  isTeamLogEntry,
  type FacilitatorAction,
  type KremlinAnswer,
  type RoomSettings,
  type TeamLogEntry,
} from '../../src/state';
import { KREMLIN_OPTIONS, OVERRIDE_TARGETS } from '../../src/engine';
import { roomSettings } from '../state/room-helpers';
import { FUZZ_TEST_TIMEOUT_MS, hostileKey, hostileValue, mutatedBytes, mutatedValue } from './arbitraries';
import { fuzzInput, knownDefect, type Verdict } from './harness';
import { expectPlayableGame } from './player';

const CODE = 'ABC234';
const address = (name: string): RoomDocAddress => {
  const parsed = parseRoomDocName(name);
  if (!parsed) throw new Error(`not a room document: ${name}`);
  return parsed;
};
const SETTINGS = address(`room/${CODE}/settings`);
const STATUS = address(`room/${CODE}/status`);
const TEAM_T1 = address(`room/${CODE}/team/t1`);
const KREMLIN_T1 = address(`room/${CODE}/kremlin/t1`);

const MEMBERS: readonly RoomMember[] = [
  { role: 'facilitator', teamId: null },
  { role: 'team', teamId: 't1' },
  { role: 'team', teamId: 't2' },
  { role: 'projector', teamId: null },
  { role: 'kremlin', teamId: null },
];

/** The rooms the server holds: the rules or a person play the Kremlin, free or locked pace. */
const ROOMS: readonly RoomSettings[] = [
  roomSettings(),
  roomSettings({ kremlin: true }),
  roomSettings({ pace: 'locked', openQuarters: 2, assumptions: { 'tank-production': 'iiss' } }),
];

const turn = (quarter: number, aid = 12, sanctions = 2): TeamLogEntry => ({
  kind: 'turn',
  quarter,
  aidBnEurPerQuarter: aid,
  sanctionsLevel: sanctions,
});

/** A team's log and the Kremlin's answers so far (the answers only count in a room with a Kremlin player). */
const LOG: readonly TeamLogEntry[] = [turn(0), turn(1, 20, 3)];
const ANSWERS: readonly KremlinAnswer[] = [
  { entry: 0, choices: [] },
  { entry: 1, choices: ['askIran'] },
];
const ACTIONS: readonly FacilitatorAction[] = [
  { kind: 'inject', team: 't1', at: 1, injectId: 'refinery-strikes' },
  { kind: 'override', team: 't2', at: 0, target: 'westernCohesion', value: 55, reason: 'Teaching moment' },
];

function docWith(write: (doc: Y.Doc) => void): Y.Doc {
  const doc = new Y.Doc();
  write(doc);
  return doc;
}

/** The server's documents of a room: its settings and actions, team t1's log, and the Kremlin's answers to t1. */
interface ServerRoom {
  readonly settings: RoomSettings;
  readonly settingsDoc: Y.Doc;
  readonly logDoc: Y.Doc;
  readonly answersDoc: Y.Doc;
}

const SERVER_ROOMS: readonly ServerRoom[] = ROOMS.map((settings) => ({
  settings,
  settingsDoc: docWith((d) => {
    writeSettings(d, settings);
    pushActions(d, [...ACTIONS]);
  }),
  logDoc: docWith((d) => LOG.forEach((e) => appendLogEntry(d, e))),
  answersDoc: docWith((d) => ANSWERS.forEach((a) => pushAnswer(d, a))),
}));

/** Valid log entries, actions and answers a member might add. */
const validEntry: fc.Arbitrary<TeamLogEntry> = fc.oneof(
  fc
    .record({
      quarter: fc.integer({ min: 0, max: 4 }),
      aid: fc.integer({ min: 0, max: 250 }).map((k) => k / 10),
      sanctions: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ quarter, aid, sanctions }) => turn(quarter, aid, sanctions)),
  fc.record({
    kind: fc.constant('settle' as const),
    quarter: fc.integer({ min: 0, max: 3 }),
    terms: fc.constant({}),
  }),
);
const validAction: fc.Arbitrary<FacilitatorAction> = fc.oneof(
  fc.record({
    kind: fc.constant('inject' as const),
    team: fc.constantFrom('t1', 't2'),
    at: fc.integer({ min: 0, max: 4 }),
    injectId: fc.constantFrom('refinery-strikes', 'aid-freeze', 'nk-shells', 'unknown-inject'),
  }),
  fc.constantFrom(...(Object.keys(OVERRIDE_TARGETS) as (keyof typeof OVERRIDE_TARGETS)[])).chain((target) =>
    fc.record({
      kind: fc.constant('override' as const),
      team: fc.constantFrom('t1', 't2'),
      at: fc.integer({ min: 0, max: 4 }),
      target: fc.constant(target as string),
      value: fc.double({ min: OVERRIDE_TARGETS[target][0], max: OVERRIDE_TARGETS[target][1], noNaN: true }),
      reason: fc.constantFrom('Teaching moment', '<script>alert(1)</script>'),
    }),
  ),
  fc.record({
    kind: fc.constant('rewind' as const),
    team: fc.constantFrom('t1', 't2'),
    at: fc.integer({ min: 0, max: 4 }),
    toQuarter: fc.integer({ min: 0, max: 3 }),
  }),
);
const validAnswer: fc.Arbitrary<KremlinAnswer> = fc.record({
  entry: fc.integer({ min: 0, max: 4 }),
  choices: fc.subarray([...KREMLIN_OPTIONS], { maxLength: 3 }),
});

/** A value for a room document: valid, a valid one with hostile edits, or anything at all. */
function roomValue<T>(valid: fc.Arbitrary<T>, examples: readonly T[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 4, arbitrary: fc.oneof(...examples.map((e) => mutatedValue(e))) },
    { weight: 2, arbitrary: hostileValue },
  );
}

/** One edit a member's device makes to its copy of a document. */
type Edit = (doc: Y.Doc) => void;

/** The edits a device may make to a document of this kind, valid or hostile. */
function editsFor(kind: RoomDocAddress['kind'], settings: RoomSettings): fc.Arbitrary<Edit> {
  const stray: fc.Arbitrary<Edit> = fc.tuple(hostileKey, hostileValue).map(([name, v]) => (doc: Y.Doc) => {
    doc.getMap(name === '' ? 'x' : name).set('k', v);
  });
  const rewrite: fc.Arbitrary<Edit> = fc
    .tuple(fc.nat(), fc.constantFrom('log', 'actions', 'answers'), hostileValue)
    .map(([i, root, v]) => (doc: Y.Doc) => {
      const list = doc.getArray(root);
      if (list.length > 0) list.delete(i % list.length, 1);
      if (i % 2 === 0) list.insert(0, [v]);
    });
  if (kind === 'settings') {
    return fc.oneof(
      {
        weight: 4,
        arbitrary: roomValue(fc.constant(settings), [settings]).map(
          (v) => (doc: Y.Doc) => doc.getMap('room').set('settings', v),
        ),
      },
      {
        weight: 2,
        arbitrary: fc
          .record({
            paused: fc.boolean(),
            reveal: fc.boolean(),
            openQuarters: fc.integer({ min: 0, max: 6 }),
            pace: fc.constantFrom('free' as const, 'locked' as const),
          })
          .map((change) => (doc: Y.Doc) => writeSettings(doc, { ...settings, ...change })),
      },
      {
        weight: 4,
        arbitrary: fc
          .array(roomValue(validAction, ACTIONS), { minLength: 1, maxLength: 3 })
          .map((as) => (doc: Y.Doc) => doc.getArray('actions').push(as)),
      },
      {
        weight: 1,
        arbitrary: fc.tuple(hostileKey, hostileValue).map(
          ([k, v]) =>
            (doc: Y.Doc) =>
              doc.getMap('room').set(k, v),
        ),
      },
      { weight: 1, arbitrary: stray },
      { weight: 1, arbitrary: rewrite },
    );
  }
  if (kind === 'team') {
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .array(roomValue(validEntry, LOG), { minLength: 1, maxLength: 2 })
          .map((es) => (doc: Y.Doc) => doc.getArray('log').push(es)),
      },
      { weight: 1, arbitrary: stray },
      { weight: 1, arbitrary: rewrite },
    );
  }
  if (kind === 'kremlin') {
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .array(roomValue(validAnswer, ANSWERS), { minLength: 1, maxLength: 2 })
          .map((as) => (doc: Y.Doc) => doc.getArray('answers').push(as)),
      },
      { weight: 1, arbitrary: stray },
      { weight: 1, arbitrary: rewrite },
    );
  }
  return fc.oneof(
    stray,
    fc.tuple(hostileKey, hostileValue).map(
      ([k, v]) =>
        (doc: Y.Doc) =>
          doc.getMap('teams').set(k, v),
    ),
  );
}

/** The update a device sends after editing its copy of the server's document, or null when its own copy refused the edit. */
function updateOf(doc: Y.Doc, edit: Edit): Uint8Array | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    edit(copy);
    return Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc));
  } catch {
    // The device's own Yjs refused the value (a type it cannot encode, nesting too deep to write).
    return null;
  } finally {
    copy.destroy();
  }
}

/** A change sent to the server: which room, which document, by whom, and the update's bytes. */
const change = fc
  .tuple(
    fc.nat({ max: SERVER_ROOMS.length - 1 }),
    fc.constantFrom(SETTINGS, TEAM_T1, KREMLIN_T1, STATUS),
    fc.nat({ max: 19 }),
  )
  .chain(([room, target, who]) => {
    const server = SERVER_ROOMS[room]!;
    // Mostly the member whose document it is; now and then anyone.
    const owner =
      target.kind === 'settings' ? 0 : target.kind === 'team' ? 1 : target.kind === 'kremlin' ? 4 : 0;
    const member = MEMBERS[who < 15 ? owner : who % MEMBERS.length]!;
    const doc =
      target.kind === 'settings'
        ? server.settingsDoc
        : target.kind === 'team'
          ? server.logDoc
          : target.kind === 'kremlin'
            ? server.answersDoc
            : new Y.Doc();
    const edited = editsFor(target.kind, server.settings).map((edit) => updateOf(doc, edit));
    const bytes = fc.oneof(
      { weight: 6, arbitrary: edited.map((u) => u ?? new Uint8Array([0, 0])) },
      { weight: 2, arbitrary: edited.chain((u) => mutatedBytes(u ?? new Uint8Array([0]))) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    );
    return bytes.map((update) => ({ server, target, member, doc, update }));
  });

/** The fields of room settings. */
const SETTINGS_FIELDS: ReadonlySet<string> = new Set(Object.keys(ROOMS[0]!));

/** True when settings hold a field that RoomSettings does not have, at the top, in the projector or in a team. */
function hasUnknownFields(s: RoomSettings): boolean {
  const only = (o: object, keys: readonly string[]): boolean => Object.keys(o).every((k) => keys.includes(k));
  return (
    !Object.keys(s).every((k) => SETTINGS_FIELDS.has(k)) ||
    !only(s.projector, ['view', 'teamId']) ||
    !s.teams.every((t) => only(t, ['id', 'name']))
  );
}

/** The safety net of checkRoomChange: an error its checks did not expect. */
const SAFETY_NET = /could not be checked/;

describe('fuzz: the room server and the room model', () => {
  it(
    'the server takes a change only when the room stays valid, and refuses anything else with a reason',
    () => {
      const counts = fuzzInput(
        'room changes (server)',
        change,
        ({ server, target, member, doc, update }): Verdict => {
          const before = Y.encodeStateAsUpdate(doc);
          const room = roomContextOf(server.settingsDoc, server.logDoc, server.answersDoc);
          const verdict = checkRoomChange({ doc, address: target, member, update, room });
          // The server's document is never touched by the check.
          expect(Buffer.from(Y.encodeStateAsUpdate(doc)).equals(Buffer.from(before))).toBe(true);
          if (!verdict.ok) {
            expect(verdict.reason.trim().length).toBeGreaterThan(0);
            expect(verdict.reason).not.toMatch(/\n/);
            if (SAFETY_NET.test(verdict.reason)) {
              // KNOWN DEFECT (known-defects.test.ts): room settings may hold fields the model does
              // not know, with any value the sync engine carries (isRoomSettings,
              // src/state/room/room-model.ts); a BigInt among them makes the server's JSON
              // comparison (canonical, src/server/room-validation.ts) throw, and its safety net
              // refuses the change with the internal error as the reason.
              if (/serialize a BigInt/.test(verdict.reason))
                return knownDefect('a BigInt in the settings trips the server');
              expect(verdict.reason, 'the server words every refusal').not.toMatch(SAFETY_NET);
            }
            return 'refused';
          }
          // Taken: the document, with the change, reads as a valid room.
          const after = new Y.Doc();
          Y.applyUpdate(after, before);
          Y.applyUpdate(after, update);
          if (target.kind === 'settings') {
            const settings = readSettings(after);
            expect(isRoomSettings(settings)).toBe(true);
            if (isRoomSettings(settings)) {
              expect(readActions(after).every((a) => isFacilitatorAction(a, settings.teams))).toBe(true);
            }
          } else if (target.kind === 'team') {
            const game = composeTeamGame(
              server.settings,
              roomParams(server.settings),
              't1',
              readLog(after),
              room.actions,
              room.answers,
            );
            expect(game.refusedEntries).toEqual([]);
            expectPlayableGame(game.state, game.reports);
          } else if (target.kind === 'kremlin') {
            expect(readAnswers(after).every(isKremlinAnswer)).toBe(true);
          }
          after.destroy();
          return 'accepted';
        },
        { refusedAs: 'refused with a reason' },
      );
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    "the room model's checks and a team game's composition take any value and give only valid games",
    () => {
      const modelCase = fc.record({
        room: fc.nat({ max: ROOMS.length - 1 }),
        settings: roomValue(fc.constant(ROOMS[0]!), ROOMS),
        log: fc.array(roomValue(validEntry, LOG), { maxLength: 6 }),
        actions: fc.array(roomValue(validAction, ACTIONS), { maxLength: 4 }),
        answers: fc.array(roomValue(validAnswer, ANSWERS), { maxLength: 4 }),
        team: fc.oneof(fc.constantFrom('t1', 't2'), hostileKey),
      });
      const counts = fuzzInput(
        'room model',
        modelCase,
        (c): Verdict => {
          const roomOf = ROOMS[c.room]!;
          // The checks take any value without throwing.
          const validSettings = isRoomSettings(c.settings);
          const entries = c.log.filter(isTeamLogEntry);
          const actions = c.actions.filter((a) => isFacilitatorAction(a, roomOf.teams));
          const answers = c.answers.filter(isKremlinAnswer);
          // KNOWN DEFECT (known-defects.test.ts): isRoomSettings (src/state/room/room-model.ts)
          // takes settings with fields it does not know, holding any value at all (a BigInt, NaN,
          // nesting thousands deep), which every client then keeps in its store. Counted apart
          // once the composition below has been checked.
          const unknownFields = validSettings && hasUnknownFields(c.settings as RoomSettings);
          if (validSettings && !unknownFields) {
            // Valid settings come back the same through JSON, as the sync engine carries them.
            expect(isRoomSettings(JSON.parse(JSON.stringify(c.settings)))).toBe(true);
          }
          const settings = validSettings ? (c.settings as RoomSettings) : roomOf;
          let params;
          try {
            params = roomParams(settings);
          } catch {
            // A scenario the server does not bundle: the room's own scenario stands in.
            params = roomParams(roomOf);
          }
          const game = composeTeamGame(settings, params, c.team, c.log, c.actions, c.answers);
          expectPlayableGame(game.state, game.reports);
          // The composed record replays to the very same game.
          const replayed = replayRecord(params, game.record);
          expect(replayed.ok).toBe(true);
          if (replayed.ok) expect(jsonEqual(replayed.state, game.state)).toBe(true);
          for (const i of game.refusedEntries) expect(i >= 0 && i < c.log.length).toBe(true);
          const clean =
            game.refusedEntries.length === 0 &&
            game.refusedActions === 0 &&
            entries.length === c.log.length &&
            actions.length === c.actions.length &&
            answers.length === c.answers.length;
          if (unknownFields)
            return knownDefect('room settings with fields the model does not know are valid');
          return clean ? 'accepted' : 'refused';
        },
        { refusedAs: 'left out' },
      );
      expect(counts.accepted).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'readRoomMessage reads any bytes as a change, a message to pass, or a refusal with a reason',
    () => {
      const message = (name: string, type: number, sync: number | null, update: Uint8Array): Uint8Array => {
        const e = encoding.createEncoder();
        encoding.writeVarString(e, name);
        encoding.writeVarUint(e, type);
        if (sync !== null) {
          encoding.writeVarUint(e, sync);
          encoding.writeVarUint8Array(e, update);
        }
        return encoding.toUint8Array(e);
      };
      const valid = fc
        .tuple(
          fc.constantFrom(`room/${CODE}/settings`, `room/${CODE}/team/t1`, 'x', ''),
          fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 127, 128, 2 ** 31),
          fc.option(fc.constantFrom(0, 1, 2, 3, 99), { nil: null }),
          fc.uint8Array({ maxLength: 64 }),
        )
        .map(([n, t, s, u]) => message(n, t, s, u));
      const bytes = fc.oneof(
        { weight: 3, arbitrary: valid },
        { weight: 3, arbitrary: valid.chain(mutatedBytes) },
        { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }) },
        {
          // An awareness message past the size the server relays.
          weight: 1,
          arbitrary: fc.integer({ min: 16_385, max: 40_000 }).map((n) => {
            const big = new Uint8Array(n);
            big.set(message('a', 1, null, new Uint8Array()));
            return big;
          }),
        },
      );
      const counts = fuzzInput(
        'room messages',
        bytes,
        (data): Verdict => {
          const read = readRoomMessage(data);
          if (read.kind === 'refuse') {
            expect(read.reason.trim().length).toBeGreaterThan(0);
            return 'refused';
          }
          expect(typeof read.documentName).toBe('string');
          if (read.kind === 'change') expect(read.update).toBeInstanceOf(Uint8Array);
          return 'accepted';
        },
        { refusedAs: 'refused with a reason' },
      );
      expect(counts.accepted).toBeGreaterThan(0);
      expect(counts.refused).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
