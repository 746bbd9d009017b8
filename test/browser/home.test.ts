// The start page in real Chromium: it renders, the language switch works, and axe-core finds no
// WCAG 2.1 AA violation on it or on the accessibility statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { expectAccessible, launchBrowser, newPage } from '../helpers/browser';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('home page', () => {
  it('renders in Swedish with landmarks and passes axe', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Välkommen till Mötesplats');
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.title()).toContain('Mötesplats');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('footer').count()).toBe(1);
    await expectAccessible(page);
    await page.close();
  });

  it('switches language to English and back, and remembers the choice', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/`);
    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Mötesplats');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Mötesplats');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Switch language to Swedish' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Välkommen till Mötesplats');
    await page.close();
  });

  it('has a skip link that moves to the main content, and an accessible statement page', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Välkommen till Mötesplats');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tillgänglighetsredogörelse');
    expect(await page.title()).toBe('Tillgänglighetsredogörelse – Mötesplats');
    await expectAccessible(page);
    await page.close();
  });

  it('loads without a Content-Security-Policy violation or script error', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('401')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.url}/moten-som-inte-finns`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sidan finns inte');
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});
