/**
 * Browser benchmark (`npm run bench` runs it after the engine benchmark): serves the built game
 * from dist/ with `vite preview`, drives Debian's Chromium and prints
 *  - the gzipped size of everything the first screen downloads (budget 450 KB),
 *  - the time from navigation to an interactive title screen (budget 1.5 s),
 *  - median and 95th-percentile frame time on the campaign screen over ten seconds (budget 16.7 ms median),
 *  - the JS heap after a whole campaign played to the debrief (budget 80 MB).
 * Figures only: nothing is asserted.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium';

/** Median and 95th percentile of a list of numbers. */
function percentiles(values: number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Plays quarters with the keyboard until the debrief shows. */
async function playToDebrief(page: Page): Promise<number> {
  let quarters = 0;
  for (let i = 0; i < 20; i++) {
    if (await page.getByRole('button', { name: 'Play again' }).isVisible()) break;
    await page.getByRole('button', { name: 'End quarter' }).click();
    quarters++;
    const cont = page.getByRole('button', { name: 'Continue' });
    const again = page.getByRole('button', { name: 'Play again' });
    await Promise.race([cont.waitFor(), again.waitFor()]);
    if (await cont.isVisible()) await cont.click();
  }
  return quarters;
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) {
    console.log('browser benchmark skipped: dist/ is missing (run `npm run build`).');
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`browser benchmark skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
    return;
  }
  const server = await preview({
    preview: { port: 4179, strictPort: false, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4179/';
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    let gzBytes = 0;
    let rawBytes = 0;
    let requests = 0;
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        requests++;
        rawBytes += body.length;
        gzBytes += gzipSync(body, { level: 9 }).length;
      } catch {
        /* redirects and aborted requests have no body */
      }
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor({ state: 'visible' });
    const interactiveMs = await page.evaluate<number>('performance.now()');
    await page.waitForLoadState('networkidle');
    console.log(
      `first screen: ${requests} requests, ${(rawBytes / 1024).toFixed(0)} KB raw, ${(gzBytes / 1024).toFixed(0)} KB gzipped (budget 450 KB)`,
    );
    console.log(`navigation to interactive title: ${interactiveMs.toFixed(0)} ms (budget 1,500 ms)`);

    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'End quarter' }).waitFor();
    // Passed as source text: a function would carry the TypeScript runner's helpers into the page.
    const frames = await page.evaluate<number[]>(`new Promise((resolve) => {
      const deltas = [];
      let last = performance.now();
      const start = last;
      const tick = (now) => {
        deltas.push(now - last);
        last = now;
        if (now - start < 10000) requestAnimationFrame(tick);
        else resolve(deltas);
      };
      requestAnimationFrame(tick);
    })`);
    const f = percentiles(frames);
    console.log(
      `campaign frame time over 10 s (${frames.length} frames): median ${f.median.toFixed(1)} ms, 95th percentile ${f.p95.toFixed(1)} ms (budget 16.7 ms median)`,
    );

    const quarters = await playToDebrief(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    console.log(
      `JS heap after a full campaign (${quarters} quarters): ${(heap.usedSize / 2 ** 20).toFixed(1)} MB used (budget 80 MB)`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
