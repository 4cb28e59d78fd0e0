/**
 * Browser benchmark (`npm run bench` runs it after the engine benchmark): serves the built game
 * from dist/ with `vite preview`, drives Debian's Chromium and prints
 *  - the gzipped size of everything the first screen downloads (budget 450 KB),
 *  - the time from navigation to an interactive title screen over five cold starts (budget 1.5 s),
 *  - median and 95th-percentile frame time on the campaign screen over ten seconds, idle and while
 *    the aid slider moves with the bands of many runs following it (budget 16.7 ms median),
 *  - from a lever change to its bands drawn (median and 95th percentile; goal 150 ms),
 *  - the JS heap after a whole campaign played to the debrief (budget 80 MB).
 * Figures only: nothing is asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
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

/** What one cold load of the title screen cost: bytes fetched and times to a usable title. */
interface TitleLoad {
  readonly requests: number;
  readonly rawKb: number;
  readonly gzKb: number;
  /** Gzipped kilobytes whose download ended before the title's buttons were on the page. */
  readonly gzBeforeTitleKb: number;
  /** Page clock when the "New game" button was put on the page. */
  readonly titleShownMs: number;
  /** Page clock when Playwright found the button visible: the page answered, so it takes input. */
  readonly interactiveMs: number;
}

/** Records, in the page, when a "New game" button is first put on the page. */
const MARK_TITLE = `(() => {
  const observer = new MutationObserver(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'New game');
    if (button) { window.__titleShownMs = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * Loads the title in a browser of its own (a cold start: no cache, no compiled code). Bytes are
 * counted until the network is idle, so the play scenes fetched behind the title count too. The
 * interactive time is the page's clock once Playwright sees the button: the page has answered a
 * round trip, so its main thread is free for input (it errs long by that round trip).
 */
async function coldTitleLoad(url: string): Promise<TitleLoad> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript(MARK_TITLE);
    const sizes: { url: string; raw: number; gz: number }[] = [];
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        sizes.push({ url: response.url(), raw: body.length, gz: gzipSync(body, { level: 9 }).length });
      } catch {
        /* redirects and aborted requests have no body */
      }
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).waitFor({ state: 'visible' });
    const interactiveMs = await page.evaluate<number>('performance.now()');
    await page.waitForLoadState('networkidle');
    const timing = await page.evaluate<{ shown: number; ends: [string, number][] }>(`({
      shown: window.__titleShownMs,
      ends: performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd]),
    })`);
    const endOf = new Map(timing.ends);
    const sum = (list: typeof sizes, key: 'raw' | 'gz'): number =>
      list.reduce((t, x) => t + x[key], 0) / 1024;
    // The document itself has no resource entry: it ended before anything else.
    const beforeTitle = sizes.filter((x) => (endOf.get(x.url) ?? 0) <= timing.shown);
    return {
      requests: sizes.length,
      rawKb: sum(sizes, 'raw'),
      gzKb: sum(sizes, 'gz'),
      gzBeforeTitleKb: sum(beforeTitle, 'gz'),
      titleShownMs: timing.shown,
      interactiveMs,
    };
  } finally {
    await browser.close();
  }
}

/**
 * What the service worker downloads behind the first screen for offline play: the files its
 * precache manifest (dist/sw.js) lists, gzipped. It fetches them itself, so the page never sees them.
 */
function precacheSize(): { files: number; gzKb: number } {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...new Set([...sw.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]!))];
  const gz = urls.reduce((n, u) => n + gzipSync(readFileSync(`dist/${u}`), { level: 9 }).length, 0);
  return { files: urls.length, gzKb: gz / 1024 };
}

/** Cold title loads to time; the median and the slowest are printed. */
const TITLE_RUNS = 5;

/** "median M ms, slowest S ms (a, b, c …)" of a list of milliseconds. */
function spread(ms: readonly number[]): string {
  const { median } = percentiles([...ms]);
  return `median ${median.toFixed(0)} ms, slowest ${Math.max(...ms).toFixed(0)} ms (${ms.map((x) => x.toFixed(0)).join(', ')})`;
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
  try {
    const loads: TitleLoad[] = [];
    for (let i = 0; i < TITLE_RUNS; i++) loads.push(await coldTitleLoad(url));
    const first = loads[0]!;
    console.log(
      `first screen: ${first.requests} requests, ${first.rawKb.toFixed(0)} KB raw, ${first.gzKb.toFixed(0)} KB gzipped ` +
        `(budget 450 KB); ${first.gzBeforeTitleKb.toFixed(0)} KB of it before the title shows, the rest behind it`,
    );
    const precache = precacheSize();
    console.log(
      `offline copy the service worker fetches behind the first screen: ${precache.files} files, ${precache.gzKb.toFixed(0)} KB gzipped`,
    );
    console.log(`title shown, ${TITLE_RUNS} cold starts: ${spread(loads.map((l) => l.titleShownMs))}`);
    console.log(
      `navigation to interactive title, ${TITLE_RUNS} cold starts: ${spread(loads.map((l) => l.interactiveMs))} (budget 1,500 ms)`,
    );
    await campaignFigures(url);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** How long each frame-time window lasts. */
const FRAME_WINDOW_MS = 10_000;

/**
 * The page's frame intervals (ms) while `during` runs: a requestAnimationFrame recorder runs in
 * the page until told to stop. Passed as source text: a function would carry the TypeScript
 * runner's helpers into the page.
 */
async function frameTimes(page: Page, during: () => Promise<void>): Promise<number[]> {
  await page.evaluate(`(() => {
    const deltas = [];
    window.__frames = { deltas, running: true };
    let last = performance.now();
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      if (window.__frames.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await during();
  return page.evaluate<number[]>(
    `(() => { window.__frames.running = false; return window.__frames.deltas; })()`,
  );
}

/** How many lever changes the bands' latency is measured over. */
const BAND_TRIALS = 20;

/**
 * For each of BAND_TRIALS presses of an arrow key on the focused slider: the page time from the
 * key press to the next frame drawn with that position's bands (the app's BANDS_DRAWN_MARK).
 */
async function bandsLatencies(page: Page, slider: ReturnType<Page['getByRole']>): Promise<number[]> {
  await slider.focus();
  await page.evaluate(`(() => {
    window.__keyAt = 0;
    document.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true);
  })()`);
  const out: number[] = [];
  for (let i = 0; i < BAND_TRIALS; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    // Polled from outside (the page's policy forbids waitForFunction's string evaluation); the
    // figure comes from the page's own clock, so how often it is polled does not change it.
    const deadline = Date.now() + 30_000;
    let latency: number | null = null;
    while (latency === null && Date.now() < deadline) {
      latency = await page.evaluate<number | null>(`(() => {
        const at = window.__keyAt;
        const mark = performance.getEntriesByName('leverage:bands-drawn').find((m) => m.startTime > at);
        return mark ? mark.startTime - at : null;
      })()`);
      if (latency === null) await page.waitForTimeout(20);
    }
    if (latency === null) throw new Error('the bands were not drawn within 30 s of a lever change');
    out.push(latency);
  }
  return out;
}

/** Frame times on the campaign screen and the heap after a whole campaign, in one browser. */
async function campaignFigures(url: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'End quarter' }).waitFor();
    const idle = percentiles(await frameTimes(page, async () => page.waitForTimeout(FRAME_WINDOW_MS)));
    console.log(
      `campaign frame time over 10 s, idle: median ${idle.median.toFixed(1)} ms, 95th percentile ${idle.p95.toFixed(1)} ms (budget 16.7 ms median)`,
    );
    // The busiest thing a player does: every step of the slider re-runs the four-quarter projection
    // and redraws the charts and the indicators.
    const slider = page.getByRole('slider', { name: 'Military aid' });
    await slider.focus();
    const moving = percentiles(
      await frameTimes(page, async () => {
        const end = Date.now() + FRAME_WINDOW_MS;
        for (let i = 0; Date.now() < end; i++) {
          await page.keyboard.press(i % 40 < 20 ? 'ArrowRight' : 'ArrowLeft');
          await page.waitForTimeout(100);
        }
      }),
    );
    console.log(
      `campaign frame time over 10 s, moving the aid slider 10 times a second: median ${moving.median.toFixed(1)} ms, 95th percentile ${moving.p95.toFixed(1)} ms`,
    );

    const latency = percentiles(await bandsLatencies(page, slider));
    console.log(
      `from a lever change to its bands drawn (${BAND_TRIALS} changes): median ${latency.median.toFixed(0)} ms, 95th percentile ${latency.p95.toFixed(0)} ms (goal 150 ms)`,
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
  }
}

await main();
