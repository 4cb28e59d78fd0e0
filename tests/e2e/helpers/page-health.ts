/**
 * Watching a page for trouble: console errors and warnings, uncaught page errors, breaches of the
 * page's Content-Security-Policy, and requests to any host other than the preview server.
 */
import type { Page } from '@playwright/test';

/** What a watched page has logged and requested so far. */
export interface PageHealth {
  /** Console messages of type error or warning (less {@link BROWSER_GL_NOISE}), as "type: text". */
  readonly consoleProblems: string[];
  /** Uncaught exceptions (pageerror). */
  readonly pageErrors: string[];
  /** URLs requested from anywhere but the preview server (data: and blob: URLs are allowed). */
  readonly foreignRequests: string[];
  /** Every URL requested, in order. */
  readonly requests: string[];
}

/**
 * Console warnings that Chromium's software GL (SwiftShader, headless) writes by itself about the
 * drawing buffer the build keeps for pixel reads; they are the browser's, not the game's.
 */
export const BROWSER_GL_NOISE: readonly RegExp[] = [
  /^\[\.WebGL-[0-9a-fx]+\]GL Driver Message \(OpenGL, Performance, .*\): GPU stall due to ReadPixels/,
];

/** True for a URL the game may load: the preview server's own, or data:/blob:. */
export function isLocalUrl(url: string, baseURL: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const base = new URL(baseURL);
  return url.startsWith(base.origin + '/') || url === base.origin;
}

/**
 * Starts collecting console errors and warnings, page errors and foreign requests on a page.
 * Call it before the first navigation; read the returned lists at any time.
 */
export function watchPage(page: Page, baseURL: string): PageHealth {
  const health: PageHealth = { consoleProblems: [], pageErrors: [], foreignRequests: [], requests: [] };
  // Every breach of the content policy becomes a console error, which the checks below count.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // eslint-disable-next-line no-console -- the page's console is how the watcher hears of it
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    const type = message.type();
    if (type === 'error' || type === 'warning') {
      if (type === 'warning' && BROWSER_GL_NOISE.some((re) => re.test(message.text()))) return;
      const where = message.location().url;
      health.consoleProblems.push(`${type}: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => health.pageErrors.push(error.stack ?? error.message));
  page.on('request', (request) => {
    const url = request.url();
    health.requests.push(url);
    if (!isLocalUrl(url, baseURL)) health.foreignRequests.push(url);
  });
  return health;
}

/** Everything wrong a watched page reported so far, one line each (empty when healthy). */
export function healthProblems(health: PageHealth): string[] {
  return [
    ...health.consoleProblems.map((m) => `console ${m}`),
    ...health.pageErrors.map((m) => `page error: ${m}`),
    ...health.foreignRequests.map((u) => `request to another host: ${u}`),
  ];
}
