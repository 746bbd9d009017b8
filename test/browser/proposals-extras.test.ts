// Proposals in Chromium beyond the main journey: English, the admin's rules form, a draft
// submitted from its page, my page sections with the e-mail setting, the start page section.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { signIn, signedInUser } from '../helpers/factories';
import { contextWithSession, expectAccessible, launchBrowser, newPage } from '../helpers/browser';
import type { UserDocument } from '../../server/auth/user-model';

let app: TestApp;
let browser: Browser;
let openId: string;
const openTitle = 'Gratis kollektivtrafik för pensionärer';

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const author = await signedInUser(app);
  const created = await author.client.post('/api/v1/proposals', {
    title: openTitle,
    body: 'Pensionärer med låg inkomst har svårt att ta sig till vårdcentralen.\nLåt dem åka gratis.',
  });
  openId = created.body.data.id;
  const mod = await signedInUser(app, { roles: ['moderator'] });
  await mod.client.post(`/api/v1/proposals/${openId}/review`, { decision: 'approve' });
  // "Populära e-förslag" lists only proposals someone has signed.
  const signer = await signedInUser(app);
  await signer.client.post(`/api/v1/proposals/${openId}/signatures`);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function pageAs(user: UserDocument): Promise<Page> {
  const context = await contextWithSession(browser, app.url, await signIn(app, user));
  return context.newPage();
}
const heading = (page: Page) => page.locator('h1').textContent();
/** expect.poll with room for a loaded machine (the default gives up after one second). */
const poll = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });

describe('proposals pages', { timeout: 90_000 }, () => {
  it('the start page shows popular proposals, and the list works in English', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/`);
    await poll(() => page.getByRole('heading', { name: 'Populära e-förslag' }).count()).toBe(1);
    await poll(() => page.getByRole('link', { name: openTitle }).count()).toBe(1);
    await page.goto(`${app.url}/forslag`);
    await poll(() => heading(page)).toBe('E-förslag');
    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await poll(() => heading(page)).toBe('Citizen proposals');
    expect(await page.title()).toBe('Citizen proposals – Mötesplats');
    await page.getByLabel('Sort', { exact: true }).selectOption('signatures');
    await page.getByRole('button', { name: 'Show' }).click();
    await poll(() => page.url()).toContain('sort=signatures');
    await page.getByRole('link', { name: openTitle }).click();
    await poll(() => heading(page)).toBe(openTitle);
    await poll(() => page.locator('.proposal-status').first().textContent()).toBe(
      'Open for signatures',
    );
    expect(await page.getByRole('link', { name: 'Log in to sign' }).count()).toBe(1);
    await expectAccessible(page);
    // Back to Swedish for the other tests' contexts (the choice is per browser context anyway).
    await page.getByRole('button', { name: 'Switch language to Swedish' }).click();
    await page.close();
  });

  it('an admin changes the rules through the form; citizens see them', async () => {
    const admin = await signedInUser(app, { roles: ['admin'] });
    const page = await pageAs(admin.user);
    await page.goto(`${app.url}/forslag/regler`);
    await poll(() => heading(page)).toBe('Regler för e-förslag');
    await page.getByLabel('Antal underskrifter som krävs').fill('25');
    await page.getByLabel('Underskriftstid (dagar)').fill('60');
    await page.getByLabel('Regler för granskning').fill('Inga personangrepp.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara reglerna' }).click();
    await poll(() => page.getByRole('status').textContent()).toContain('Reglerna är sparade');
    const rules = (await app.client().get('/api/v1/proposal-rules')).body.data;
    expect(rules).toMatchObject({
      threshold: 25,
      signingDays: 60,
      reviewRulesText: 'Inga personangrepp.',
    });
    const citizen = await newPage(browser);
    await citizen.goto(`${app.url}/forslag/regler`);
    await poll(() => citizen.getByText('Inga personangrepp.').count()).toBe(1);
    expect(await citizen.getByRole('button', { name: 'Spara reglerna' }).count()).toBe(0);
  });

  it('a draft is saved, submitted from its page, and shown on my page with the e-mail setting', async () => {
    const citizen = await signedInUser(app, { givenName: 'Dora', surname: 'Utkast' });
    const page = await pageAs(citizen.user);
    await page.goto(`${app.url}/forslag/nytt`);
    await poll(() => heading(page)).toBe('Skriv ett e-förslag');
    const title = 'Hundrastgård i västra stadsdelen';
    await page.getByLabel('Rubrik').fill(title);
    await page
      .getByLabel('Beskriv ditt förslag')
      .fill('Det finns ingen hundrastgård i västra stadsdelen, och många hundägare bor där.');
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    await page.waitForURL(/\/forslag\/[0-9a-f]{24}$/);
    await poll(() => page.locator('.proposal-status').first().textContent()).toBe('Utkast');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await poll(() => page.locator('.proposal-status').first().textContent()).toBe(
      'Väntar på granskning',
    );

    await page.goto(`${app.url}/mina-sidor`);
    await poll(() => page.getByRole('heading', { name: 'Mina e-förslag' }).count()).toBe(1);
    await poll(() => page.getByRole('link', { name: title, exact: true }).count()).toBe(1);
    await page.getByLabel('E-postadress').fill('dora@example.se');
    await page.getByRole('button', { name: 'Spara e-postadressen' }).click();
    // A new address waits for the link mailed to it.
    await poll(() =>
      page.getByText(/Vi har skickat en bekräftelselänk till dora@example.se/).count(),
    ).toBe(1);
    expect(
      (await citizen.client.get('/api/v1/notification-settings')).body.data.pending.email,
    ).toBe('dora@example.se');
    await expectAccessible(page);
  });
});
