// The e-förslag journey in real Chromium: a citizen writes a proposal, a moderator approves it,
// citizens sign (one through the button, the rest through the API), the deadline passes (the
// clock is moved and the scheduler ticks), a secretary refers it, answers and records the
// decision through the forms, and the followers see every step in their notifications.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { signIn, signedInUser } from '../helpers/factories';
import {
  contextWithSession,
  expectAccessible,
  launchBrowser,
  newPage,
  watchPageErrors,
} from '../helpers/browser';
import type { UserDocument } from '../../server/auth/user-model';
import { Body } from '../../server/features/bodies/model';
import { setClockOffset } from '../../server/features/proposals/clock';
import { createDocument, createMeeting } from '../helpers/records';
import { closeDueProposals } from '../../server/features/proposals/scheduler';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const admin = await signedInUser(app, { roles: ['admin'] });
  await admin.client.put('/api/v1/proposal-rules', {
    threshold: 3,
    signingDays: 30,
    similarRefusalMonths: 12,
    reviewRulesText: 'Förslag ska gälla kommunens ansvar.',
  });
});
afterAll(async () => {
  setClockOffset(0);
  await browser?.close();
  await app?.close();
});

/** A page in a fresh browser context, signed in as `user`. */
async function pageAs(user: UserDocument): Promise<Page> {
  const context = await contextWithSession(browser, app.url, await signIn(app, user));
  return context.newPage();
}

const heading = (page: Page) => page.locator('h1').textContent();
/** expect.poll with room for a loaded machine (the default gives up after one second). */
const poll = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });

describe('citizen proposals journey', () => {
  it('goes from writing to decision, and every follower sees every step', async () => {
    const author = await signedInUser(app, { givenName: 'Astrid', surname: 'Författare' });
    const moderator = await signedInUser(app, { roles: ['moderator'] });
    const follower = await signedInUser(app, { givenName: 'Folke', surname: 'Följare' });
    const body = await Body.create({ name: 'Tekniska nämnden', sortKey: 'tekniska nämnden' });
    const secretary = await signedInUser(app, {
      roles: [{ role: 'secretary', bodyId: String(body._id) }],
    });

    // 1. The citizen writes the proposal, with the rules and a preview.
    const authorPage = await pageAs(author.user);
    const errors = watchPageErrors(authorPage);
    await authorPage.goto(`${app.url}/forslag/nytt`);
    await poll(() => heading(authorPage)).toBe('Skriv ett e-förslag');
    expect(await authorPage.title()).toBe('Skriv ett e-förslag – Mötesplats');
    await poll(() => authorPage.getByText('Förslag ska gälla kommunens ansvar.').count()).toBe(1);
    await authorPage.getByRole('button', { name: 'Skicka för granskning' }).click();
    await poll(() => authorPage.getByRole('alert').textContent()).toContain('Rubrik');
    const title = 'Bänkar längs promenadstråket vid sjön';
    await authorPage.getByLabel('Rubrik').fill(title);
    await authorPage
      .getByLabel('Beskriv ditt förslag')
      .fill(
        'Det finns nästan inga bänkar längs stråket.\n\nÄldre behöver kunna vila på vägen. Sätt upp en bänk var tvåhundrade meter.',
      );
    await poll(() => authorPage.locator('.proposal-preview p').count()).toBe(3);
    await expectAccessible(authorPage);
    await authorPage.getByRole('button', { name: 'Skicka för granskning' }).click();
    // The submitted proposal's page, thanking its author (?tack=1).
    await authorPage.waitForURL(/\/forslag\/[0-9a-f]{24}\?tack=1$/);
    const id = authorPage.url().split('/').pop()!.split('?')[0]!;
    await poll(() => heading(authorPage)).toBe(title);
    await poll(() => authorPage.locator('.proposal-status').first().textContent()).toBe(
      'Väntar på granskning',
    );

    // 2. The moderator finds it in the queue and approves it.
    const modPage = await pageAs(moderator.user);
    await modPage.goto(`${app.url}/forslag/granska`);
    await poll(() => heading(modPage)).toBe('Granskningskö för e-förslag');
    await expectAccessible(modPage);
    await modPage.getByRole('link', { name: title }).click();
    await poll(() => heading(modPage)).toBe(title);
    await modPage.getByRole('radio', { name: 'Godkänn och publicera' }).check();
    await modPage.getByRole('button', { name: 'Godkänn och publicera' }).click();
    await poll(() => modPage.locator('.proposal-status').first().textContent()).toBe(
      'Öppet för underskrifter',
    );

    // 3. The follower signs through the button (and so follows); the list shows the proposal.
    const followerPage = await pageAs(follower.user);
    const followerErrors = watchPageErrors(followerPage);
    await followerPage.goto(`${app.url}/forslag`);
    await poll(() => heading(followerPage)).toBe('E-förslag');
    await expectAccessible(followerPage);
    await followerPage.getByRole('link', { name: title }).click();
    await poll(() => heading(followerPage)).toBe(title);
    await followerPage.getByRole('button', { name: 'Skriv under' }).click();
    await poll(() => followerPage.getByTestId('signature-count').textContent()).toBe(
      '1 av 3 underskrifter',
    );
    await poll(() => followerPage.getByText('Du har skrivit under.').count()).toBe(1);
    await expectAccessible(followerPage);

    // The rest sign through the API; the follower's page follows live.
    for (let i = 0; i < 2; i++) {
      const signer = await signedInUser(app);
      expect((await signer.client.post(`/api/v1/proposals/${id}/signatures`)).status).toBe(201);
    }
    await poll(() => followerPage.getByTestId('signature-count').textContent()).toBe(
      '3 av 3 underskrifter',
    );

    // 4. The deadline passes: the clock moves, the scheduler ticks; pages update live.
    setClockOffset(31 * 86_400_000);
    expect(await closeDueProposals(app.server.ctx)).toEqual([id]);
    await poll(() => followerPage.locator('.proposal-status').first().textContent()).toBe(
      'Överlämnat',
    );
    await poll(() => followerPage.getByTestId('notification-bell').getAttribute('aria-label')).toBe(
      'Aviseringar, 1 olästa',
    );

    // 5. The secretary refers it, publishes the answer and records the decision, choosing the
    // agenda item and the decision document from lists.
    const documentId = await createDocument(secretary.client, String(body._id), {
      title: 'Protokollsutdrag om parkbänkar',
      caseNumber: 'TN 2026/42',
    });
    await createMeeting(secretary.client, String(body._id), {
      titles: ['Bänkar i parken'],
      documentIds: [documentId],
    });
    const secPage = await pageAs(secretary.user);
    await secPage.goto(`${app.url}/forslag/${id}`);
    await poll(() => heading(secPage)).toBe(title);
    await secPage.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Tekniska nämnden' });
    await secPage.getByLabel('Diarienummer').fill('TN 2026/42');
    await expectAccessible(secPage);
    await secPage.getByRole('button', { name: 'Överlämna' }).click();
    await poll(() =>
      secPage.getByText('Överlämnat till Tekniska nämnden, diarienummer TN 2026/42').count(),
    ).toBe(1);
    await secPage
      .getByLabel('Svarstext')
      .fill('Nämnden ställer sig positiv och utreder var bänkar passar.');
    await poll(() => secPage.locator('#answer-agenda option').count()).toBe(2);
    await secPage
      .getByLabel('Ärende på dagordningen (valfritt)')
      .selectOption({ label: '1. Bänkar i parken' });
    await secPage.getByRole('button', { name: 'Publicera svaret' }).click();
    await poll(() => secPage.locator('.proposal-status').first().textContent()).toBe('Besvarat');
    await poll(() => secPage.getByText('Officiellt svar').count()).toBe(1);
    await secPage.getByLabel('Beslutstext').fill('Nämnden beslutar att sätta upp tio bänkar.');
    await poll(() => secPage.locator('#decide-document option').count()).toBe(2);
    expect(await secPage.locator('#decide-document option').nth(1).textContent()).toContain(
      'Protokollsutdrag om parkbänkar · 2 nov',
    );
    await secPage.getByLabel('Beslutshandling (valfritt)').selectOption({ index: 1 });
    await secPage.getByRole('button', { name: 'Registrera beslutet' }).click();
    await poll(() => secPage.locator('.proposal-status').first().textContent()).toBe('Beslutat');
    await poll(() =>
      secPage.getByRole('link', { name: 'Ärendet på dagordningen: Bänkar i parken' }).count(),
    ).toBe(1);
    await poll(() =>
      secPage
        .getByRole('link', { name: 'Beslutshandling: Protokollsutdrag om parkbänkar' })
        .count(),
    ).toBe(1);
    await poll(() => secPage.getByTestId('timeline').locator('li').count()).toBe(7);
    await expectAccessible(secPage);

    // 6. Every follower saw every step since they followed: live on the bell, then in the list.
    await poll(() => followerPage.getByTestId('notification-bell').getAttribute('aria-label')).toBe(
      'Aviseringar, 4 olästa',
    );
    await followerPage.getByTestId('notification-bell').click();
    await poll(() => heading(followerPage)).toBe('Aviseringar');
    const followerItems = followerPage.locator('.notification-list li');
    await poll(() => followerItems.count()).toBe(4);
    for (const step of [
      'Målet nåddes – förslaget överlämnas till kommunen',
      'Överlämnat till en nämnd',
      'Nämnden har svarat',
      'Beslut fattat',
    ]) {
      expect(await followerPage.getByRole('link', { name: `${title}: ${step}` }).count()).toBe(1);
    }
    await expectAccessible(followerPage);
    await followerPage.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await poll(() => followerPage.getByTestId('notification-bell').getAttribute('aria-label')).toBe(
      'Aviseringar',
    );

    // The author has followed from the start: the approval and the four later steps.
    await authorPage.goto(`${app.url}/aviseringar`);
    await poll(() => authorPage.locator('.notification-list li').count()).toBe(5);
    expect(
      await authorPage.getByRole('link', { name: `${title}: Godkänt och publicerat` }).count(),
    ).toBe(1);

    // The public page shows the whole story without signing in.
    const anonymous = await newPage(browser);
    await anonymous.goto(`${app.url}/forslag/${id}`);
    await poll(() => anonymous.locator('.proposal-status').first().textContent()).toBe('Beslutat');
    expect(await anonymous.title()).toBe(`${title} – Mötesplats`);
    expect(await anonymous.getByRole('button', { name: 'Skriv under' }).count()).toBe(0);
    await expectAccessible(anonymous);

    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    expect(followerErrors.filter((e) => !e.includes('401'))).toEqual([]);
  }, 180_000);
});
