// The built game under its Content-Security-Policy: the page carries the policy as a meta tag and
// the preview server as a header (with frame-ancestors, which only a header can carry); a game
// played through its screens breaches nothing (the page-health watcher turns every breach into a
// console problem), and a breach, when one happens, is seen.
import { expect, test } from '@playwright/test';
import { continueFromReport, endQuarter, expectCampaignAt, startNewGame } from './helpers/game';
import { healthProblems, watchPage } from './helpers/page-health';

test('the page ships its content policy and plays a quarter without breaching it', async ({
  page,
  baseURL,
}) => {
  const health = watchPage(page, baseURL ?? '');
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toContain('unsafe-eval');
  expect(header).not.toContain('unsafe-inline');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).toContain("object-src 'none'");
  expect(meta).toContain("base-uri 'none'");
  expect(meta).not.toContain('frame-ancestors');

  await startNewGame(page, { seed: 5 });
  // The forecast's bands come from a worker, which the policy lets the page start.
  await expect(page.getByText(/^In 500 runs of the next 4 quarters/)).toBeVisible({ timeout: 30_000 });
  await endQuarter(page);
  await continueFromReport(page);
  await expectCampaignAt(page, 2);
  await page.getByRole('button', { name: 'Sources' }).click();
  await page.keyboard.press('Escape');
  expect(healthProblems(health)).toEqual([]);

  // A breach is seen: an inline script the policy refuses.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__breached = true;';
    document.body.append(script);
  });
  await expect
    .poll(() => health.consoleProblems.some((p) => p.includes('Content-Security-Policy violation')))
    .toBe(true);
  expect(await page.evaluate(() => (window as { __breached?: boolean }).__breached)).toBeUndefined();
});
