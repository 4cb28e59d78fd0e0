// The game in Ukrainian: a browser set to Ukrainian opens it in Ukrainian, the switch on the title
// changes the language and is remembered, and a quarter played in Ukrainian leaves no English word
// on screen (apart from proper names and the titles of sources) and nothing overflowing or
// overlapping at 1280×720 and 1024×640.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type UiWords from '../../src/text/ui-en.json';
import { violations } from './helpers/axe';
import { expectVisibleFocus, tabTo } from './helpers/keyboard';
import { checkScreen } from './helpers/language';
import { healthProblems, watchPage } from './helpers/page-health';

/** The Ukrainian widget words, read as data (the test names controls by them). */
const uk = JSON.parse(readFileSync('src/text/ui-uk.json', 'utf8')) as typeof UiWords;

test.describe('a browser set to Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1024, height: 640 },
  ]) {
    test(`plays a quarter in Ukrainian at ${viewport.width}×${viewport.height}`, async ({
      page,
      baseURL,
    }) => {
      const health = watchPage(page, baseURL!);
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.getByRole('button', { name: uk.title.newGame })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expect(page).toHaveTitle(uk.common.pageTitle);
      await checkScreen(page, 'title');
      expect(await violations(page), 'axe (WCAG 2.2 AA): title').toEqual([]);

      await page.getByRole('button', { name: uk.title.newGame }).click();
      await expect(page.getByRole('button', { name: uk.briefing.begin })).toBeVisible();
      await checkScreen(page, 'briefing');
      expect(await violations(page), 'axe (WCAG 2.2 AA): briefing').toEqual([]);

      await page.getByRole('button', { name: uk.briefing.begin }).click();
      await expect(page.getByRole('button', { name: uk.campaign.endQuarter })).toBeVisible();
      await expect(page.getByRole('slider', { name: uk.campaign.militaryAid })).toBeVisible();
      await checkScreen(page, 'campaign');
      expect(await violations(page), 'axe (WCAG 2.2 AA): campaign').toEqual([]);

      await page.getByRole('button', { name: uk.campaign.endQuarter }).click();
      const report = page.getByRole('dialog');
      await expect(report.getByRole('button', { name: uk.report.continue })).toBeVisible();
      await checkScreen(page, 'report', 'dialog');
      expect(await violations(page), 'axe (WCAG 2.2 AA): report').toEqual([]);

      await report.getByRole('button', { name: uk.report.continue }).click();
      await expect(page.getByRole('button', { name: uk.campaign.endQuarter })).toBeVisible();
      expect(healthProblems(health)).toEqual([]);
    });
  }
});

test('the language switch on the title changes the language and is remembered', async ({ page, baseURL }) => {
  const health = watchPage(page, baseURL!);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).first().selectOption('uk');
  await expect(page.getByRole('button', { name: uk.title.newGame })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  await page.goto('/');
  await expect(page.getByRole('button', { name: uk.title.newGame })).toBeVisible();
  await page.getByRole('combobox', { name: uk.title.language }).first().selectOption('en');
  await expect(page.getByRole('button', { name: 'New game' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(healthProblems(health)).toEqual([]);
});

test.describe('on an upright tablet, in Ukrainian, with the keyboard alone', () => {
  test.use({ locale: 'uk-UA', viewport: { width: 768, height: 1024 } });

  test('a quarter is played from the title to the next quarter', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const health = watchPage(page, baseURL!);
    await page.goto('/');
    await expect(page.getByRole('button', { name: uk.title.newGame })).toBeVisible();
    await tabTo(page, 'button', uk.title.newGame);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await tabTo(page, 'button', uk.briefing.begin);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: uk.campaign.endQuarter })).toBeVisible();
    await checkScreen(page, 'tablet-campaign');

    const slider = await tabTo(page, 'slider', uk.campaign.militaryAid);
    await expectVisibleFocus(page);
    const before = Number(await slider.inputValue());
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(before);
    await tabTo(page, 'button', uk.campaign.endQuarter);
    await page.keyboard.press('Enter');
    const report = page.getByRole('dialog');
    await expect(report.getByRole('button', { name: uk.report.continue })).toBeVisible();
    await checkScreen(page, 'tablet-report', 'dialog');
    await page.keyboard.press('Enter');
    await expect(report).toHaveCount(0);
    await expect(page.getByRole('button', { name: uk.campaign.endQuarter })).toBeVisible();
    expect(healthProblems(health)).toEqual([]);
  });
});
