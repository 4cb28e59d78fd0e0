// A new build reaches a game in progress: the game is played under one build, a second build
// (its version tagged "+next") is shipped at the same address, the service worker takes it, and
// after a reload the new code runs and Continue resumes the game from its save, quarter for quarter.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { continueFromReport, endQuarter, expectCampaignAt, readQuarterLabel } from './helpers/game';
import { startStaticServer } from './helpers/static-server';

/** Where the second build goes (reports/ is neither committed nor linted). */
const NEXT_BUILD = 'reports/next-build';

test('a new build is served after a reload and the game in progress goes on', async ({ browser }) => {
  // The second build runs here, so the test needs no step of its own in CI; it takes a minute or so.
  test.setTimeout(300_000);
  execFileSync('npx', ['vite', 'build', '--outDir', NEXT_BUILD, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, LEVERAGE_BUILD_TAG: 'next' },
    stdio: 'pipe',
  });
  const server = await startStaticServer('dist');
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${server.url}/`);
    await expect(page.getByText(/model version \d+\.\d+\.\d+$/)).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await expectCampaignAt(page, 1);
    await endQuarter(page);
    await continueFromReport(page);
    await expectCampaignAt(page, 2);
    const quarter = await readQuarterLabel(page);

    // Ship the second build and let the service worker find it, as it does on its own when the page loads.
    server.serveFrom(NEXT_BUILD);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
          void navigator.serviceWorker.getRegistration().then((registration) => registration?.update());
        }),
    );

    await page.reload();
    await expect(page.getByText(/model version \d+\.\d+\.\d+\+next$/)).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectCampaignAt(page, 2);
    expect(await readQuarterLabel(page)).toBe(quarter);
    await endQuarter(page);
    await continueFromReport(page);
    await expectCampaignAt(page, 3);
  } finally {
    await context.close();
    await server.close();
  }
});
