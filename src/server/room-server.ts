/**
 * The workshop room server: one HTTP server that serves the built game, a small JSON API to create
 * a room and to tell a token's holder who they are, and the sync engine (Hocuspocus) on the
 * WebSocket path /sync. Every document of a room is authenticated by token, read-only where the
 * room's access table says so, and every change is checked on a copy before the server takes it;
 * the server alone publishes each team's status, recomputed by replay after every change.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { URLSearchParams } from 'node:url';
import { Database } from '@hocuspocus/extension-database';
import {
  Hocuspocus,
  type beforeHandleMessagePayload,
  type onAuthenticatePayload,
  type onChangePayload,
  type onStoreDocumentPayload,
} from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { roomAccess, type RoomMember } from '../room/room-access';
import { CONTENT_POLICY_HEADER } from './content-policy';
import {
  parseRoomDocName,
  readAnswers,
  readLog,
  readSettings,
  readStatuses,
  roomDocName,
  writeSettings,
  writeStatus,
  type RoomDocAddress,
} from '../room/room-docs';
import { ASSUMPTIONS, BUNDLED_SCENARIO_IDS, getBundledScenario } from '../scenario';
import {
  isRoomCode,
  isRoomSettings,
  MAX_ROOM_TEAM_NAME_CHARS,
  MAX_ROOM_TEAMS,
  type RoomSettings,
  type RoomTeam,
} from '../state';
import { openRoomStore, sameSecret, type RoomStore } from './room-store';
import { checkRoomChange, readRoomMessage, roomContextOf, roomTeamStatuses } from './room-validation';

/** What createRoomServer needs. */
export interface RoomServerOptions {
  /** The TCP port; 0 picks a free one. */
  readonly port: number;
  /** The address to listen on, e.g. `0.0.0.0` for the whole network or `127.0.0.1`. */
  readonly host: string;
  /** Where the SQLite store lives (created when missing). */
  readonly dataDir: string;
  /** The built game (Vite's dist folder) to serve, or null/absent to serve only the API and /sync. */
  readonly staticDir?: string | null;
  /** The key that allows creating rooms; a random one when absent. */
  readonly hostKey?: string;
  /** Where the server reports refusals and room creations, one line each. */
  readonly log?: (line: string) => void;
}

/** A running room server. */
export interface RoomServer {
  /** `http://host:port`. */
  readonly url: string;
  readonly port: number;
  /** The key for `POST /api/rooms`. */
  readonly hostKey: string;
  /** Closes every connection, stores every document and closes the store. */
  close(): Promise<void>;
}

/** The largest JSON body the API reads, in bytes. */
const MAX_BODY_BYTES = 64 * 1024;
/** The largest WebSocket message, in bytes. */
const MAX_WS_PAYLOAD_BYTES = 1_000_000;
/** Milliseconds of quiet before a changed document is stored, and the longest it waits. */
const STORE_DEBOUNCE_MS = 200;
const STORE_MAX_DEBOUNCE_MS = 1000;
/** The WebSocket path of the sync engine. */
const SYNC_PATH = '/sync';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Files a browser must check on every load, so that a new build reaches every device. */
const NO_CACHE_FILES = new Set(['index.html', 'sw.js', 'registerSW.js', 'manifest.webmanifest']);

/** What a connection's hooks know once it is authenticated. */
interface AuthContext {
  readonly member: RoomMember;
  readonly address: RoomDocAddress;
}

/** An authentication refusal, sent to the device as the reason (no server log line). */
const denied = (reason: string): Error => Object.assign(new Error(''), { reason });

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

/** The token of an `Authorization: Bearer …` header, or null. */
function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** The request body as text, or null when it is longer than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A room as asked for by `POST /api/rooms`. */
interface RoomRequest {
  readonly scenarioId: string;
  readonly assumptions: Readonly<Record<string, string>>;
  readonly seed: number;
  readonly teams: readonly string[];
  readonly pace: 'free' | 'locked';
  /** True when a person plays the Kremlin (the room then has a Kremlin token). */
  readonly kremlin: boolean;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The room asked for, or one sentence saying what is wrong with the body. */
function parseRoomRequest(body: unknown): RoomRequest | string {
  if (!isPlainObject(body)) return 'The body must be a JSON object.';
  const { scenarioId, assumptions, seed, teams, pace, kremlin } = body;
  if (typeof scenarioId !== 'string' || !BUNDLED_SCENARIO_IDS.includes(scenarioId)) {
    return `scenarioId must be one of: ${BUNDLED_SCENARIO_IDS.join(', ')}.`;
  }
  const choices = assumptions === undefined ? {} : assumptions;
  if (!isPlainObject(choices)) return 'assumptions must be an object of assumption id to option id.';
  for (const [id, option] of Object.entries(choices)) {
    const assumption = ASSUMPTIONS.find((a) => a.id === id);
    if (!assumption) return `assumptions names an unknown assumption "${id}".`;
    if (!assumption.options.some((o) => o.id === option)) {
      return `assumptions gives "${id}" an unknown option (known: ${assumption.options.map((o) => o.id).join(', ')}).`;
    }
  }
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) {
    return 'seed must be a whole number from 0 to 2147483647.';
  }
  if (!Array.isArray(teams) || teams.length < 1 || teams.length > MAX_ROOM_TEAMS) {
    return `teams must be a list of 1 to ${MAX_ROOM_TEAMS} team names.`;
  }
  const names: string[] = [];
  for (const [i, name] of (teams as unknown[]).entries()) {
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed.length < 1 || trimmed.length > MAX_ROOM_TEAM_NAME_CHARS) {
      return `Team ${i + 1} needs a name of 1 to ${MAX_ROOM_TEAM_NAME_CHARS} characters.`;
    }
    if (names.includes(trimmed)) return `Two teams are called "${trimmed}"; each team needs its own name.`;
    names.push(trimmed);
  }
  if (pace !== 'free' && pace !== 'locked') return 'pace must be "free" or "locked".';
  if (kremlin !== undefined && typeof kremlin !== 'boolean') return 'kremlin must be true or false.';
  return {
    scenarioId,
    assumptions: choices as Record<string, string>,
    seed,
    teams: names,
    pace,
    kremlin: kremlin === true,
  };
}

/** The settings a new room starts with. */
function initialSettings(request: RoomRequest): RoomSettings {
  const scenario = getBundledScenario(request.scenarioId);
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    assumptions: request.assumptions,
    seed: request.seed,
    teams: request.teams.map((name, i): RoomTeam => ({ id: `t${i + 1}`, name })),
    pace: request.pace,
    openQuarters: 1,
    deadlineMs: null,
    paused: false,
    reveal: false,
    projector: { view: 'join', teamId: null },
    kremlin: request.kremlin,
  };
}

/** The file a static request names inside `root`, or null when it leaves the folder. */
function staticFile(root: string, pathname: string): string | null {
  const file = path.resolve(root, `.${pathname}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** Serves the built game: files by path, index.html for app routes, nothing outside the folder. */
function serveStatic(req: IncomingMessage, res: ServerResponse, root: string | null, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: 'Only GET and HEAD are served here.' }, { Allow: 'GET, HEAD' });
    return;
  }
  if (root === null) {
    sendJson(res, 404, { error: 'This server serves no game files (no dist folder).' });
    return;
  }
  let file = pathname.includes('\0') ? null : staticFile(root, pathname);
  let stats = file ? statOrNull(file) : null;
  if (file && stats?.isDirectory()) {
    file = path.join(file, 'index.html');
    stats = statOrNull(file);
  }
  if (file && !stats?.isFile() && path.posix.extname(pathname) === '') {
    // An address of the app itself (no file extension): the app's page answers it.
    file = path.join(root, 'index.html');
    stats = statOrNull(file);
  }
  if (!file || !stats?.isFile()) {
    sendJson(res, 404, { error: 'Not found.' });
    return;
  }
  const base = path.basename(file);
  const cache = NO_CACHE_FILES.has(base)
    ? 'no-cache'
    : pathname.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=3600';
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stats.size,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_POLICY_HEADER,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * Publishes team statuses into each room's status document, one room at a time: changes mark
 * teams as due, and a pass shortly after writes what changed (marks made during a pass wait for
 * the next one), so bursts of changes cost one replay per team.
 */
class StatusPublisher {
  private readonly due = new Map<string, Set<string> | 'all'>();
  private readonly passes = new Map<string, Promise<void>>();

  constructor(
    private readonly publish: (code: string, teams: readonly string[] | null) => Promise<void>,
    private readonly onError: (code: string, error: unknown) => void,
  ) {}

  /** Marks one team of a room (or, with null, every team) as due for publishing. */
  mark(code: string, teamId: string | null): void {
    const scheduled = this.due.has(code);
    const known = this.due.get(code);
    this.due.set(code, teamId === null || known === 'all' ? 'all' : new Set([...(known ?? []), teamId]));
    if (scheduled) return;
    const previous = this.passes.get(code) ?? Promise.resolve();
    const pass = previous
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        const teams = this.due.get(code);
        this.due.delete(code);
        return this.publish(code, teams === undefined || teams === 'all' ? null : [...teams]);
      })
      .catch((error: unknown) => this.onError(code, error));
    this.passes.set(code, pass);
    void pass.then(() => {
      if (this.passes.get(code) === pass) this.passes.delete(code);
    });
  }

  /** Resolves once every pass due for this room (or every room) has run. */
  async settled(code: string | null = null): Promise<void> {
    for (;;) {
      const pending = code === null ? [...this.passes.values()] : [this.passes.get(code)];
      const running = pending.filter((p): p is Promise<void> => p !== undefined);
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }
}

/**
 * Starts a room server: the built game, the room API and the sync engine, on one port. Resolves
 * once it listens; `url` then names the address it actually listens on (useful with port 0).
 */
export async function createRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const log = options.log ?? (() => undefined);
  const hostKey = options.hostKey ?? randomBytes(32).toString('base64url');
  const staticRoot = options.staticDir ? path.resolve(options.staticDir) : null;
  const store: RoomStore = openRoomStore(options.dataDir);
  let closing = false;

  const hocuspocus: Hocuspocus = new Hocuspocus({
    name: 'leverage-room',
    quiet: true,
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    extensions: [
      new Database({
        fetch: ({ documentName }) => Promise.resolve(store.isOpen ? store.fetchDocument(documentName) : null),
        store: ({ documentName, state }) => {
          if (store.isOpen) store.storeDocument(documentName, state);
          return Promise.resolve();
        },
      }),
    ],
    onAuthenticate: authenticate,
    beforeHandleMessage: checkMessage,
    onChange: changed,
  });

  /** A document as the server holds it now: the loaded one, else the stored one, else null. */
  function currentDoc(name: string): Y.Doc | null {
    const live = hocuspocus.documents.get(name);
    if (live) return live;
    const data = store.isOpen ? store.fetchDocument(name) : null;
    if (!data) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, data);
    return doc;
  }

  function settingsOf(code: string): RoomSettings | null {
    const doc = currentDoc(roomDocName(code, 'settings'));
    const settings = doc ? readSettings(doc) : undefined;
    return isRoomSettings(settings) ? settings : null;
  }

  function authenticate(data: onAuthenticatePayload): Promise<AuthContext> {
    const address = parseRoomDocName(data.documentName);
    if (closing) return Promise.reject(denied('server-closing'));
    if (!address) return Promise.reject(denied('unknown-document'));
    const member = store.memberOf(address.code, data.token);
    if (!member) return Promise.reject(denied('permission-denied'));
    const teamTokens = store.room(address.code)?.tokens.teams ?? {};
    if (
      (address.kind === 'team' || address.kind === 'kremlin') &&
      !(address.teamId !== null && address.teamId in teamTokens)
    ) {
      return Promise.reject(denied('unknown-document'));
    }
    const access = roomAccess(member, address);
    if (access === 'none') return Promise.reject(denied('permission-denied'));
    if (access === 'read') data.connectionConfig.readOnly = true;
    return Promise.resolve({ member, address });
  }

  /**
   * Checks a change before the sync engine applies it, and applies an accepted one here at once,
   * in the same step: the next message is then checked against a document that holds this one.
   * A refused change from a writer closes that document's connection (the sync engine drops the
   * message); a read-only connection's change is dropped by the sync engine itself.
   */
  function checkMessage(data: beforeHandleMessagePayload): Promise<void> {
    const message = readRoomMessage(data.update);
    const context = data.context as Partial<AuthContext>;
    const { member, address } = context;
    const who = member ? (member.teamId ?? member.role) : 'unknown';
    if (message.kind === 'refuse') {
      log(`room: refused a message for ${data.documentName} from ${who}: ${message.reason}`);
      return Promise.reject(refusal(message.reason));
    }
    if (message.kind === 'pass') return Promise.resolve();
    if (!member || !address) return Promise.reject(refusal('not authenticated'));
    const room =
      (address.kind === 'team' || address.kind === 'kremlin') && address.teamId !== null
        ? roomContextOf(
            currentDoc(roomDocName(address.code, 'settings')),
            currentDoc(roomDocName(address.code, 'team', address.teamId)),
            currentDoc(roomDocName(address.code, 'kremlin', address.teamId)),
          )
        : null;
    const verdict = checkRoomChange({ doc: data.document, address, member, update: message.update, room });
    if (!verdict.ok) {
      log(`room ${address.code}: refused a change to ${data.documentName} from ${who}: ${verdict.reason}`);
      return data.connection.readOnly ? Promise.resolve() : Promise.reject(refusal(verdict.reason));
    }
    if (!data.connection.readOnly) Y.applyUpdate(data.document, message.update, data.connection);
    return Promise.resolve();
  }

  function changed(data: onChangePayload): Promise<void> {
    const address = parseRoomDocName(data.documentName);
    if (address && address.kind !== 'status' && !closing) {
      publisher.mark(
        address.code,
        address.kind === 'team' || address.kind === 'kremlin' ? address.teamId : null,
      );
    }
    return Promise.resolve();
  }

  async function publishStatuses(code: string, teams: readonly string[] | null): Promise<void> {
    if (closing) return;
    const statuses = roomTeamStatuses(
      currentDoc(roomDocName(code, 'settings')),
      (teamId) => {
        const doc = currentDoc(roomDocName(code, 'team', teamId));
        return doc ? readLog(doc) : [];
      },
      teams,
      (teamId) => {
        const doc = currentDoc(roomDocName(code, 'kremlin', teamId));
        return doc ? readAnswers(doc) : [];
      },
    );
    if (Object.keys(statuses).length === 0) return;
    const connection = await hocuspocus.openDirectConnection(roomDocName(code, 'status'), { server: true });
    try {
      const current = connection.document ? readStatuses(connection.document) : {};
      const fresh = Object.entries(statuses).filter(
        ([teamId, status]) => JSON.stringify(current[teamId]) !== JSON.stringify(status),
      );
      if (fresh.length === 0) return;
      await connection.transact((doc) => {
        doc.transact(() => {
          for (const [teamId, status] of fresh) writeStatus(doc, teamId, status);
        });
      });
    } finally {
      await connection.disconnect();
    }
  }

  const publisher = new StatusPublisher(publishStatuses, (code, error) =>
    log(
      `room ${code}: the statuses could not be published (${error instanceof Error ? error.message : 'error'})`,
    ),
  );

  async function createRoom(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const key = bearerToken(req);
    if (key === null || !sameSecret(key, hostKey)) {
      sendJson(res, 401, { error: 'Creating a room needs the host key (Authorization: Bearer <key>).' });
      return;
    }
    const text = await readBody(req, MAX_BODY_BYTES);
    if (text === null) {
      sendJson(
        res,
        413,
        { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` },
        { Connection: 'close' },
      );
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      sendJson(res, 400, { error: 'The body is not valid JSON.' });
      return;
    }
    const request = parseRoomRequest(body);
    if (typeof request === 'string') {
      sendJson(res, 400, { error: request });
      return;
    }
    const settings = initialSettings(request);
    if (!isRoomSettings(settings)) {
      sendJson(res, 400, { error: 'These settings do not make a valid room.' });
      return;
    }
    const room = store.createRoom(
      settings.teams.map((t) => t.id),
      Date.now(),
      settings.kremlin,
    );
    const connection = await hocuspocus.openDirectConnection(roomDocName(room.code, 'settings'), {
      server: true,
    });
    try {
      await connection.transact((doc) => writeSettings(doc, settings));
    } finally {
      await connection.disconnect();
    }
    publisher.mark(room.code, null);
    await publisher.settled(room.code);
    log(
      `room ${room.code}: created with ${settings.teams.length} teams (${settings.scenarioId}, ${settings.pace} pace)`,
    );
    sendJson(res, 201, {
      code: room.code,
      facilitator: room.tokens.facilitator,
      projector: room.tokens.projector,
      kremlin: room.tokens.kremlin,
      teams: settings.teams.map((t) => ({ id: t.id, name: t.name, token: room.tokens.teams[t.id] ?? '' })),
    });
  }

  function roomEndpoint(req: IncomingMessage, res: ServerResponse, code: string, what: string): void {
    if (req.method !== 'GET') {
      sendJson(res, 405, { error: 'Use GET.' }, { Allow: 'GET' });
      return;
    }
    const room = isRoomCode(code) ? store.room(code) : null;
    if (!room) {
      sendJson(res, 404, { error: `There is no room ${code}.` });
      return;
    }
    const token = bearerToken(req);
    const member = token === null ? null : store.memberOf(code, token);
    if (!member) {
      sendJson(res, 401, { error: 'This token belongs to no member of the room.' });
      return;
    }
    const teams = settingsOf(code)?.teams ?? [];
    if (what === 'whoami') {
      const teamName = teams.find((t) => t.id === member.teamId)?.name ?? null;
      sendJson(res, 200, { code, role: member.role, teamId: member.teamId, teamName });
      return;
    }
    // The projector shows the teams' QR codes while they join (its "how to join" view); a team
    // never sees another team's link.
    if (member.role === 'team' || member.role === 'kremlin') {
      sendJson(res, 403, {
        error: "Only the facilitator's and the projector's tokens show the room's links.",
      });
      return;
    }
    sendJson(res, 200, {
      code,
      projector: member.role === 'facilitator' ? room.tokens.projector : null,
      kremlin: member.role === 'facilitator' ? room.tokens.kremlin : null,
      teams: teams.map((t) => ({ id: t.id, name: t.name, token: room.tokens.teams[t.id] ?? '' })),
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://room.invalid').pathname);
    } catch {
      sendJson(res, 400, { error: 'The address cannot be read.' });
      return;
    }
    if (pathname === '/api/health') {
      sendJson(res, 200, { ok: true });
      return;
    }
    if (pathname === '/api/rooms') {
      if (req.method !== 'POST') {
        sendJson(res, 405, { error: 'Use POST to create a room.' }, { Allow: 'POST' });
        return;
      }
      await createRoom(req, res);
      return;
    }
    const roomPath = /^\/api\/rooms\/([^/]+)\/(whoami|links)$/.exec(pathname);
    if (roomPath) {
      roomEndpoint(req, res, roomPath[1] ?? '', roomPath[2] ?? '');
      return;
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      sendJson(res, 404, { error: 'There is no such API endpoint.' });
      return;
    }
    if (pathname === SYNC_PATH) {
      sendJson(res, 426, { error: 'The sync engine speaks WebSocket here.' }, { Upgrade: 'websocket' });
      return;
    }
    serveStatic(req, res, staticRoot, pathname);
  }

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(
        `room: ${req.method ?? '?'} ${req.url ?? '?'} failed (${error instanceof Error ? error.message : 'error'})`,
      );
      if (!res.headersSent) sendJson(res, 500, { error: 'The server could not answer.' });
      else res.destroy();
    });
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_WS_PAYLOAD_BYTES });
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    let pathname = '';
    try {
      pathname = new URL(req.url ?? '/', 'http://room.invalid').pathname;
    } catch {
      // An unreadable address upgrades to nothing.
    }
    if (pathname !== SYNC_PATH || closing) {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', (error) => log(`room: a WebSocket failed (${error.message})`));
      hocuspocus.handleConnection(ws, req);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closed: Promise<void> | null = null;
  async function shutDown(): Promise<void> {
    closing = true;
    const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeAllConnections();
    hocuspocus.closeConnections();
    for (const ws of sockets.clients) ws.terminate();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
    await publisher.settled();
    // Store every document still in memory now, whatever its debounce timer says.
    for (const document of [...hocuspocus.documents.values()]) {
      const payload: onStoreDocumentPayload = {
        clientsCount: document.getConnectionsCount(),
        context: { server: true },
        document,
        documentName: document.name,
        instance: hocuspocus,
        requestHeaders: {},
        requestParameters: new URLSearchParams(),
        socketId: 'server',
      };
      await hocuspocus.storeDocumentHooks(document, payload, true);
    }
    await httpClosed;
    store.close();
  }

  return {
    url: `http://${shownHost}:${port}`,
    port,
    hostKey,
    close: () => (closed ??= shutDown()),
  };
}

/** A refused change, as the sync engine expects it: it closes that document's connection with the reason. */
function refusal(reason: string): Error {
  return Object.assign(new Error(`change refused: ${reason}`), { code: 4403, reason: 'change-refused' });
}
