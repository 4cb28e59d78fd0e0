// Accessibility, checked by axe-core at WCAG 2.2 AA on the game's screens and dialogs: the title
// and its assumptions, the briefing, the campaign, the quarter report, the negotiation, the
// debrief and its review tabs, the role briefs, the teams' comparison, the hot seat, the projector
// window, and the workshop room's pages (host, console, team, Kremlin desk,
// projector). Every screen must have no violation at all.
import { expect, test } from '@playwright/test';
import { continueFromReport, endQuarter, expectCampaignAt } from './helpers/game';
import { violations } from './helpers/axe';
import { startRoomHost } from './helpers/room';

test('the single-device game has no WCAG 2.2 AA violation on any screen', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  expect(await violations(page), 'title').toEqual([]);
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
  expect(await violations(page), 'briefing').toEqual([]);
  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
  await expect(page.getByText(/^In 500 runs of the next 4 quarters/)).toBeVisible({ timeout: 30_000 });
  expect(await violations(page), 'campaign').toEqual([]);
  await endQuarter(page);
  expect(await violations(page), 'quarter report').toEqual([]);
  await continueFromReport(page);
  await expectCampaignAt(page, 2);

  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'share dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violations(page), 'sources dialog').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Propose settlement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Propose a settlement' });
  await expect(dialog).toBeVisible();
  expect(await violations(page), 'negotiation').toEqual([]);
  await dialog.getByRole('button', { name: 'Send proposal' }).click();
  await expect(dialog.getByRole('heading', { name: /The Kremlin’s answer/ })).toBeVisible();
  expect(await violations(page), 'the Kremlin’s answer').toEqual([]);
  await dialog.getByRole('button', { name: 'Sign the settlement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settlement signed' })).toBeVisible();
  expect(await violations(page), 'debrief').toEqual([]);
  for (const tab of ['Quarter by quarter', 'Discussion', 'Exports']) {
    await page.getByRole('tablist', { name: 'Debrief' }).getByRole('tab', { name: tab }).click();
    expect(await violations(page), `debrief: ${tab}`).toEqual([]);
  }
});

test('the title’s panels and the facilitator’s console have no WCAG 2.2 AA violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  for (const tab of ['Assumptions', 'Play modes']) {
    const control = page.getByRole('tab', { name: tab });
    if ((await control.count()) === 0) continue;
    await control.click();
    expect(await violations(page), `title: ${tab}`).toEqual([]);
  }
  await page.getByRole('checkbox', { name: 'Facilitator mode' }).check();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
  await page.getByRole('button', { name: 'Facilitator', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Facilitator console' })).toBeVisible();
  expect(await violations(page), 'facilitator console').toEqual([]);
});

test('the role briefs, the teams’ comparison, the hot seat and the projector window have no WCAG 2.2 AA violation', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  // The projector window first, before any game window answers it.
  const projector = await context.newPage();
  await projector.goto('/?view=projector');
  await expect(projector.getByText('Waiting for the game window…')).toBeVisible();
  expect(await violations(projector), 'projector window, waiting').toEqual([]);

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  for (const [opener, title] of [
    ['Role briefs', 'Role briefs'],
    ['Compare teams', 'Compare teams'],
  ] as const) {
    await page.getByRole('button', { name: opener, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    expect(await violations(page), title).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }

  await page.getByRole('tab', { name: 'Play modes', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Kremlin played by a person' }).check();
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByRole('button', { name: 'Begin' }).click();
  await expectCampaignAt(page, 1);
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText('Q1 2025');
  expect(await violations(projector), 'projector window, live').toEqual([]);
  await page.getByRole('button', { name: 'End quarter' }).click();
  const handover = page.getByRole('dialog', { name: 'Pass the device to the Kremlin player' });
  await expect(handover).toBeVisible();
  expect(await violations(page), 'hot seat: handover').toEqual([]);
  await handover.getByRole('button', { name: 'I am the Kremlin player' }).click();
  await expect(page.getByRole('dialog', { name: /^The Kremlin decides/ })).toBeVisible();
  expect(await violations(page), 'hot seat: the Kremlin decides').toEqual([]);
});

test('the workshop room’s pages have no WCAG 2.2 AA violation', async ({ browser }) => {
  test.setTimeout(180_000);
  const host = await startRoomHost();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${host.url}/?host=${host.hostKey}`);
    await expect(page.getByRole('button', { name: 'Create the room' })).toBeVisible();
    expect(await violations(page), 'host page').toEqual([]);
    await page.getByLabel('Teams, one name per line').fill('Blue\nGreen');
    await page.getByRole('checkbox', { name: /A person plays the Kremlin/ }).check();
    await page.getByRole('button', { name: 'Create the room' }).click();
    const kremlinLink = page.getByRole('textbox', { name: "Kremlin player's link", exact: true });
    await expect(kremlinLink).toHaveValue(/token=/);
    await expect(page.locator('.rc__join img').first()).toBeVisible();
    expect(await violations(page), 'facilitator’s room console').toEqual([]);
    const links = {
      blue: await page.getByRole('textbox', { name: 'Blue', exact: true }).inputValue(),
      projector: await page
        .getByRole('textbox', { name: 'Projector link (read only)', exact: true })
        .inputValue(),
      kremlin: await kremlinLink.inputValue(),
    };
    const team = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const teamPage = await team.newPage();
    await teamPage.goto(links.blue);
    await expectCampaignAt(teamPage, 1);
    await expect(teamPage.getByTestId('room-bar')).toContainText('Online');
    expect(await violations(teamPage), 'team’s game with the room bar').toEqual([]);
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const projector = await other.newPage();
    await projector.goto(links.projector);
    await expect(projector.getByRole('heading', { level: 1 })).toHaveText(/^Room /);
    expect(await violations(projector), 'room projector: join').toEqual([]);
    const desk = await other.newPage();
    await desk.goto(links.kremlin);
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText(/^The Kremlin · Room /);
    expect(await violations(desk), 'Kremlin desk').toEqual([]);
    await teamPage.getByRole('button', { name: 'End quarter' }).click();
    await expect(desk.getByRole('button', { name: "Send the Kremlin's answer" })).toBeVisible();
    expect(await violations(desk), 'Kremlin desk with a team waiting').toEqual([]);
    await team.close();
    await other.close();
    await context.close();
  } finally {
    await host.dispose();
  }
});
