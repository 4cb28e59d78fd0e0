// @vitest-environment node
/**
 * The room server end to end, on 127.0.0.1 with a free port: the built game, the room API, and
 * the sync engine with real providers. Every wait polls for a condition; what must never arrive is
 * checked after a later change on the same path has arrived, so the server had its chance.
 */
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  appendLogEntry,
  pushActions,
  pushAnswer,
  readActions,
  readLog,
  readSettings,
  readStatuses,
  roomDocName,
  writeSettings,
} from '../../src/room/room-docs';
import { createRoomServer, type RoomServer } from '../../src/server/room-server';
import { isRoomSettings, type RoomSettings, type TeamLogEntry } from '../../src/state';
import { roomClient, waitFor, type TestClient } from './room-test-client';

const HOST_KEY = 'test-host-key-0123456789';

interface CreatedRoom {
  code: string;
  facilitator: string;
  projector: string;
  kremlin: string | null;
  teams: { id: string; name: string; token: string }[];
}

const turn = (quarter: number): TeamLogEntry => ({
  kind: 'turn',
  quarter,
  aidBnEurPerQuarter: 12,
  sanctionsLevel: 2,
});

const roomBody = {
  scenarioId: 'baseline-2025',
  assumptions: {},
  seed: 7,
  teams: ['Blue', ' Green '],
  pace: 'free',
};

let root: string;
let dataDir: string;
let distDir: string;
let server: RoomServer | null = null;
const clients: TestClient[] = [];
const logLines: string[] = [];

async function start(): Promise<RoomServer> {
  server = await createRoomServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir: distDir,
    hostKey: HOST_KEY,
    log: (line) => logLines.push(line),
  });
  return server;
}

function client(token: string): TestClient {
  if (!server) throw new Error('no server');
  const c = roomClient(server.url, token);
  clients.push(c);
  return c;
}

async function api(
  pathname: string,
  init: { method?: string; token?: string; body?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  if (!server) throw new Error('no server');
  const res = await fetch(`${server.url}${pathname}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token === undefined ? {} : { Authorization: `Bearer ${init.token}` }),
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function createRoom(body: object = roomBody): Promise<CreatedRoom> {
  const { status, json } = await api('/api/rooms', {
    method: 'POST',
    token: HOST_KEY,
    body: JSON.stringify(body),
  });
  expect(status).toBe(201);
  return json as unknown as CreatedRoom;
}

const tokenOf = (room: CreatedRoom, teamId: string): string =>
  room.teams.find((t) => t.id === teamId)?.token ?? '';

/** A raw GET, for addresses fetch would normalise. */
function rawGet(
  pathname: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  if (!server) throw new Error('no server');
  const { port } = server;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathname, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'room-server-'));
  distDir = path.join(root, 'dist');
  mkdirSync(path.join(distDir, 'assets'), { recursive: true });
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Leverage</title>');
  writeFileSync(path.join(distDir, 'sw.js'), 'self.x = 1;');
  writeFileSync(path.join(distDir, 'assets', 'app-1234.js'), 'console.log(1);');
  writeFileSync(path.join(root, 'secret.txt'), 'secret');
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
  logLines.length = 0;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the room server over HTTP', { timeout: 30_000 }, () => {
  it('serves the health check, the game and app routes, and nothing outside the game folder', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    expect(await api('/api/health')).toEqual({ status: 200, json: { ok: true } });
    const index = await rawGet('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(index.body).toContain('Leverage');
    expect((await rawGet('/sw.js')).headers['cache-control']).toBe('no-cache');
    const asset = await rawGet('/assets/app-1234.js');
    expect(asset.headers['content-type']).toMatch(/text\/javascript/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    const route = await rawGet('/room/ABC234');
    expect(route.status).toBe(200);
    expect(route.body).toContain('Leverage');
    expect((await rawGet('/missing.js')).status).toBe(404);
    for (const sneaky of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
    ]) {
      const res = await rawGet(sneaky);
      expect(res.body).not.toContain('secret');
    }
    expect((await api('/api/nothing')).status).toBe(404);
  });

  it('creates a room only with the host key and a valid body', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const body = JSON.stringify(roomBody);
    expect((await api('/api/rooms', { method: 'POST', body })).status).toBe(401);
    const wrong = await api('/api/rooms', { method: 'POST', token: 'nope', body });
    expect(wrong.status).toBe(401);
    expect(typeof wrong.json['error']).toBe('string');
    const bad = [
      { ...roomBody, teams: [] },
      { ...roomBody, teams: ['Blue', 'Blue'] },
      { ...roomBody, teams: ['x'.repeat(41)] },
      { ...roomBody, pace: 'fast' },
      { ...roomBody, seed: -1 },
      { ...roomBody, scenarioId: 'nowhere' },
      { ...roomBody, assumptions: { nothing: 'x' } },
      [1, 2],
    ];
    for (const b of bad) {
      const res = await api('/api/rooms', { method: 'POST', token: HOST_KEY, body: JSON.stringify(b) });
      expect(res.status).toBe(400);
      expect(res.json['error']).toMatch(/\.$/);
    }
    expect((await api('/api/rooms', { method: 'POST', token: HOST_KEY, body: '{' })).status).toBe(400);
    const huge = JSON.stringify({ ...roomBody, padding: 'x'.repeat(70_000) });
    expect((await api('/api/rooms', { method: 'POST', token: HOST_KEY, body: huge })).status).toBe(413);

    const room = await createRoom();
    expect(room.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(room.teams.map((t) => [t.id, t.name])).toEqual([
      ['t1', 'Blue'],
      ['t2', 'Green'],
    ]);
    expect(new Set([room.facilitator, room.projector, ...room.teams.map((t) => t.token)]).size).toBe(4);
    expect(logLines.some((line) => line.includes(room.code))).toBe(true);
  });

  it("tells a token who holds it, and shows the links to the facilitator and the teams' links to the projector, never to a team", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const base = `/api/rooms/${room.code}`;
    expect(await api(`${base}/whoami`, { token: tokenOf(room, 't2') })).toEqual({
      status: 200,
      json: { code: room.code, role: 'team', teamId: 't2', teamName: 'Green' },
    });
    expect((await api(`${base}/whoami`, { token: room.projector })).json).toMatchObject({
      role: 'projector',
      teamId: null,
      teamName: null,
    });
    expect((await api(`${base}/whoami`, { token: 'wrong' })).status).toBe(401);
    expect((await api(`${base}/whoami`)).status).toBe(401);
    expect((await api('/api/rooms/ZZZZZZ/whoami', { token: room.facilitator })).status).toBe(404);
    expect(await api(`${base}/links`, { token: room.facilitator })).toEqual({
      status: 200,
      json: { code: room.code, projector: room.projector, kremlin: null, teams: room.teams },
    });
    expect(await api(`${base}/links`, { token: room.projector })).toEqual({
      status: 200,
      json: { code: room.code, projector: null, kremlin: null, teams: room.teams },
    });
    expect((await api(`${base}/links`, { token: tokenOf(room, 't1') })).status).toBe(403);
    expect((await api(`${base}/links`, { token: 'wrong' })).status).toBe(401);
  });
});

describe('the room server over the sync engine', { timeout: 30_000 }, () => {
  it("carries a team's turn to the facilitator and publishes the team's status", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const facilitator = client(room.facilitator);
    const settings = facilitator.open(roomDocName(room.code, 'settings'));
    const status = facilitator.open(roomDocName(room.code, 'status'));
    const blueLog = facilitator.open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the settings', () => isRoomSettings(readSettings(settings.doc)));
    expect(readSettings(settings.doc)).toMatchObject({
      openQuarters: 1,
      paused: false,
      projector: { view: 'join', teamId: null },
    });
    await waitFor('the first statuses', () => Object.keys(readStatuses(status.doc)).length === 2);
    expect(readStatuses(status.doc)['t1']).toMatchObject({ quartersPlayed: 0 });

    const blue = client(tokenOf(room, 't1'));
    const own = blue.open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the team to sync', () => own.provider.isSynced);
    appendLogEntry(own.doc, turn(0));
    await waitFor('the turn at the facilitator', () => readLog(blueLog.doc).length === 1);
    expect(readLog(blueLog.doc)).toEqual([turn(0)]);
    await waitFor(
      'the published status',
      () => (readStatuses(status.doc)['t1'] as { quartersPlayed?: number } | undefined)?.quartersPlayed === 1,
    );
    expect(readStatuses(status.doc)['t2']).toMatchObject({ quartersPlayed: 0 });
  });

  it("holds a team's quarter for the Kremlin player's answer, which only the Kremlin's token may write", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom({ ...roomBody, kremlin: true });
    expect(room.kremlin).toMatch(/^[\w-]{43}$/);
    expect((await api(`/api/rooms/${room.code}/whoami`, { token: room.kremlin ?? '' })).json).toMatchObject({
      role: 'kremlin',
    });
    const facilitator = client(room.facilitator);
    const status = facilitator.open(roomDocName(room.code, 'status'));
    const answersSeen = facilitator.open(roomDocName(room.code, 'kremlin', 't1'));
    const blue = client(tokenOf(room, 't1'));
    const own = blue.open(roomDocName(room.code, 'team', 't1'));
    const blueAnswers = blue.open(roomDocName(room.code, 'kremlin', 't1'));
    await waitFor('the team to sync', () => own.provider.isSynced && blueAnswers.provider.isSynced);
    appendLogEntry(own.doc, turn(0));
    const statusOf = (): { quartersPlayed?: number; awaitingKremlin?: boolean } | undefined =>
      readStatuses(status.doc)['t1'] as { quartersPlayed?: number; awaitingKremlin?: boolean } | undefined;
    await waitFor('the team to wait for the Kremlin', () => statusOf()?.awaitingKremlin === true);
    expect(statusOf()?.quartersPlayed).toBe(0);

    // The team answering for the Kremlin is refused (its connection to that document is read only).
    pushAnswer(blueAnswers.doc, { entry: 0, choices: ['raiseTaxes'] });
    const kremlin = client(room.kremlin ?? '');
    const answers = kremlin.open(roomDocName(room.code, 'kremlin', 't1'));
    await waitFor('the Kremlin to sync', () => answers.provider.isSynced);
    expect(answers.doc.getArray('answers').length).toBe(0);
    pushAnswer(answers.doc, { entry: 0, choices: [] });
    await waitFor('the quarter played', () => statusOf()?.quartersPlayed === 1);
    expect(statusOf()?.awaitingKremlin).toBe(false);
    expect(answersSeen.doc.getArray('answers').toArray()).toEqual([{ entry: 0, choices: [] }]);
  });

  it('takes changes sent in one burst, each checked after the one before', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const watched = client(room.facilitator).open(roomDocName(room.code, 'team', 't2'));
    const own = client(tokenOf(room, 't2')).open(roomDocName(room.code, 'team', 't2'));
    await waitFor('the team to sync', () => own.provider.isSynced && watched.provider.isSynced);
    // Three updates leave in the same tick; the second and third build on the first.
    appendLogEntry(own.doc, turn(0));
    appendLogEntry(own.doc, turn(1));
    appendLogEntry(own.doc, turn(2));
    await waitFor('the three turns', () => readLog(watched.doc).length === 3);
    expect(own.closedFor).toBeNull();
  });

  it("refuses the projector's write: no other device ever sees it", async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const facilitator = client(room.facilitator);
    const settings = facilitator.open(roomDocName(room.code, 'settings'));
    const blueLog = facilitator.open(roomDocName(room.code, 'team', 't1'));
    const projector = client(room.projector);
    const seen = projector.open(roomDocName(room.code, 'settings'));
    await waitFor(
      'the projector to sync',
      () => seen.provider.isSynced && isRoomSettings(readSettings(seen.doc)),
    );
    await waitFor('the facilitator to sync', () => isRoomSettings(readSettings(settings.doc)));
    writeSettings(seen.doc, { ...(readSettings(seen.doc) as RoomSettings), paused: true });
    // The projector's socket then opens another document: the server handled the write first.
    const later = projector.open(roomDocName(room.code, 'status'));
    await waitFor('the projector to open its next document', () => later.provider.isSynced);
    // A later change on the facilitator's socket arrives after anything the write would have sent.
    const blue = client(tokenOf(room, 't1'));
    appendLogEntry(blue.open(roomDocName(room.code, 'team', 't1')).doc, turn(0));
    await waitFor('the later change', () => readLog(blueLog.doc).length === 1);
    expect((readSettings(settings.doc) as RoomSettings).paused).toBe(false);
    expect(logLines.some((line) => line.includes('projector token may not write'))).toBe(true);
  });

  it('refuses settings and actions written with a team token', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const facilitator = client(room.facilitator);
    const settings = facilitator.open(roomDocName(room.code, 'settings'));
    const blueLog = facilitator.open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the facilitator to sync', () => isRoomSettings(readSettings(settings.doc)));
    const blue = client(tokenOf(room, 't1'));
    const blueSettings = blue.open(roomDocName(room.code, 'settings'));
    const own = blue.open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the team to sync', () => blueSettings.provider.isSynced && own.provider.isSynced);
    pushActions(blueSettings.doc, [{ kind: 'inject', team: 't2', at: 0, injectId: 'coalition-summit' }]);
    writeSettings(blueSettings.doc, { ...(readSettings(blueSettings.doc) as RoomSettings), reveal: true });
    // The team's next change travels the same socket after the refused ones.
    appendLogEntry(own.doc, turn(0));
    await waitFor('the team turn', () => readLog(blueLog.doc).length === 1);
    expect(readActions(settings.doc)).toEqual([]);
    expect((readSettings(settings.doc) as RoomSettings).reveal).toBe(false);
    expect(logLines.some((line) => line.includes('team token may not write the settings'))).toBe(true);
  });

  it('closes the connection of a team that writes an entry the game cannot play', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const facilitator = client(room.facilitator);
    const blueLog = facilitator.open(roomDocName(room.code, 'team', 't1'));
    const blue = client(tokenOf(room, 't1'));
    const own = blue.open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the team to sync', () => own.provider.isSynced && blueLog.provider.isSynced);
    appendLogEntry(own.doc, turn(4));
    await waitFor('the refusal', () => own.closedFor !== null);
    expect(own.closedFor).toBe('change-refused');
    expect(logLines.some((line) => line.includes('cannot be played'))).toBe(true);
    // A fresh device of the same team still syncs the log as the server holds it: empty.
    const again = client(tokenOf(room, 't1')).open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the second device to sync', () => again.provider.isSynced);
    expect(readLog(again.doc)).toEqual([]);
    expect(readLog(blueLog.doc)).toEqual([]);
  });

  it('refuses a wrong token, another team, and documents that are not the room', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const stranger = client('not-a-token').open(roomDocName(room.code, 'settings'));
    const blue = client(tokenOf(room, 't1'));
    const greenLog = blue.open(roomDocName(room.code, 'team', 't2'));
    const elsewhere = blue.open('not/a/room');
    const noTeam = client(room.facilitator).open(roomDocName(room.code, 'team', 't9'));
    await waitFor('the refusals', () =>
      [stranger, greenLog, elsewhere, noTeam].every((d) => d.denied !== null),
    );
    expect(stranger.denied).toBe('permission-denied');
    expect(readLog(greenLog.doc)).toEqual([]);
  });

  it('keeps the room across a restart on the same data directory', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'room-data-'));
    await start();
    const room = await createRoom();
    const blue = client(tokenOf(room, 't1'));
    const own = blue.open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the team to sync', () => own.provider.isSynced);
    appendLogEntry(own.doc, turn(0));
    const facilitator = client(room.facilitator);
    const watched = facilitator.open(roomDocName(room.code, 'team', 't1'));
    await waitFor('the turn at the facilitator', () => readLog(watched.doc).length === 1);
    for (const c of clients.splice(0)) c.close();
    await server?.close();

    await start();
    const back = client(room.facilitator);
    const log = back.open(roomDocName(room.code, 'team', 't1'));
    const status = back.open(roomDocName(room.code, 'status'));
    const settings = back.open(roomDocName(room.code, 'settings'));
    await waitFor(
      'the stored room',
      () => readLog(log.doc).length === 1 && isRoomSettings(readSettings(settings.doc)),
    );
    expect(readLog(log.doc)).toEqual([turn(0)]);
    await waitFor(
      'the stored status',
      () => (readStatuses(status.doc)['t1'] as { quartersPlayed?: number } | undefined)?.quartersPlayed === 1,
    );
    expect((await api(`/api/rooms/${room.code}/whoami`, { token: tokenOf(room, 't1') })).json).toMatchObject({
      teamName: 'Blue',
    });
  });
});
