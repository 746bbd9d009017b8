// In real Chromium: a new notification address waits for its confirmation. The settings say where
// the link went (in Swedish, also for an invalid address); the link's page confirms once, tells a
// used link apart, and sends someone not logged in through login and back. axe on each page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { expectAccessible, launchBrowser, newPage } from '../helpers/browser';
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

async function linkSentTo(to: string): Promise<string> {
  const res = await app.client().get('/dev-mailbox.json', {
    headers: { accept: 'application/json' },
  });
  const mail = (res.body.data as Array<{ to: string; text: string }>).find((m) => m.to === to);
  const link = /https?:\/\/\S+\/bekrafta-epost\?token=\S+/.exec(mail?.text ?? '')?.[0];
  if (!link) throw new Error(`no link to ${to}`);
  return link;
}

async function saveAddress(page: Page, address: string): Promise<void> {
  await page.getByTestId('email-current').waitFor();
  await page.getByLabel('E-postadress').fill(address);
  await page.getByRole('button', { name: 'Spara e-postadressen' }).click();
}

describe('confirming a notification address', () => {
  it('settings explain the link; the link confirms once', { timeout: 120_000 }, async () => {
    const page = await newPage(browser);
    await loginInBrowser(page, app.url, 'citizen', '/aviseringar');
    await saveAddress(page, 'inte-en-adress');
    // The problem is told at the field, in Swedish.
    const fieldError = page.locator('#notification-email-error');
    await expect.poll(() => fieldError.textContent()).toContain('Skriv en giltig e-postadress');
    expect(await fieldError.textContent()).not.toMatch(/invalid/i);
    const status = page.locator('form[aria-labelledby="email-settings-heading"] [role="status"]');

    await saveAddress(page, 'elsa.ny@example.se');
    await expect
      .poll(() => status.textContent())
      .toContain('Vi har skickat en bekräftelselänk till elsa.ny@example.se');
    await expect
      .poll(() => page.getByTestId('email-current').textContent())
      .toBe('Ingen e-post skickas.');
    await expectAccessible(page);

    const link = await linkSentTo('elsa.ny@example.se');
    await page.goto(link);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Aviseringar skickas nu till elsa.ny@example.se');
    expect(await page.title()).toBe('Bekräfta e-postadress – Mötesplats');
    await expectAccessible(page);

    await page.goto(link);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Länken fungerar inte');
    await page.getByRole('link', { name: 'Till aviseringarna' }).click();
    await expect
      .poll(() => page.getByTestId('email-current').textContent())
      .toBe('E-post skickas till elsa.ny@example.se.');
    await page.context().close();
  });

  it('someone not logged in is sent through login and back', { timeout: 120_000 }, async () => {
    const page = await newPage(browser);
    await loginInBrowser(page, app.url, 'official', '/aviseringar');
    await saveAddress(page, 'karin@example.se');
    await expect
      .poll(() =>
        page
          .locator('form[aria-labelledby="email-settings-heading"] [role="status"]')
          .textContent(),
      )
      .toContain('karin@example.se');
    await page.context().close();

    const link = await linkSentTo('karin@example.se');
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const visitor = await fresh.newPage();
    await visitor.goto(link);
    await expect
      .poll(() => visitor.getByText('Logga in för att bekräfta adressen').count())
      .toBe(1);
    await expectAccessible(visitor);
    await visitor.getByRole('main').getByRole('link', { name: 'Logga in', exact: true }).click();
    await visitor.getByRole('link', { name: 'Logga in med e-legitimation' }).click();
    await visitor.locator('button[data-persona="official"]').click();
    await visitor.waitForURL(link);
    await expect
      .poll(() => visitor.getByRole('status').textContent())
      .toContain('Aviseringar skickas nu till karin@example.se');
    expect(
      await visitor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await fresh.close();
  });
});
