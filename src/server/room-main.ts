/**
 * `npm run room`: the workshop room server on the teacher's laptop (or a school server). Serves
 * the built game and the rooms on one port, prints the addresses the devices in the room can
 * open, and the facilitator's address with the host key that creates rooms.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRoomServer, type RoomServer } from './room-server';

/** The command line, read. */
export interface RoomCliOptions {
  /** TCP port, 1–65535. */
  readonly port: number;
  readonly host: string;
  /** The data directory (the SQLite store and the host key). */
  readonly dataDir: string;
  /** The built game (Vite's dist folder). */
  readonly distDir: string;
  readonly help: boolean;
}

/** The outcome of reading the command line: the options, or one sentence saying what is wrong. */
export type RoomCliArgs =
  { readonly ok: true; readonly options: RoomCliOptions } | { readonly ok: false; readonly error: string };

/** The usage line printed with --help and after a bad argument. */
export const ROOM_USAGE =
  'usage: tsx src/server/room-main.ts [--port 8080] [--host 0.0.0.0] [--data .room-data] [--dist dist] [--help]';

/** The file in the data directory that keeps the host key across restarts. */
export const HOST_KEY_FILE = 'host-key.txt';

const DEFAULTS: RoomCliOptions = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: '.room-data',
  distDir: 'dist',
  help: false,
};

const FLAGS = ['--port', '--host', '--data', '--dist'] as const;
type Flag = (typeof FLAGS)[number];

/** Reads the command line (the arguments after the script). Accepts `--flag value` and `--flag=value`. */
export function parseRoomArgs(argv: readonly string[]): RoomCliArgs {
  let options: RoomCliOptions = DEFAULTS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      options = { ...options, help: true };
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!FLAGS.includes(name as Flag)) return { ok: false, error: `unknown argument "${arg}"` };
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { ok: false, error: `${name} needs a value` };
      i++;
    }
    if (value === '') return { ok: false, error: `${name} needs a value` };
    switch (name as Flag) {
      case '--port': {
        if (!/^\d+$/.test(value)) return { ok: false, error: `--port must be a number, not "${value}"` };
        const port = Number(value);
        if (port < 1 || port > 65535)
          return { ok: false, error: `--port must be from 1 to 65535, not ${port}` };
        options = { ...options, port };
        break;
      }
      case '--host':
        options = { ...options, host: value };
        break;
      case '--data':
        options = { ...options, dataDir: value };
        break;
      case '--dist':
        options = { ...options, distDir: value };
        break;
    }
  }
  return { ok: true, options };
}

/**
 * The host key kept in the data directory, created (32 random bytes, base64url, readable by the
 * owner only) on the first run, so that the facilitator's address stays the same across restarts.
 */
export function loadHostKey(dataDir: string): string {
  const file = path.join(dataDir, HOST_KEY_FILE);
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length >= 16) return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

/**
 * The addresses the devices in the room can open: every external IPv4 address of this machine
 * when listening on all of them, else the one host; then localhost for this machine itself.
 */
export function roomAddresses(host: string, port: number): string[] {
  const hosts: string[] = [];
  if (host === '0.0.0.0' || host === '::') {
    for (const entries of Object.values(networkInterfaces())) {
      for (const entry of entries ?? []) {
        if (entry.family === 'IPv4' && !entry.internal) hosts.push(entry.address);
      }
    }
  } else if (host !== 'localhost' && host !== '127.0.0.1') {
    hosts.push(host.includes(':') ? `[${host}]` : host);
  }
  hosts.push('localhost');
  return [...new Set(hosts)].map((h) => `http://${h}:${port}`);
}

/** Where runRoomMain writes. */
export interface RoomMainIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const processIo: RoomMainIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs the room server from the command line. Resolves with an exit code for a bad command line
 * (2) or --help (0); otherwise it serves until SIGINT or SIGTERM, then closes and exits with 0.
 */
export async function runRoomMain(argv: readonly string[], io: RoomMainIo = processIo): Promise<number> {
  const parsed = parseRoomArgs(argv);
  if (!parsed.ok) {
    io.err(`room: ${parsed.error}`);
    io.err(ROOM_USAGE);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.out(ROOM_USAGE);
    return 0;
  }
  const dataDir = path.resolve(options.dataDir);
  const distDir = path.resolve(options.distDir);
  const hasDist = existsSync(path.join(distDir, 'index.html'));
  if (!hasDist) {
    io.err(`room: ${path.join(distDir, 'index.html')} is missing; run \`npm run build\` first.`);
    io.err('room: serving only the room API and /sync until then.');
  }
  const hostKey = loadHostKey(dataDir);
  let server: RoomServer;
  try {
    server = await createRoomServer({
      port: options.port,
      host: options.host,
      dataDir,
      staticDir: hasDist ? distDir : null,
      hostKey,
      log: (line) => io.out(`${new Date().toISOString()} ${line}`),
    });
  } catch (error) {
    io.err(
      `room: cannot listen on ${options.host}:${options.port} (${error instanceof Error ? error.message : 'error'})`,
    );
    return 1;
  }
  const addresses = roomAddresses(options.host, server.port);
  io.out('Leverage workshop room server');
  io.out('The game, for every device in the room:');
  for (const address of addresses) io.out(`  ${address}/`);
  io.out(`Facilitator: open ${addresses[0] ?? server.url}/?host=${hostKey} to create a room`);
  io.out(`Data: ${dataDir} (host key in ${HOST_KEY_FILE})`);
  io.out('Stop with Ctrl+C.');

  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      io.out(`room: ${signal}, closing`);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      // A second signal while closing stops at once.
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      void server.close().then(resolve, (error: unknown) => {
        io.err(`room: closing failed (${error instanceof Error ? error.message : 'error'})`);
        resolve();
      });
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  void runRoomMain(process.argv.slice(2)).then((code) => process.exit(code));
}
