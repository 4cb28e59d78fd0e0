// The game in Ukrainian: a browser set to Ukrainian opens it in Ukrainian, the switch on the title
// changes the language and is remembered, and a quarter played in Ukrainian leaves no English word
// on screen (apart from proper names and the titles of sources) and nothing overflowing or
// overlapping at 1280×720 and 1024×640.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type UiWords from '../../src/text/ui-en.json';
import { hasHorizontalScroll, overlappingText, describeOverlaps, visibleTextBoxes } from './helpers/layout';
import { healthProblems, watchPage } from './helpers/page-health';
import { restPointer, saveScreenshot, screenAtRest } from './helpers/screenshots';

/** The Ukrainian widget words, read as data (the test names controls by them). */
const uk = JSON.parse(readFileSync('src/text/ui-uk.json', 'utf8')) as typeof UiWords;

/** Latin words a Ukrainian screen may show: the game's name, sources and their titles, units, codes. */
const PROPER_NAMES = new Set(
  [
    'Leverage',
    'LEVERAGE',
    // The report's title, cited as published: «Russia's Weakness Offers Leverage».
    'Russia',
    'Weakness',
    'Offers',
    'ISW',
    'Oryx',
    'IISS',
    'Kiel',
    'Brent',
    'Urals',
    'RUSI',
    'CSIS',
    'Bloomberg',
    'Economist',
    'Reuters',
    'Enter',
    'Esc',
    'Tab',
    'PDF',
    'CSV',
    'JSON',
    'QR',
  ].map((w) => w.toLowerCase()),
);

/** The English words left in the visible text of the page (three letters or more, not a proper name). */
async function englishLeft(page: Page): Promise<string[]> {
  const boxes = await visibleTextBoxes(page.locator('#ui'));
  const words = new Set<string>();
  for (const box of boxes) {
    for (const word of box.text.match(/[A-Za-z]{3,}/g) ?? []) {
      if (!PROPER_NAMES.has(word.toLowerCase())) words.add(`${word} (in "${box.text}")`);
    }
  }
  return [...words];
}

/**
 * Checks the screen for English words, sideways scrolling and overlapping text (inside `layer`: the
 * open dialog, which covers the screen under it, or the whole interface), and saves a screenshot.
 */
async function checkScreen(page: Page, name: string, layer = '#ui'): Promise<void> {
  await restPointer(page);
  await screenAtRest(page);
  expect(await englishLeft(page), `English words on the ${name} screen`).toEqual([]);
  expect(await hasHorizontalScroll(page), `the ${name} screen scrolls sideways`).toBe(false);
  expect(
    describeOverlaps(await overlappingText(page.locator(layer))),
    `overlaps on the ${name} screen`,
  ).toEqual([]);
  const size = page.viewportSize();
  await saveScreenshot(page, 'ukrainian', `${name}-${size?.width ?? 0}`);
}

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

      await page.getByRole('button', { name: uk.title.newGame }).click();
      await expect(page.getByRole('button', { name: uk.briefing.begin })).toBeVisible();
      await checkScreen(page, 'briefing');

      await page.getByRole('button', { name: uk.briefing.begin }).click();
      await expect(page.getByRole('button', { name: uk.campaign.endQuarter })).toBeVisible();
      await expect(page.getByRole('slider', { name: uk.campaign.militaryAid })).toBeVisible();
      await checkScreen(page, 'campaign');

      await page.getByRole('button', { name: uk.campaign.endQuarter }).click();
      const report = page.getByRole('dialog');
      await expect(report.getByRole('button', { name: uk.report.continue })).toBeVisible();
      await checkScreen(page, 'report', 'dialog');

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
