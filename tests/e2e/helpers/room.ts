/**
 * A workshop room for the browser tests: the room server run in the test's process on 127.0.0.1
 * (serving the built game from dist/), stopped and started again on the same port and data; a
 * network link between one device and the server that can be cut and restored; the team's room
 * bar; and Node members of the room that speak to the sync engine directly, as a script holding a
 * token could.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { register } from 'tsx/esm/api';
import type * as RoomDocsModule from '../../../src/room/room-docs';
import type * as RoomServerModule from '../../../src/server/room-server';
import type { RoomServer } from '../../../src/server/room-server';
import type * as RoomTestClientModule from '../../server/room-test-client';

/** The room bar's words for the connection (src/text/room-en.json, "bar"). */
export const BAR_ONLINE = 'Online';
export const BAR_OFFLINE = 'Offline: your decisions are kept and sent when the connection is back';
export const BAR_CONNECTING = 'Connecting…';

/** The room's modules the tests run in Node: the server, the room's documents, the Node members. */
export interface RoomModules {
  readonly server: typeof RoomServerModule;
  readonly docs: typeof RoomDocsModule;
  readonly client: typeof RoomTestClientModule;
}

let modules: Promise<RoomModules> | null = null;

/**
 * Loads the room's modules through tsx, as the `npm run room` command runs the server: its
 * modules import the scenarios' JSON files without import attributes, which the loader the
 * browser tests run under refuses. The Node members and the document helpers are loaded the same
 * way, so that the process holds one copy of Yjs.
 */
export function roomModules(): Promise<RoomModules> {
  modules ??= (async () => {
    const loader = register({ namespace: 'leverage-room-e2e' });
    const load = (specifier: string): Promise<unknown> => loader.import(specifier, import.meta.url);
    return {
      server: (await load('../../../src/server/room-server.ts')) as typeof RoomServerModule,
      docs: (await load('../../../src/room/room-docs.ts')) as typeof RoomDocsModule,
      client: (await load('../../server/room-test-client.ts')) as typeof RoomTestClientModule,
    };
  })();
  return modules;
}

/** A room server the test controls. */
export interface RoomHost {
  /** `http://127.0.0.1:PORT`, the same across restarts. */
  readonly url: string;
  readonly port: number;
  readonly hostKey: string;
  /** Every line the server logged (refusals, rooms created), across restarts. */
  readonly log: readonly string[];
  /** True while the server listens. */
  readonly running: boolean;
  /** Closes the server: every connection drops, every document is stored. */
  stop(): Promise<void>;
  /** Starts the server again on the same port, with the same data directory and host key. */
  start(): Promise<void>;
  /** Stops the server (if running) and removes its data directory. */
  dispose(): Promise<void>;
}

/** Starts a room server on 127.0.0.1 (a free port), with a fresh data directory, serving dist/. */
export async function startRoomHost(): Promise<RoomHost> {
  const { createRoomServer } = (await roomModules()).server;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'leverage-room-e2e-'));
  const log: string[] = [];
  const open = (port: number, hostKey?: string): Promise<RoomServer> =>
    createRoomServer({
      port,
      host: '127.0.0.1',
      dataDir,
      staticDir: 'dist',
      ...(hostKey === undefined ? {} : { hostKey }),
      log: (line) => log.push(line),
    });
  let server: RoomServer | null = await open(0);
  const { url, port, hostKey } = server;
  const stop = async (): Promise<void> => {
    const closing = server;
    server = null;
    await closing?.close();
  };
  return {
    url,
    port,
    hostKey,
    log,
    get running() {
      return server !== null;
    },
    stop,
    async start() {
      if (server) return;
      server = await open(port, hostKey);
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A TCP link between one device and the room server, on its own port: the device opens the game
 * at the link's address and every byte goes through. Cutting it drops every open connection at
 * once (as a Wi-Fi network that goes away does) and refuses new ones until it is restored.
 */
export interface NetworkLink {
  /** `http://127.0.0.1:LINKPORT`. */
  readonly url: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Opens a link to the server listening on `targetPort` of 127.0.0.1. */
export async function openNetworkLink(targetPort: number): Promise<NetworkLink> {
  const sockets = new Set<Socket>();
  let up = true;
  const server: Server = createServer((device) => {
    if (!up) {
      device.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    const drop = (): void => {
      device.destroy();
      upstream.destroy();
      sockets.delete(device);
      sockets.delete(upstream);
    };
    sockets.add(device);
    sockets.add(upstream);
    device.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    device.pipe(upstream);
    upstream.pipe(device);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const cut = (): void => {
    up = false;
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  return {
    url: `http://127.0.0.1:${port}`,
    cut,
    restore() {
      up = true;
    },
    close() {
      cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The team's room bar. */
export function roomBar(page: Page): Locator {
  return page.getByTestId('room-bar');
}

/** The facilitator's row of one team in the console's table (`t1` …). */
export function consoleRow(page: Page, teamId: string): Locator {
  return page.locator(`.rc__teams tr[data-team="${teamId}"]`);
}

/** The token a member's device remembers for a room (the page keeps it once it leaves the address). */
export async function rememberedToken(page: Page, code: string): Promise<string> {
  const saved = await page.evaluate((key) => window.localStorage.getItem(key), `leverage.room.${code}`);
  const token = (JSON.parse(saved ?? 'null') as { token?: unknown } | null)?.token;
  expect(typeof token, `the device remembers its token for room ${code}`).toBe('string');
  return token as string;
}

/** The room code and token of a join link (`…/?room=CODE&token=TOKEN`). */
export function joinParts(link: string): { code: string; token: string } {
  const params = new URL(link).searchParams;
  return { code: params.get('room') ?? '', token: params.get('token') ?? '' };
}

/** A join link's address on another origin (a device that reaches the server through a link). */
export function onOrigin(link: string, origin: string): string {
  const url = new URL(link);
  return `${origin}${url.pathname}${url.search}`;
}

/**
 * Console messages a page logs while its connection is down on purpose (the server stopped, the
 * link cut, the context offline): the browser's own reports of the failed connections.
 */
export const OUTAGE_NOISE: readonly RegExp[] = [
  /^error: WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/sync' failed/,
  /^error: Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE)/,
];

/** The problems of a page's health report less the outage's own connection failures. */
export function withoutOutageNoise(problems: readonly string[]): string[] {
  return problems.filter((line) => !OUTAGE_NOISE.some((re) => re.test(line.replace(/^console /, ''))));
}
