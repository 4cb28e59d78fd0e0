// @vitest-environment node
/** `npm run room`'s command line: its flags, its refusals, its host key. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HOST_KEY_FILE,
  loadHostKey,
  parseRoomArgs,
  roomAddresses,
  runRoomMain,
} from '../../src/server/room-main';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parseRoomArgs', () => {
  it('reads the defaults and every flag, in both spellings', () => {
    expect(parseRoomArgs([])).toEqual({
      ok: true,
      options: { port: 8080, host: '0.0.0.0', dataDir: '.room-data', distDir: 'dist', help: false },
    });
    expect(parseRoomArgs(['--port', '9000', '--host=127.0.0.1', '--data', '/tmp/d', '--dist=out'])).toEqual({
      ok: true,
      options: { port: 9000, host: '127.0.0.1', dataDir: '/tmp/d', distDir: 'out', help: false },
    });
    expect(parseRoomArgs(['--help'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it('says what is wrong with a bad command line', () => {
    const error = (argv: string[]): string => {
      const parsed = parseRoomArgs(argv);
      return parsed.ok ? '(accepted)' : parsed.error;
    };
    expect(error(['--port', 'abc'])).toMatch(/--port must be a number/);
    expect(error(['--port', '0'])).toMatch(/from 1 to 65535/);
    expect(error(['--port', '70000'])).toMatch(/from 1 to 65535/);
    expect(error(['--port'])).toMatch(/--port needs a value/);
    expect(error(['--data', '--port', '1'])).toMatch(/--data needs a value/);
    expect(error(['--host='])).toMatch(/--host needs a value/);
    expect(error(['--verbose'])).toMatch(/unknown argument "--verbose"/);
  });
});

describe('runRoomMain', () => {
  it('prints one line saying what is wrong and the usage, and returns 2', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runRoomMain(['--port', 'abc'], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(err[0]).toBe('room: --port must be a number, not "abc"');
    expect(err[1]).toMatch(/^usage: /);
    expect(out).toEqual([]);
  });

  it('exits with 2 from the command line', () => {
    const tsx = path.resolve('node_modules/.bin/tsx');
    const result = spawnSync(tsx, ['src/server/room-main.ts', '--port', 'abc'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^room: --port must be a number/m);
    expect(result.stderr).toMatch(/^usage: /m);
  }, 60_000);
});

describe('the host key', () => {
  it('is created once, readable by its owner only, and kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'room-key-'));
    dirs.push(dir);
    const key = loadHostKey(path.join(dir, 'data'));
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(dir, 'data', HOST_KEY_FILE);
    expect(readFileSync(file, 'utf8').trim()).toBe(key);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadHostKey(path.join(dir, 'data'))).toBe(key);
  });
});

describe('roomAddresses', () => {
  it('lists the addresses to open, ending with localhost', () => {
    expect(roomAddresses('127.0.0.1', 8080)).toEqual(['http://localhost:8080']);
    expect(roomAddresses('10.0.0.5', 80)).toEqual(['http://10.0.0.5:80', 'http://localhost:80']);
    const all = roomAddresses('0.0.0.0', 8080);
    expect(all.at(-1)).toBe('http://localhost:8080');
    for (const address of all) expect(address).toMatch(/^http:\/\/[^/]+:8080$/);
  });
});
