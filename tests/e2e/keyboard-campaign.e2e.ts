// A new player plays a whole campaign with the keyboard alone: from the title through the briefing,
// twelve quarters with a report after each, to the debrief. No mouse event is ever sent.
import { expect, test } from '@playwright/test';
import {
  aidSlider,
  expectCampaignAt,
  expectReportAnnounced,
  HORIZON,
  quarterHeading,
  reportDialog,
} from './helpers/game';
import { describeFocus, expectVisibleFocus, tabTo } from './helpers/keyboard';
import { saveScreenshot } from './helpers/screenshots';

const NAME = 'keyboard-campaign';

test('a whole campaign can be played with the keyboard alone', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');

  // Title: choose a seed by typing it, then go back to New game with Shift+Tab.
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await saveScreenshot(page, NAME, 'title');
  const seed = await tabTo(page, 'spinbutton', 'Seed');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('7');
  await tabTo(page, 'button', 'New game', { backwards: true });
  await expectVisibleFocus(page);
  await expect(seed).toHaveValue('7');
  await page.keyboard.press('Enter');

  // Briefing: Begin is reachable with Tab.
  await expect(page.getByRole('button', { name: 'Begin' })).toBeVisible();
  await saveScreenshot(page, NAME, 'briefing');
  await tabTo(page, 'button', 'Begin');
  await expectVisibleFocus(page);
  await page.keyboard.press('Space');

  for (let quarter = 1; quarter <= HORIZON; quarter += 1) {
    await expectCampaignAt(page, quarter);

    if (quarter === 1) {
      // Raise aid by half a billion with the arrow keys…
      const slider = await tabTo(page, 'slider', 'Military aid');
      await expectVisibleFocus(page);
      const before = Number(await slider.inputValue());
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => Number(await aidSlider(page).inputValue())).toBeCloseTo(before + 0.5, 5);
      await expect(page.getByText(`€${(before + 0.5).toFixed(1)} bn / quarter`).first()).toBeVisible();

      // …and tighten sanctions one level with the arrow keys inside the radiogroup.
      await tabTo(page, 'radiogroup', 'Sanctions');
      await expectVisibleFocus(page);
      const group = page.getByRole('radiogroup', { name: 'Sanctions' });
      const checkedBefore = await group.getByRole('radio', { checked: true }).getAttribute('value');
      await page.keyboard.press('ArrowDown');
      await expect(group.getByRole('radio', { checked: true })).not.toHaveAttribute(
        'value',
        checkedBefore ?? '',
      );
      await expect(group.getByRole('radio', { checked: true })).toBeFocused();
      await saveScreenshot(page, NAME, 'campaign-q1');
    }

    await tabTo(page, 'button', 'End quarter');
    await expectVisibleFocus(page);
    await page.keyboard.press(quarter % 2 === 0 ? 'Space' : 'Enter');

    if (quarter < HORIZON) {
      const dialog = reportDialog(page);
      const headline = await expectReportAnnounced(page);
      expect(headline.length).toBeGreaterThan(0);
      if (quarter === 1 || quarter === HORIZON - 1) await saveScreenshot(page, NAME, `report-q${quarter}`);
      // Continue is the dialog's last control: Shift+Tab from its heading reaches it at once.
      await tabTo(page, 'button', 'Continue', { within: dialog, backwards: true });
      await expectVisibleFocus(page);
      await page.keyboard.press(quarter % 2 === 0 ? 'Enter' : 'Space');
      await expect(dialog).toHaveCount(0);
      await expect(quarterHeading(page)).toContainText(`quarter ${quarter + 1} of ${HORIZON}`);
      // Focus lands back on the campaign, not on the page body.
      expect(await describeFocus(page), 'focus after the report closes').not.toBe('the page body');
    }
  }

  // The last End quarter ends the campaign: a final report (if shown; see debrief.e2e.ts) leads to
  // the debrief.
  const playAgain = page.getByRole('button', { name: 'Play again' });
  await expect(reportDialog(page).or(playAgain)).toBeVisible();
  if (await reportDialog(page).isVisible()) {
    await expectReportAnnounced(page);
    await saveScreenshot(page, NAME, `report-q${HORIZON}`);
    await tabTo(page, 'button', 'Continue', { within: reportDialog(page), backwards: true });
    await page.keyboard.press('Enter');
  }
  await expect(playAgain).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\S/);
  await saveScreenshot(page, NAME, 'debrief');
  await tabTo(page, 'button', 'Play again');
  await expect(playAgain).toBeFocused();
  await expectVisibleFocus(page);
});
