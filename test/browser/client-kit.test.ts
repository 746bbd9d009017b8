// The client kit in real Chromium: a form checked with the shared schema says what is wrong in
// Swedish (or English), names the field by its label, and the message goes away once the field is
// fixed; a refused or missing thing shows the translated text of its error code, never the
// server's English message; and a time entered in a browser set to New York is Swedish time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PROPOSAL_LIMITS } from '../../shared/schemas/proposals';
import { startTestApp, type TestApp } from '../helpers/app';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import { makeBody } from '../helpers/records';

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

const poll = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });
const h1 = (page: Page) => page.locator('h1').textContent();

async function pageAs(options: Parameters<typeof signedInUser>[1] = {}, timezoneId?: string) {
  const { client } = await signedInUser(app, options);
  const context = await contextWithSession(browser, app.url, client, { timezoneId });
  return context.newPage();
}

describe('validation messages', () => {
  it('are Swedish, name the field, and go away once the field is fixed', async () => {
    const page = await pageAs();
    await page.goto(`${app.url}/forslag/nytt`);
    await poll(() => h1(page)).toBe('Skriv ett e-förslag');
    const title = page.getByLabel('Rubrik');
    await title.fill('Kort');
    await page
      .getByLabel('Beskriv ditt förslag')
      .fill('Det behövs fler bänkar längs promenadstråket vid sjön, för alla som vilar.');
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();

    const summary = page.getByRole('alert');
    const message = `”Rubrik” måste ha minst ${PROPOSAL_LIMITS.titleMin} tecken.`;
    await poll(() => summary.textContent()).toContain(message);
    // The summary takes focus; the field says it is invalid and is described by its message.
    await poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#proposal-title-error').textContent()).toBe(message);
    expect(await title.getAttribute('aria-describedby')).toContain('proposal-title-error');
    expect(await page.locator('main').textContent()).not.toContain('must be at least');
    await expectAccessible(page);

    // Fixing the field removes its message and the summary, without another submit.
    await title.fill('Fler bänkar vid sjön');
    await poll(() => summary.count()).toBe(0);
    expect(await page.locator('#proposal-title-error').count()).toBe(0);
    expect(await title.getAttribute('aria-invalid')).toBe('false');
  });

  it('are English in English', async () => {
    const page = await pageAs();
    await page.goto(`${app.url}/forslag/nytt`);
    await poll(() => h1(page)).toBe('Skriv ett e-förslag');
    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await poll(() => h1(page)).toBe('Write a proposal');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await poll(() => page.getByRole('alert').textContent()).toContain(
      `“Title” must have at least ${PROPOSAL_LIMITS.titleMin} characters.`,
    );
  });
});

describe('errors from their code', () => {
  it('a page a citizen may not see says so in Swedish, and in English', async () => {
    const page = await pageAs();
    await page.goto(`${app.url}/forslag/granska`);
    await poll(() => h1(page)).toBe('Granskningskö för e-förslag');
    await poll(() => page.getByRole('alert').textContent()).toBe(
      'Du har inte behörighet att göra det här.',
    );
    expect(await page.locator('main').textContent()).not.toContain('You may not do this');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await poll(() => page.getByRole('alert').textContent()).toBe('You are not allowed to do this.');
  });

  it('something that does not exist is named in Swedish', async () => {
    const bodyId = await makeBody('Kultur- och fritidsnämnden');
    const page = await pageAs({ roles: [{ role: 'secretary', bodyId }] });
    await page.goto(`${app.url}/sekreterare/moten/${'0'.repeat(24)}`);
    await poll(() => page.getByRole('alert').textContent()).toBe(
      'Vi hittade inget publicerat sammanträde på den adressen.',
    );
    expect(await page.locator('main').textContent()).not.toMatch(/not found/i);
  });
});

describe('Swedish time', () => {
  it('17:00 entered in a browser in New York is 17:00 in Stockholm', async () => {
    const bodyId = await makeBody('Tekniska nämnden');
    const page = await pageAs({ roles: [{ role: 'secretary', bodyId }] }, 'America/New_York');
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/New_York',
    );
    await page.goto(`${app.url}/sekreterare`);
    await poll(() => h1(page)).toBe('Sekreterarvyn');
    const year = new Date().getUTCFullYear() + 1;
    // The label says which time it is.
    await poll(() => page.getByLabel('Datum och tid (svensk tid)').count()).toBe(1);
    await page.getByLabel('Rubrik', { exact: true }).first().fill('Tekniska nämndens sammanträde');
    await page.getByLabel('Datum och tid').fill(`${year}-01-15T17:00`);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await poll(() => h1(page)).toBe('Redigera: Tekniska nämndens sammanträde');
    const id = new URL(page.url()).pathname.split('/').pop();

    const { client } = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const stored = await client.get(`/api/v1/meetings/${id}`);
    expect(stored.body.data.startsAt).toBe(`${year}-01-15T16:00:00.000Z`);
    await poll(() => page.locator('main .meta').nth(1).textContent()).toContain('kl. 17:00');
  });
});
