// The municipality's face in real Chromium: an administrator sets its name, colour and registry at
// /admin/kommun (a colour without contrast is refused in words), and every page's header and footer
// show them; the page is axe-clean and refuses others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { signedInUser } from '../helpers/factories';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({ MUNICIPALITY_NAME: 'Exempelby kommun' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the municipality profile page', () => {
  it('lets an administrator set the name, colour and registry, shown on every page', async () => {
    const admin = await signedInUser(app, { roles: ['admin'] });
    const context = await contextWithSession(browser, app.url, admin.client, {
      viewport: { width: 390, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${app.url}/admin/kommun`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kommunens profil');
    const name = page.getByLabel('Kommunens namn');
    await expect.poll(() => name.inputValue()).toBe('Exempelby kommun');
    await expectAccessible(page);

    await name.fill('Ängsby kommun');
    const colour = page.getByLabel('Huvudfärg');
    await colour.fill('#7fb2e5');
    expect(await page.locator('#m-colour-ratio').textContent()).toContain('Kontrast mot vitt: 2.');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Färgen ger för låg kontrast mot vitt');

    await colour.fill('#1b4d2e');
    await page.getByLabel('Namn', { exact: true }).fill('Kommunens registratur');
    await page.getByLabel('E-post').fill('registrator@angsby.se');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'sparad' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('header .site-name').textContent())
      .toContain('Ängsby kommun');
    expect(await page.locator('footer').textContent()).toContain('registrator@angsby.se');
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
      ),
    ).toBe('rgb(27, 77, 46)');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectAccessible(page);

    // A visitor sees it too.
    const visitor = await (await contextWithSession(browser, app.url)).newPage();
    await visitor.goto(`${app.url}/`);
    await expect
      .poll(() => visitor.locator('header .site-name').textContent())
      .toContain('Ängsby kommun');
    await visitor.goto(`${app.url}/admin/kommun`);
    await expect
      .poll(() => visitor.locator('main p').first().textContent())
      .toContain('Bara en administratör');
    await visitor.context().close();
    await context.close();
  });
});
