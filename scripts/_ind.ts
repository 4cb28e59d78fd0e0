import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
const server = await preview({ preview: { port: 4185, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('http://127.0.0.1:4185/');
await page.getByRole('button', { name: 'New game' }).click();
await page.getByRole('button', { name: 'Begin' }).click();
for (let i = 0; i < 2; i++) { await page.getByRole('button', { name: 'End quarter' }).click(); await page.getByRole('button', { name: 'Continue' }).click(); }
await page.mouse.move(1100, 500);
await page.mouse.wheel(0, 600);
await page.waitForTimeout(400);
await page.screenshot({ path: '/tmp/review/ind1.png' });
// focus the first source chip in the indicators
const html = await page.locator('text=Indicators').first().evaluate((n) => n.parentElement?.outerHTML.slice(0, 1500));
console.log(html);
await page.keyboard.press('Tab');
await page.waitForTimeout(400);
await page.screenshot({ path: '/tmp/review/ind2.png' });
await browser.close(); server.httpServer.close();
