// A live dialogue in real Chromium: a moderator creates and opens a session, citizens in two
// browser contexts ask and vote, the moderator approves, an official marks "answering now" and
// "answered"; every window follows live, a window that was offline catches up, and each page is
// axe-clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { signedInUser } from '../helpers/factories';
import {
  contextWithSession,
  expectAccessible,
  launchBrowser,
  watchPageErrors,
} from '../helpers/browser';
import type { HttpClient } from '../helpers/http';

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

async function contextFor(client?: HttpClient): Promise<BrowserContext> {
  return contextWithSession(browser, app.url, client);
}

const questionItem = (page: Page, text: string) =>
  page.locator('li.live-question', { hasText: text });

describe('live dialogue in the browser', () => {
  it('moderator, two citizens and an official follow one session live', async () => {
    const moderator = await signedInUser(app, { roles: ['moderator'] });
    const official = await signedInUser(app, {
      roles: ['official'],
      displayName: 'Ola Ordförande',
    });
    const anna = await signedInUser(app, { displayName: 'Anna Andersson' });
    const bertil = await signedInUser(app, { displayName: 'Bertil Berg' });

    // The moderator creates and opens the session.
    const modPage = await (await contextFor(moderator.client)).newPage();
    const modErrors = watchPageErrors(modPage);
    await modPage.goto(`${app.url}/direkt`);
    await expect.poll(() => modPage.locator('h1').textContent()).toBe('Direktsamtal');
    await expectAccessible(modPage);
    await modPage.getByLabel('Rubrik').fill('Fråga politikerna om badhuset');
    await modPage.getByLabel(/Svarande politikers/).fill(official.id);
    await modPage.getByRole('button', { name: 'Skapa' }).click();
    await modPage.waitForURL(/\/direkt\/[0-9a-f]{24}\/moderera$/);
    const sessionId = /direkt\/([0-9a-f]{24})/.exec(modPage.url())![1]!;
    await modPage.getByRole('button', { name: 'Öppna samtalet' }).click();
    await expect.poll(() => modPage.getByText('Pågår').count()).toBeGreaterThan(0);
    await expectAccessible(modPage);

    // Two citizens in their own browser contexts.
    const annaContext = await contextFor(anna.client);
    const annaPage = await annaContext.newPage();
    const bertilContext = await contextFor(bertil.client);
    const bertilPage = await bertilContext.newPage();
    const errors = [...watchPageErrors(annaPage), ...watchPageErrors(bertilPage)];
    for (const page of [annaPage, bertilPage]) {
      await page.goto(`${app.url}/direkt/${sessionId}`);
      await expect.poll(() => page.locator('h1').textContent()).toContain('badhuset');
      expect(await page.title()).toBe('Fråga politikerna om badhuset – Mötesplats');
    }
    await expectAccessible(annaPage);

    await annaPage.getByLabel('Din fråga').fill('När öppnar badhuset igen?');
    await annaPage.getByRole('button', { name: 'Skicka frågan' }).click();
    await expect
      .poll(() => annaPage.getByRole('status').filter({ hasText: 'godkänt' }).count())
      .toBe(1);
    await bertilPage.getByLabel('Din fråga').fill('Vad kostar renoveringen?');
    await bertilPage.getByLabel(/Visa inte mitt namn/).check();
    await bertilPage.getByRole('button', { name: 'Skicka frågan' }).click();

    // Pending questions reach the moderator's queue live; approving shows them to everyone.
    for (const text of ['När öppnar badhuset igen?', 'Vad kostar renoveringen?']) {
      await expect.poll(() => questionItem(modPage, text).count()).toBe(1);
    }
    await expect.poll(() => questionItem(annaPage, 'Vad kostar').count()).toBe(0);
    await questionItem(modPage, 'När öppnar badhuset igen?')
      .getByRole('button', { name: 'Godkänn' })
      .click();
    for (const page of [annaPage, bertilPage]) {
      await expect.poll(() => questionItem(page, 'När öppnar badhuset igen?').count()).toBe(1);
    }
    await expect
      .poll(() => bertilPage.getByTestId('live-announcer').textContent())
      .toContain('Ny fråga: När öppnar badhuset igen?');
    expect(await questionItem(bertilPage, 'När öppnar').textContent()).toContain('Anna Andersson');

    // Bertil votes; Anna's window follows.
    await questionItem(bertilPage, 'När öppnar')
      .getByRole('button', { name: /Rösta på frågan/ })
      .click();
    await expect.poll(() => questionItem(annaPage, 'När öppnar').textContent()).toContain('1 röst');
    await expect
      .poll(() =>
        questionItem(bertilPage, 'När öppnar')
          .getByRole('button', { name: /Ta tillbaka rösten/ })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');

    // The official marks it "answering now": a banner and an announcement in every window.
    const officialPage = await (await contextFor(official.client)).newPage();
    await officialPage.goto(`${app.url}/direkt/${sessionId}/svara`);
    await expect.poll(() => questionItem(officialPage, 'När öppnar').count()).toBe(1);
    await expectAccessible(officialPage);
    await questionItem(officialPage, 'När öppnar')
      .getByRole('button', { name: 'Besvara nu' })
      .click();
    for (const page of [annaPage, bertilPage]) {
      const banner = page.locator('.live-banner');
      await expect.poll(() => banner.textContent()).toContain('När öppnar badhuset igen?');
      await expect
        .poll(() => page.getByTestId('live-announcer').textContent())
        .toContain('Besvaras nu: När öppnar badhuset igen?');
    }
    await expectAccessible(annaPage);

    // Bertil's window goes offline; meanwhile his question is approved and the first answered.
    await bertilContext.setOffline(true);
    await expect.poll(() => bertilPage.getByText('Anslutningen bröts').count()).toBe(1);
    await questionItem(modPage, 'Vad kostar renoveringen?')
      .getByRole('button', { name: 'Godkänn' })
      .click();
    const item = questionItem(officialPage, 'När öppnar');
    await item.getByLabel('Skriftligt svar (valfritt)').fill('I mars, efter renoveringen.');
    await item.getByRole('button', { name: 'Markera som besvarad' }).click();
    await expect
      .poll(() => questionItem(annaPage, 'När öppnar').textContent())
      .toContain('I mars, efter renoveringen.');
    await bertilContext.setOffline(false);
    await expect
      .poll(() => questionItem(bertilPage, 'När öppnar').textContent(), { timeout: 20_000 })
      .toContain('I mars, efter renoveringen.');
    await expect
      .poll(() => questionItem(bertilPage, 'Vad kostar renoveringen?').textContent())
      .toContain('Anonym');
    await expect.poll(() => bertilPage.locator('.live-banner').count()).toBe(0);

    // The projector view shows the session in large type.
    const projector = await (await contextFor()).newPage();
    await projector.goto(`${app.url}/direkt/${sessionId}/storbild`);
    await expect.poll(() => projector.getByText('Vad kostar renoveringen?').count()).toBe(1);
    await expectAccessible(projector);

    // Closing archives it; the page stays readable.
    await modPage.getByRole('button', { name: 'Avsluta samtalet' }).click();
    await expect.poll(() => annaPage.getByText('Avslutat').count()).toBeGreaterThan(0);
    await expect.poll(() => annaPage.getByLabel('Din fråga').count()).toBe(0);
    expect([...errors, ...modErrors].filter((e) => !e.includes('401'))).toEqual([]);
  }, 180_000);
});
