// In real Chromium: a session whose login is older than five minutes cannot change roles or erase
// the account. The page explains why (in Swedish) and offers "Logga in igen", which goes through
// the IdP and back to the same page, where the act then succeeds. axe finds no violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { expectAccessible, launchBrowser, newPage, watchPageErrors } from '../helpers/browser';
import { loginInBrowser } from '../helpers/saml';

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

/** Makes every stored session look as if its login was ten minutes ago. FerretDB writes a whole
 * document per update, so a request of the page that touches its session at the same moment can
 * undo this: wait until the page is quiet, then check what is stored. */
async function ageSessions(page: Page): Promise<void> {
  const sessions = mongoose.connection.db!.collection('sessions');
  const stale = Date.now() - 10 * 60_000;
  await page.waitForLoadState('networkidle');
  for (let attempt = 0; attempt < 20; attempt++) {
    await sessions.updateMany({}, { $set: { 'session.loginAt': stale } });
    await page.waitForTimeout(100);
    const fresh = await sessions.countDocuments({ 'session.loginAt': { $gt: stale } });
    if (fresh === 0) return;
  }
  throw new Error('could not age the sessions');
}

/** "Logga in igen" → the login page → the development IdP → back on `path`. */
async function logInAgain(page: Page, persona: string, path: string): Promise<void> {
  await page.getByRole('link', { name: 'Logga in igen' }).click();
  await page.waitForURL(`${app.url}/logga-in?returnTo=${encodeURIComponent(path)}`);
  await page.getByRole('link', { name: 'Logga in med e-legitimation' }).click();
  await page.locator(`button[data-persona="${persona}"]`).click();
  await page.waitForURL(`${app.url}${path}`);
}

describe('acts that need a fresh login', () => {
  it(
    'an admin with an old login is sent through login again, then grants the role',
    { timeout: 120_000 },
    async () => {
      const citizen = await newPage(browser);
      await loginInBrowser(citizen, app.url, 'citizen');
      await citizen.context().close();

      const page = await newPage(browser);
      const errors = watchPageErrors(page);
      await loginInBrowser(page, app.url, 'admin', '/admin/anvandare');
      await ageSessions(page);
      await page.getByLabel('Sök på namn').fill('Elsa');
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
      await page.getByRole('link', { name: 'Elsa Lind' }).click();
      await page.getByRole('heading', { level: 1, name: 'Elsa Lind' }).waitFor();
      const personPath = new URL(page.url()).pathname;
      const grant = async () => {
        await page.getByLabel('Roll', { exact: true }).selectOption('moderator');
        await page.getByRole('button', { name: 'Ge rollen' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Ja, gör det' }).click();
      };
      await grant();
      const alert = page.getByRole('alert').filter({ hasText: 'senaste fem minuterna' });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await page.getByRole('button', { name: /Ta bort rollen moderator/ }).count()).toBe(0);
      await expectAccessible(page);

      await logInAgain(page, 'admin', personPath);
      await page.getByRole('heading', { level: 1, name: 'Elsa Lind' }).waitFor();
      await grant();
      await expect
        .poll(() =>
          page.getByRole('button', { name: 'Ta bort rollen moderator från Elsa Lind' }).count(),
        )
        .toBe(1);
      expect(await alert.count()).toBe(0);
      expect(errors.filter((e) => !e.includes('403'))).toEqual([]);
      await page.context().close();
    },
  );

  it(
    'erasing the account after an old login asks for a new one first (also at 390 px)',
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await loginInBrowser(page, app.url, 'moderator', '/mina-sidor');
      await ageSessions(page);
      await page.getByLabel('Jag förstår att detta inte kan ångras').check();
      await page.getByRole('button', { name: 'Ta bort mitt konto' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'senaste fem minuterna' });
      await expect.poll(() => alert.count()).toBe(1);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await expectAccessible(page);

      await logInAgain(page, 'moderator', '/mina-sidor');
      await page.getByLabel('Jag förstår att detta inte kan ångras').check();
      await page.getByRole('button', { name: 'Ta bort mitt konto' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('borttaget');
      await context.close();
    },
  );
});
