/**
 * A load run of the room server (not a test): one room of 30 teams in locked pace, every team
 * playing 12 quarters, with the script as facilitator opening each quarter once every team has
 * ended the last, and a projector watching every team's log. Prints, per quarter, how long the
 * projector waited for each team's entry (p50/p95/max) and how long the quarter took, then the
 * bytes carried by the sockets and the process heap. Everything runs in this process, on
 * 127.0.0.1, in a temporary data directory; the run fails after 120 s.
 *
 *   npm run bench:room
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  appendLogEntry,
  readLog,
  readSettings,
  readStatuses,
  roomDocName,
  writeSettings,
} from '../src/room/room-docs';
import { createRoomServer } from '../src/server/room-server';
import { isRoomSettings, type RoomSettings } from '../src/state';

const TEAMS = 30;
const QUARTERS = 12;
const LIMIT_MS = 120_000;

/** Payload bytes every client socket sent and received. */
const traffic = { sent: 0, received: 0 };

/** The ws client, counting the payload bytes it carries. */
class CountingWebSocket extends WebSocket {
  constructor(url: string) {
    super(url);
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      traffic.received += Array.isArray(data)
        ? data.reduce((n, b) => n + b.length, 0)
        : data instanceof ArrayBuffer
          ? data.byteLength
          : data.length;
    });
  }

  override send(data: Uint8Array | string, ...rest: unknown[]): void {
    traffic.sent += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    (super.send as (...args: unknown[]) => void)(data, ...rest);
  }
}

interface Client {
  open(name: string): Y.Doc;
  close(): void;
}

function connect(url: string, token: string): Client {
  const socket = new HocuspocusProviderWebsocket({
    url: `${url.replace(/^http/, 'ws')}/sync`,
    WebSocketPolyfill: CountingWebSocket,
  });
  const providers: HocuspocusProvider[] = [];
  return {
    open(name) {
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
      provider.attach();
      providers.push(provider);
      return doc;
    },
    close() {
      for (const p of providers) p.destroy();
      socket.destroy();
    },
  };
}

const started = performance.now();

/** Waits until `condition` holds (checked every 2 ms), or fails the run at the overall limit. */
async function until(what: string, condition: () => boolean): Promise<void> {
  while (!condition()) {
    if (performance.now() - started > LIMIT_MS)
      throw new Error(`room-load: gave up after ${LIMIT_MS / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? NaN;

const ms = (x: number): string => x.toFixed(1).padStart(7);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'room-load-'));
  let refusals = 0;
  const server = await createRoomServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir: null,
    log: (line) => {
      if (line.includes('refused')) refusals++;
    },
  });
  const clients: Client[] = [];
  try {
    const res = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.hostKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        scenarioId: 'baseline-2025',
        assumptions: {},
        seed: 42,
        teams: Array.from({ length: TEAMS }, (_, i) => `Team ${i + 1}`),
        pace: 'locked',
      }),
    });
    if (res.status !== 201) throw new Error(`room-load: creating the room answered ${res.status}`);
    const room = (await res.json()) as {
      code: string;
      facilitator: string;
      projector: string;
      teams: { id: string; token: string }[];
    };
    const name = (kind: 'settings' | 'status', teamId: string | null = null): string =>
      teamId === null ? roomDocName(room.code, kind) : roomDocName(room.code, 'team', teamId);

    const facilitator = connect(server.url, room.facilitator);
    clients.push(facilitator);
    const settingsDoc = facilitator.open(name('settings'));

    const projector = connect(server.url, room.projector);
    clients.push(projector);
    const projectorStatus = projector.open(name('status'));
    const sentAt: number[][] = room.teams.map(() => []);
    const latency: number[][] = Array.from({ length: QUARTERS }, () => []);
    const projectorLogs = room.teams.map((team, i) => {
      const doc = projector.open(roomDocName(room.code, 'team', team.id));
      let seen = 0;
      doc.on('update', () => {
        const length = readLog(doc).length;
        for (; seen < length; seen++) {
          const sent = sentAt[i]?.[seen];
          if (sent !== undefined) latency[seen]?.push(performance.now() - sent);
        }
      });
      return doc;
    });

    const teams = room.teams.map((team) => {
      const client = connect(server.url, team.token);
      clients.push(client);
      return {
        settings: client.open(name('settings')),
        status: client.open(name('status')),
        log: client.open(roomDocName(room.code, 'team', team.id)),
      };
    });

    await until(
      'every device to sync',
      () =>
        isRoomSettings(readSettings(settingsDoc)) &&
        teams.every((t) => isRoomSettings(readSettings(t.settings))),
    );
    const connectedMs = performance.now() - started;

    const rows: string[] = [];
    const quarterMs: number[] = [];
    for (let q = 0; q < QUARTERS; q++) {
      if (q > 0) {
        const settings = readSettings(settingsDoc) as RoomSettings;
        writeSettings(settingsDoc, { ...settings, openQuarters: q + 1 });
        await until(`quarter ${q + 1} to open on every team`, () =>
          teams.every((t) => (readSettings(t.settings) as RoomSettings).openQuarters >= q + 1),
        );
      }
      const begin = performance.now();
      teams.forEach((t, i) => {
        sentAt[i]?.push(performance.now());
        appendLogEntry(t.log, {
          kind: 'turn',
          quarter: q,
          aidBnEurPerQuarter: 8 + (i % 5) * 2,
          sanctionsLevel: 1 + (i % 3),
        });
      });
      await until(`quarter ${q + 1} at the projector`, () =>
        projectorLogs.every((d) => readLog(d).length > q),
      );
      const seenMs = performance.now() - begin;
      await until(`quarter ${q + 1} in the statuses`, () =>
        room.teams.every(
          (team) =>
            (readStatuses(projectorStatus)[team.id] as { quartersPlayed?: number } | undefined)
              ?.quartersPlayed ===
            q + 1,
        ),
      );
      const statusMs = performance.now() - begin;
      quarterMs.push(statusMs);
      const sorted = [...(latency[q] ?? [])].sort((a, b) => a - b);
      rows.push(
        `${String(q + 1).padStart(7)} ${ms(percentile(sorted, 0.5))} ${ms(percentile(sorted, 0.95))} ${ms(sorted.at(-1) ?? NaN)} ${ms(seenMs)} ${ms(statusMs)}`,
      );
    }

    const all = latency.flat().sort((a, b) => a - b);
    const memory = process.memoryUsage();
    console.log(
      `Room ${room.code}: ${TEAMS} teams + projector + facilitator, ${QUARTERS} quarters, locked pace`,
    );
    console.log(`Connected and synced in ${connectedMs.toFixed(0)} ms`);
    console.log('');
    console.log('Time from a team ending the quarter to the projector seeing it (ms)');
    console.log('quarter     p50     p95     max  all-in  status');
    for (const row of rows) console.log(row);
    console.log(
      `    all ${ms(percentile(all, 0.5))} ${ms(percentile(all, 0.95))} ${ms(all.at(-1) ?? NaN)}` +
        `   (${all.length} entries)`,
    );
    console.log('');
    console.log('all-in: every team ended it until the projector held all 30 entries;');
    console.log('status: until the published statuses showed all 30 (the time per quarter).');
    const mean = quarterMs.reduce((a, b) => a + b, 0) / quarterMs.length;
    console.log(`Mean time per quarter: ${mean.toFixed(1)} ms`);
    console.log(
      `Socket payload: ${(traffic.sent / 1024).toFixed(0)} kB sent by clients, ${(traffic.received / 1024).toFixed(0)} kB received`,
    );
    console.log(
      `Process heap (server and all clients): ${(memory.heapUsed / 2 ** 20).toFixed(1)} MB used, rss ${(memory.rss / 2 ** 20).toFixed(1)} MB`,
    );
    console.log(
      `Refused changes: ${refusals}; total run ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    for (const c of clients) c.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const guard = setTimeout(() => {
  console.error(`room-load: the run took longer than ${LIMIT_MS / 1000} s`);
  process.exit(1);
}, LIMIT_MS + 10_000);

main()
  .then(() => {
    clearTimeout(guard);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
