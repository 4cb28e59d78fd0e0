// A workshop room where a person plays the Kremlin, and its debrief: the facilitator creates a
// free-pace room with a Kremlin player; a team's ended quarter waits until the Kremlin player's
// desk answers it, and the team's report then shows the Kremlin's move; the facilitator compares
// the teams and opens a team's game from the console, without a pasted code.
import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { continueFromReport, expectCampaignAt, reportDialog } from './helpers/game';
import { healthProblems, watchPage, type PageHealth } from './helpers/page-health';
import { consoleRow, roomBar, startRoomHost, type RoomHost } from './helpers/room';
import { saveScreenshot } from './helpers/screenshots';

const LONG_MS = 30_000;
const expect = baseExpect.configure({ timeout: LONG_MS });

async function open(
  browser: Browser,
  url: string,
  origin: string,
): Promise<{ page: Page; health: PageHealth }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const health = watchPage(page, origin);
  await page.goto(url);
  return { page, health };
}

let host: RoomHost | null = null;

test.afterAll(async () => {
  await host?.dispose();
  host = null;
});

test('a person plays the Kremlin from a desk of their own, and the debrief needs no pasted code', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  host = await startRoomHost();
  const facilitator = await open(browser, `${host.url}/?host=${host.hostKey}`, host.url);
  const page = facilitator.page;
  await page.getByLabel('Teams, one name per line').fill('Blue\nGreen');
  await page.getByRole('radio', { name: 'Free: each team at its own pace' }).check();
  await page.getByRole('checkbox', { name: /A person plays the Kremlin/ }).check();
  await page.getByRole('button', { name: 'Create the room' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Room [A-Z0-9]{6}$/);
  const kremlinInput = page.getByRole('textbox', { name: "Kremlin player's link", exact: true });
  await expect(kremlinInput).toHaveValue(/\?room=[A-Z0-9]{6}&token=.+/);
  const blueInput = page.getByRole('textbox', { name: 'Blue', exact: true });
  await expect(blueInput).toHaveValue(/\?room=[A-Z0-9]{6}&token=.+/);

  const blue = await open(browser, await blueInput.inputValue(), host.url);
  await expectCampaignAt(blue.page, 1);
  await expect(roomBar(blue.page)).toContainText('Q1 2025 is open');
  const kremlin = await open(browser, await kremlinInput.inputValue(), host.url);
  await expect(kremlin.page.getByRole('heading', { level: 1 })).toHaveText(/^The Kremlin · Room /);
  await expect(kremlin.page.getByText('No team is waiting for you.', { exact: false })).toBeVisible();

  // Blue ends Q1: its quarter waits for the Kremlin, End quarter stays closed.
  await blue.page.getByRole('button', { name: 'End quarter' }).click();
  await expect(roomBar(blue.page)).toContainText("Waiting for the Kremlin's answer to Q1 2025");
  await expect(blue.page.getByRole('button', { name: 'End quarter' })).toBeDisabled();
  await expect(consoleRow(page, 't1')).toContainText('Ended Q1 2025, waiting for the Kremlin');

  // The desk lists Blue with its levers; the Kremlin player raises taxes and answers.
  await expect(
    kremlin.page.getByText(/^Blue ended Q1 2025: aid €[\d.]+bn, sanctions level \d$/),
  ).toBeVisible();
  await expect(kremlin.page.getByText('Still deciding: Green')).toBeVisible();
  await kremlin.page.getByRole('checkbox', { name: 'Raise taxes' }).check();
  await saveScreenshot(kremlin.page, 'room', 'kremlin-desk');
  await kremlin.page.getByRole('button', { name: "Send the Kremlin's answer" }).click();
  await expect(kremlin.page.getByRole('status').filter({ hasText: 'Answer sent to Blue.' })).toBeVisible();

  // Blue's quarter is played with the Kremlin's move, which its report shows.
  await expect(reportDialog(blue.page)).toContainText('Kremlin raises VAT');
  await expect(reportDialog(blue.page)).toContainText('Because the Kremlin player chose it');
  await continueFromReport(blue.page);
  await expect(roomBar(blue.page)).toContainText('Q2 2025 is open');
  await expect(kremlin.page.getByText('No team is waiting for you.', { exact: false })).toBeVisible();
  await expect(consoleRow(page, 't1')).toContainText('Deciding Q2 2025');

  // The debrief: the live comparison holds both teams, and a team's game opens from its link.
  await page.getByRole('button', { name: 'Compare every team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare teams' });
  await expect(dialog.getByRole('table').first()).toContainText('Blue');
  await expect(dialog.getByRole('table').first()).toContainText('Green');
  await saveScreenshot(page, 'room', 'compare');
  await dialog.getByRole('button', { name: /close/i }).first().click();
  const review = page.getByRole('link', { name: "Open Blue's review" });
  const href = await review.getAttribute('href');
  expect(href).toMatch(/\?game=/);
  const opened = await open(browser, href ?? '', host.url);
  await expectCampaignAt(opened.page, 2);

  for (const member of [facilitator, blue, kremlin, opened])
    expect(healthProblems(member.health)).toEqual([]);
});
