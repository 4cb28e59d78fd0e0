// The game in Ukrainian: a browser set to Ukrainian opens it in Ukrainian, the switch on the title
// changes the language and is remembered, and a quarter played in Ukrainian leaves no English word
// on screen (apart from proper names and the titles of sources) and nothing overflowing or
// overlapping at 1280×720 and 1024×640.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type UiWords from '../../src/text/ui-en.json';
import { violations } from './helpers/axe';
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
