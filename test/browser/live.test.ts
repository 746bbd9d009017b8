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
import { createMeeting } from '../helpers/records';
import { connectSocket, emitAck, type TestSocket } from '../helpers/socket';
import { Body } from '../../server/features/bodies/model';

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

/** A body with these members and a published coming meeting of it (made by its secretary). */
async function bodyWithMeeting(name: string, memberIds: string[]) {
  const body = await Body.create({
    name,
    sortKey: name.toLowerCase(),
    members: memberIds.map((userId) => ({ userId })),
  });
  const bodyId = String(body._id);
  const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
  const meeting = await createMeeting(secretary.client, bodyId);
  return { bodyId, meetingId: meeting.id, secretary };
}

async function ok<T = any>(promise: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const ack = await promise;
  if (!ack.ok) throw new Error(JSON.stringify(ack));
  return ack.data as T;
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The ids of the questions in the order the list shows them. */
const shownOrder = (page: Page) =>
  page
    .locator('ol.live-questions > li.live-question')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-question-id')));

describe('live dialogue in the browser', () => {
  it('moderator, two citizens and an official follow one session live', async () => {
    const official = await signedInUser(app, {
      roles: ['official'],
      displayName: 'Ola Ordförande',
    });
    const { bodyId, meetingId } = await bodyWithMeeting('Fritidsnämnden', [official.id]);
    // The body's secretary runs the session: no id typed anywhere.
    const moderator = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const anna = await signedInUser(app, { displayName: 'Anna Andersson' });
    const bertil = await signedInUser(app, { displayName: 'Bertil Berg' });

    // The moderator creates and opens the session.
    const modPage = await (await contextFor(moderator.client)).newPage();
    const modErrors = watchPageErrors(modPage);
    await modPage.goto(`${app.url}/direkt`);
    await expect.poll(() => modPage.locator('h1').textContent()).toBe('Direktsamtal');
    await expectAccessible(modPage);
    await modPage.getByLabel('Rubrik').fill('Fråga politikerna om badhuset');
    await expect.poll(() => modPage.locator(`option[value="${meetingId}"]`).count()).toBe(1);
    await modPage.getByLabel('Sammanträde').selectOption(meetingId);
    await modPage.getByRole('checkbox', { name: 'Ola Ordförande' }).check();
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

  for (const width of [390, 1280]) {
    it(`a citizen sees their pending question, a calm order and who answered; staff views (${width} px)`, async () => {
      const karin = await signedInUser(app, {
        roles: ['official'],
        displayName: `Karin Berg ${width}`,
      });
      const bodyName = `Kultur- och fritidsnämnden ${width}`;
      const { meetingId, secretary } = await bodyWithMeeting(bodyName, [karin.id]);
      const created = await secretary.client.post('/api/v1/live-sessions', {
        title: `Fråga kulturnämnden ${width}`,
        meetingId,
        premoderation: true,
        officialIds: [karin.id],
      });
      const sessionId = created.body.data.id as string;
      await secretary.client.post(`/api/v1/live-sessions/${sessionId}/open`);
      const sockets: TestSocket[] = [];
      const socketOf = async (client: HttpClient) => {
        const socket = await connectSocket(app, client);
        sockets.push(socket);
        return socket;
      };
      const staff = await socketOf(secretary.client);
      const viewport = { width, height: 900 };

      // My pending question is shown to me, and to no one else but the moderators.
      const me = await signedInUser(app, { displayName: 'Maja Medborgare' });
      const page = await (
        await contextWithSession(browser, app.url, me.client, { viewport })
      ).newPage();
      const errors = watchPageErrors(page);
      await page.goto(`${app.url}/direkt/${sessionId}`);
      await page.getByLabel('Din fråga').fill('Kan biblioteket ha öppet på söndagar?');
      await page.getByRole('button', { name: 'Skicka frågan' }).click();
      const mine = page.locator('section.live-mine');
      await expect
        .poll(() => mine.textContent())
        .toContain('Kan biblioteket ha öppet på söndagar?');
      expect(await mine.textContent()).toContain('Väntar på granskning');
      await page.reload();
      await expect.poll(() => mine.textContent()).toContain('Väntar på granskning');
      await expectAccessible(page);

      // Two published questions: with equal votes the newest is first.
      const askers = [await signedInUser(app), await signedInUser(app)];
      const ids: string[] = [];
      for (const [index, asker] of askers.entries()) {
        const socket = await socketOf(asker.client);
        const q = await ok(
          emitAck(socket, 'live:ask', { sessionId, text: `Fråga ${'AB'[index]}` }),
        );
        await ok(emitAck(staff, 'live:moderate', { questionId: q.id, decision: 'approve' }));
        ids.push(q.id as string);
      }
      const [a, b] = ids as [string, string];
      await expect.poll(() => shownOrder(page)).toEqual([b, a]);
      const byVotes = page.getByRole('button', { name: 'Flest röster' });
      expect(await byVotes.getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByRole('button', { name: 'Senaste' }).getAttribute('aria-pressed')).toBe(
        'false',
      );

      // A vote arrives while my pointer is on the list: the count changes, the order does not.
      await questionItem(page, 'Fråga B').hover();
      const voter = await socketOf((await signedInUser(app)).client);
      await ok(emitAck(voter, 'live:vote', { questionId: a, up: true }));
      await expect.poll(() => questionItem(page, 'Fråga A').textContent()).toContain('1 röst');
      expect(await shownOrder(page)).toEqual([b, a]);
      const reorder = page.getByRole('button', { name: 'Ny ordning – visa' });
      await expect.poll(() => reorder.count()).toBe(1);
      await reorder.click();
      await expect.poll(() => shownOrder(page)).toEqual([a, b]);
      await expectAccessible(page);

      // Karin answers A: the answer names her and her body, and A takes no more votes.
      const karinSocket = await socketOf(karin.client);
      await ok(
        emitAck(karinSocket, 'live:mark', {
          questionId: a,
          state: 'answered',
          answer: 'Från maj.',
        }),
      );
      await expect
        .poll(() => questionItem(page, 'Fråga A').textContent())
        .toContain(`Besvarad av Karin Berg ${width}, ${bodyName}`);
      expect(await questionItem(page, 'Fråga A').getByRole('button').count()).toBe(0);
      expect(
        await questionItem(page, 'Fråga B')
          .getByRole('button', { name: /Rösta på frågan/ })
          .count(),
      ).toBe(1);
      expect(await noSidewaysScroll(page)).toBe(true);

      // Her answer queue no longer offers A.
      const karinContext = await contextWithSession(browser, app.url, karin.client, { viewport });
      const official = await karinContext.newPage();
      await official.goto(`${app.url}/direkt/${sessionId}/svara`);
      const queue = official.locator('section[aria-labelledby="live-official-heading"]');
      await expect.poll(() => queue.textContent()).toContain('Fråga B');
      expect(await queue.textContent()).not.toContain('Fråga A');
      expect(await queue.getByRole('button', { name: 'Besvara nu' }).count()).toBe(1);
      await expect
        .poll(() =>
          official.locator('section[aria-labelledby="live-official-answered"]').textContent(),
        )
        .toContain('Fråga A');
      expect(await noSidewaysScroll(official)).toBe(true);
      await expectAccessible(official);

      // The projector: no site frame, nobody's name, the join link and its QR code.
      const projector = await karinContext.newPage();
      await projector.goto(`${app.url}/direkt/${sessionId}/storbild`);
      const joinUrl = `${app.url}/direkt/${sessionId}`;
      await expect.poll(() => projector.getByText(joinUrl, { exact: true }).count()).toBe(1);
      await expect
        .poll(() => projector.getByRole('img', { name: `QR-kod till ${joinUrl}` }).count())
        .toBe(1);
      expect(await projector.locator('header, footer, nav').count()).toBe(0);
      expect(await projector.getByText('Logga ut').count()).toBe(0);
      expect(await projector.getByText(`Karin Berg ${width}`).count()).toBe(0);
      expect(await noSidewaysScroll(projector)).toBe(true);
      await expectAccessible(projector);

      // The meeting page: the running session is not in the archive.
      await page.goto(`${app.url}/moten/${meetingId}`);
      await expect
        .poll(() => page.getByRole('heading', { name: 'Direktsamtal', exact: true }).count())
        .toBe(1);
      expect(await page.getByRole('heading', { name: 'Direktsamtal i arkivet' }).count()).toBe(0);
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectAccessible(page);

      for (const socket of sockets) socket.disconnect();
      expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    }, 180_000);
  }
});
