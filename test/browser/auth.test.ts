// Identity in real Chromium: the login page, logging in through the development IdP as each
// persona (real signed and encrypted SAML) and seeing the roles on /mina-sidor, the name display
// choice, logout, and role administration; axe finds no WCAG 2.1 AA violation on these pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { expectAccessible, launchBrowser, newPage, watchPageErrors } from '../helpers/browser';
import { loginInBrowser, PERSONA_NAMES, PERSONAS } from '../helpers/saml';

let app: TestApp;
let browser: Browser;

const ROLE_LABELS: Record<string, string> = {
  citizen: 'Invånare',
  official: 'Förtroendevald',
  secretary: 'Nämndsekreterare',
  moderator: 'Moderator',
  admin: 'Administratör',
};

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('login page', () => {
  it('offers "Logga in med e-legitimation" and passes axe', async () => {
    const page = await newPage(browser);
    const errors = watchPageErrors(page);
    await page.goto(`${app.url}/logga-in`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logga in');
    expect(await page.title()).toBe('Logga in – Mötesplats');
    const button = page.getByRole('link', { name: 'Logga in med e-legitimation' });
    await expect.poll(() => button.count()).toBe(1);
    // People land on Mitt arbete, which sends those without a staff role on to Mina sidor.
    expect(await button.getAttribute('href')).toBe('/auth/saml/eid/login?returnTo=%2Fmitt-arbete');
    await expectAccessible(page);
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await page.close();
  });

  it('the development IdP page is accessible too', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/logga-in`);
    await page.getByRole('link', { name: 'Logga in med e-legitimation' }).click();
    await page.waitForURL(/\/dev-idp\?/);
    expect(await page.locator('h1').textContent()).toBe('Testlegitimering (utveckling)');
    expect(await page.locator('button[data-persona]').count()).toBe(5);
    await expectAccessible(page);
    await page.close();
  });
});

describe('logging in as each persona', () => {
  it.each(PERSONA_NAMES)('%s sees their roles on /mina-sidor', async (persona) => {
    const page = await newPage(browser);
    const errors = watchPageErrors(page);
    await loginInBrowser(page, app.url, persona);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Mina sidor');
    expect(await page.title()).toBe('Mina sidor – Mötesplats');
    const { givenName, surname, roles } = PERSONAS[persona];
    await expect
      .poll(() => page.locator('header .user-menu a').textContent())
      .toBe(`${givenName} ${surname}`);
    // Roles stated once: the resident's own role is said in words, not as a badge.
    const special = roles.filter((r) => r.role !== 'citizen');
    const shown = await page.locator('[data-testid="my-roles"] li').allTextContents();
    expect(shown).toEqual(special.map((r) => ROLE_LABELS[r.role]));
    expect(await page.locator('[data-testid="my-roles-none"]').count()).toBe(
      special.length === 0 ? 1 : 0,
    );
    if (persona === 'citizen' || persona === 'admin') await expectAccessible(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('my pages', () => {
  it('asks an anonymous visitor to log in', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/mina-sidor`);
    await expect
      .poll(() => page.getByText('Du behöver logga in för att se Mina sidor.').count())
      .toBe(1);
    await expectAccessible(page);
    await page.close();
  });

  it('changes how the name is shown, then logs out', async () => {
    const page = await newPage(browser);
    await loginInBrowser(page, app.url, 'official');
    await page.getByLabel('Förnamn och initial (Karin B.)').check();
    await page
      .getByRole('region', { name: 'Mitt namn' })
      .getByRole('button', { name: 'Spara' })
      .click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Mitt namn' }).getByRole('status').textContent())
      .toBe('Sparat.');
    await expect.poll(() => page.locator('header .user-menu a').textContent()).toBe('Karin B.');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(`${app.url}/`);
    await expect
      .poll(() => page.locator('header').getByRole('link', { name: 'Logga in' }).count())
      .toBe(1);
    expect((await page.context().request.get(`${app.url}/api/v1/me`)).status()).toBe(401);
    await page.context().close();
  });
});

describe('role administration', () => {
  it('an admin grants and removes a role on the person’s page, each confirmed; axe', async () => {
    const citizen = await newPage(browser);
    await loginInBrowser(citizen, app.url, 'citizen');
    await citizen.context().close();

    const page = await newPage(browser);
    await loginInBrowser(page, app.url, 'admin', '/admin/anvandare');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Personer och roller');
    await page.getByLabel('Sök på namn').fill('Elsa');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: 'Elsa Lind' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Elsa Lind');
    await page.getByLabel('Roll', { exact: true }).selectOption('moderator');
    await page.getByRole('button', { name: 'Ge rollen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ja, gör det' }).click();
    const remove = page.getByRole('button', { name: 'Ta bort rollen moderator från Elsa Lind' });
    await expect.poll(() => remove.count()).toBe(1);
    await expectAccessible(page);
    await remove.click();
    await dialog.getByText('Ta bort rollen moderator från Elsa Lind?').waitFor();
    await dialog.getByRole('button', { name: 'Ja, gör det' }).click();
    await expect.poll(() => remove.count()).toBe(0);
    await page
      .getByRole('status')
      .filter({ hasText: 'Rollen moderator är borttagen från Elsa Lind.' })
      .waitFor();
    await page.context().close();
  });

  it('an admin reads and filters the audit log; the page passes axe', async () => {
    const page = await newPage(browser);
    await loginInBrowser(page, app.url, 'admin', '/admin/logg');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Granskningslogg');
    expect(await page.title()).toBe('Granskningslogg – Mötesplats');
    const entries = page.locator('.audit-entry__what');
    await expect.poll(() => entries.count()).toBeGreaterThan(0);
    await page.getByLabel('Händelse').selectOption({ label: 'loggade in' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await expect
      .poll(async () => {
        const texts = await entries.allTextContents();
        return texts.length > 0 && texts.every((text) => text.includes('loggade in'));
      })
      .toBe(true);
    await expectAccessible(page);
    await page.context().close();
  });
});
