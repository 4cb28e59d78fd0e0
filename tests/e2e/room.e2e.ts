import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
type RoomServerModule = typeof import('../../src/server/room-server');

test('explore', async ({ browser }) => {
  test.setTimeout(120_000);
  const { createRoomServer } = (await tsImport('../../src/server/room-server.ts', import.meta.url)) as RoomServerModule;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'room-'));
  const server = await createRoomServer({ port: 0, host: '127.0.0.1', dataDir, staticDir: 'dist', log: (l) => console.log(l) });
  const res = await fetch(`${server.url}/api/rooms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.hostKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ scenarioId: 'baseline-2025', assumptions: {}, seed: 7, teams: ['Blue', 'Green'], pace: 'locked' }),
  });
  const room = (await res.json()) as { code: string; teams: { token: string }[] };
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('PAGE', m.type(), m.text()));
  page.on('websocket', (ws) => { console.log('WS open', ws.url()); ws.on('close', () => console.log('WS closed')); });
  await page.goto(`${server.url}/?room=${room.code}&token=${room.teams[0]!.token}`);
  const bar = page.getByTestId('room-bar');
  await expect(bar).toContainText('Q1 2025 is open', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'End quarter' })).toBeEnabled({ timeout: 30_000 });
  console.log('BAR', await bar.innerText());
  const t0 = Date.now();
  await ctx.setOffline(true);
  try {
    await expect(bar).toContainText('Offline', { timeout: 40_000 });
    console.log('offline after', Date.now() - t0);
  } catch (e) { console.log('no offline', Date.now() - t0, await bar.innerText()); }
  await page.getByRole('button', { name: 'End quarter' }).click();
  await expect(page.getByRole('dialog')).toBeVisible({ timeout: 20_000 });
  console.log('DIALOG', (await page.getByRole('dialog').innerText()).slice(0, 500));
  await ctx.setOffline(false);
  await expect(bar).toContainText('Online', { timeout: 40_000 });
  console.log('BAR', await bar.innerText());
  await ctx.close();
  await server.close();
});
