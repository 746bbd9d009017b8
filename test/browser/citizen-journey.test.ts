// A citizen's journey on a 390 px phone in Chromium: find the next meeting, follow it (and add it
// to the calendar), read a document, comment and be told of the official's reply, write a
// proposal, edit the draft, submit it (thanked, with what comes next) and withdraw it; then find
// the meeting's running live dialogue on the start page, ask a question (shown to her as waiting
// for review), and, once staff approve it and the official on the panel answers it, see it
// answered live with who answered, and be told (the bell, the notifications page). On every page:
// Swedish only (none of the English texts of the namespaces shown), no sideways scrolling,
// axe-clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { resources } from '@shared/i18n';
import { startTestApp, type TestApp } from '../helpers/app';
import { signIn, signedInUser } from '../helpers/factories';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { createDocument, createMeeting, makeBody, secretaryOf } from '../helpers/records';
import { connectSocket, emitAck, nextEvent } from '../helpers/socket';

let app: TestApp;
let browser: Browser;
let bodyId: string;
let documentId: string;
let meetingId: string;
const meetingTitle = 'Sammanträde med kommunstyrelsen';
const liveTitle = 'Fråga nämnden om cykelbanan';

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  bodyId = await makeBody('Samhällsbyggnadsnämnden');
  const secretary = await secretaryOf(app, bodyId);
  documentId = await createDocument(secretary.client, bodyId, {
    title: 'Tjänsteskrivelse om cykelbanan längs Storgatan',
  });
  const soon = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString();
  meetingId = (
    await createMeeting(secretary.client, bodyId, {
      titles: ['Cykelbana längs Storgatan'],
      documentIds: [documentId],
      startsAt: soon,
    })
  ).id;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const poll = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });
const heading = (page: Page) => page.locator('h1').textContent();

/** A socket action's result, or the test fails with its error. */
async function ok<T = { id: string }>(ack: Promise<{ ok: boolean; data?: unknown }>): Promise<T> {
  const answer = await ack;
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.data as T;
}

/** The unread count the bell in the header says (0 when it names none). */
async function unreadOnBell(page: Page): Promise<number> {
  const label = await page.getByTestId('notification-bell').getAttribute('aria-label');
  return Number(/(\d+) olästa/.exec(label ?? '')?.[1] ?? 0);
}

/** English texts of the namespaces this journey shows that differ from their Swedish ones. */
function englishTexts(): string[] {
  const out: string[] = [];
  const walk = (en: unknown, sv: unknown) => {
    if (typeof en === 'string') {
      // Long enough to be a sentence or phrase, and not the same in both languages.
      if (en !== sv && en.length >= 12 && !en.includes('{{')) out.push(en);
      return;
    }
    if (en && typeof en === 'object') {
      for (const [k, v] of Object.entries(en)) walk(v, (sv as Record<string, unknown>)?.[k]);
    }
  };
  for (const ns of [
    'citizen',
    'proposals',
    'records',
    'comments',
    'live',
    'site',
    'common',
  ] as const) {
    walk(resources.en[ns], resources.sv[ns]);
  }
  return out;
}
const ENGLISH = englishTexts();

/** Swedish only, no sideways scrolling, axe-clean. */
async function checkPage(page: Page, where: string) {
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe('sv');
  const text = await page.evaluate(() => document.body.innerText);
  expect(
    ENGLISH.filter((en) => text.includes(en)),
    `${where}: English text`,
  ).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${where}: sideways scrolling`).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

describe('a citizen on a phone', { timeout: 240_000 }, () => {
  it('follows the next meeting, comments and hears back, writes, edits, submits and withdraws a proposal, and asks a live question', async () => {
    const citizen = await signedInUser(app, { displayName: 'Ingrid Invånare' });
    const official = await signedInUser(app, {
      displayName: 'Olle Tjänsteman',
      roles: [{ role: 'official', bodyId }],
    });
    const context = await contextWithSession(browser, app.url, await signIn(app, citizen.user), {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();

    // Find the next meeting.
    await page.goto(`${app.url}/moten`);
    await poll(() => heading(page)).toBe('Sammanträden');
    await page.getByRole('link', { name: meetingTitle }).first().click();
    await poll(() => heading(page)).toBe(meetingTitle);
    await poll(() => page.getByRole('button', { name: 'Följ sammanträdet' }).isEnabled()).toBe(
      true,
    );
    expect(
      await page.getByRole('link', { name: 'Lägg till i kalendern' }).getAttribute('href'),
    ).toBe(`/feeds/meetings/${meetingId}.ics`);
    // Follow it.
    await page.getByRole('button', { name: 'Följ sammanträdet' }).click();
    await poll(() =>
      page.getByRole('button', { name: 'Följ sammanträdet' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await checkPage(page, 'meeting');
    expect((await citizen.client.get(`/api/v1/meetings/${meetingId}/follow`)).body.data).toEqual({
      following: true,
    });

    // Read a document and comment on it.
    await page
      .getByRole('link', { name: 'Tjänsteskrivelse om cykelbanan längs Storgatan' })
      .click();
    await poll(() => heading(page)).toBe('Tjänsteskrivelse om cykelbanan längs Storgatan');
    await page.getByLabel('Din kommentar').fill('Blir det en separat gångbana också?');
    await page.getByRole('button', { name: 'Skicka kommentar' }).click();
    await poll(() => page.getByText('Blir det en separat gångbana också?').count()).toBe(1);
    await checkPage(page, 'document');

    // The official replies: the citizen is told at once (the bell) and on the notifications page.
    const thread = await citizen.client.get<{ data: Array<{ id: string }> }>(
      `/api/v1/documents/${documentId}/comments`,
    );
    const commentId = thread.body.data[0]!.id;
    const reply = await official.client.post(`/api/v1/documents/${documentId}/comments`, {
      body: 'Ja, gångbanan blir två meter bred.',
      parentId: commentId,
    });
    expect(reply.status).toBe(201);
    await page.goto(`${app.url}/aviseringar`);
    await poll(() => heading(page)).toBe('Aviseringar');
    await poll(() =>
      page
        .getByRole('link', {
          name: 'Olle Tjänsteman har svarat på din kommentar om ”Tjänsteskrivelse om cykelbanan längs Storgatan” (officiellt svar)',
        })
        .count(),
    ).toBe(1);
    // The heading once.
    expect(await page.getByRole('heading', { name: 'Aviseringar', exact: true }).count()).toBe(1);
    await checkPage(page, 'notifications');

    // Write a proposal, keep it as a draft.
    await page.goto(`${app.url}/forslag/nytt`);
    await poll(() => heading(page)).toBe('Skriv ett e-förslag');
    await page.getByLabel('Rubrik').fill('Kort');
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    // The problem in Swedish, gone once fixed.
    await poll(() => page.locator('.error-summary').textContent()).toContain('Rubrik');
    await page.getByLabel('Rubrik').fill('Fler cykelställ vid stationen i centrum');
    await page
      .getByLabel('Beskriv ditt förslag')
      .fill(
        'Cykelställen vid stationen är alltid fulla på morgonen. Bygg fler, gärna under tak, så att fler kan cykla till tåget.',
      );
    await page.getByLabel('Ämne').selectOption('traffic');
    await page.getByLabel('Vilken nämnd gäller det? (frivilligt)').selectOption(bodyId);
    await poll(() => page.locator('.error-summary').count()).toBe(0);
    await checkPage(page, 'new proposal');
    await page.getByRole('button', { name: 'Spara som utkast' }).click();
    await poll(() => heading(page)).toBe('Fler cykelställ vid stationen i centrum');
    const proposalId = page.url().split('/forslag/')[1]!.split('?')[0]!;

    // Edit the draft.
    await page.getByRole('link', { name: 'Redigera utkastet' }).click();
    await poll(() => heading(page)).toBe('Redigera ditt utkast');
    await poll(() => page.getByLabel('Rubrik').inputValue()).toBe(
      'Fler cykelställ vid stationen i centrum',
    );
    await page.getByLabel('Rubrik').fill('Fler cykelställ under tak vid stationen');
    await checkPage(page, 'edit draft');
    // Submit it: thanked, with what happens next and when.
    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await poll(() => heading(page)).toBe('Fler cykelställ under tak vid stationen');
    await poll(() => page.getByRole('heading', { name: 'Tack för ditt förslag!' }).count()).toBe(1);
    await poll(() => page.getByRole('heading', { name: 'Kommande steg' }).count()).toBe(1);
    expect(await page.getByTestId('upcoming').locator('li').count()).toBe(4);
    await checkPage(page, 'submitted proposal');

    // Withdraw it, with a reason on the timeline.
    await page.getByRole('button', { name: 'Återkalla förslaget …' }).click();
    await page
      .getByLabel('Varför återkallar du det? (frivilligt, visas i tidslinjen)')
      .fill('Kommunen bygger redan nya cykelställ.');
    await page.getByRole('button', { name: 'Ja, återkalla förslaget' }).click();
    await poll(() => page.getByTestId('timeline').textContent()).toContain(
      'Återkallat av förslagsställaren',
    );
    expect(await page.getByTestId('timeline').textContent()).toContain(
      'Kommunen bygger redan nya cykelställ.',
    );
    expect((await citizen.client.get(`/api/v1/proposals/${proposalId}`)).body.data.status).toBe(
      'withdrawn',
    );
    await checkPage(page, 'withdrawn proposal');

    // Staff run a live dialogue on the meeting (over the API, as the moderator console and the
    // official's view do): the body's secretary seats Olle on the body, creates the session with
    // him on the panel and opens it.
    const secretary = await secretaryOf(app, bodyId);
    const seated = await secretary.client.put(`/api/v1/bodies/${bodyId}/members`, {
      userId: official.id,
      position: 'ledamot',
    });
    expect(seated.status, seated.text).toBe(200);
    const created = await secretary.client.post<{ data: { id: string } }>('/api/v1/live-sessions', {
      title: liveTitle,
      meetingId,
      premoderation: true,
      officialIds: [official.id],
    });
    expect(created.status, created.text).toBe(201);
    const sessionId = created.body.data.id;
    const opened = await secretary.client.post(`/api/v1/live-sessions/${sessionId}/open`);
    expect(opened.status, opened.text).toBe(200);
    const staff = await connectSocket(app, secretary.client);
    await ok(emitAck(staff, 'live:join', { sessionId, moderator: true }));

    // The citizen finds it on the start page, under what is live now.
    await page.goto(`${app.url}/`);
    const liveNow = page.getByRole('region', { name: 'Direkt just nu' });
    await poll(() => liveNow.getByRole('link', { name: liveTitle }).count()).toBe(1);
    await checkPage(page, 'start page');
    await liveNow.getByRole('link', { name: liveTitle }).click();
    await poll(() => heading(page)).toContain(liveTitle);
    expect(await heading(page)).toContain('Pågår');

    // She asks; the question waits for review, shown to her alone.
    const question = 'Blir cykelbanan klar före sommaren?';
    const reachedStaff = nextEvent<{ id: string; text: string }>(
      staff,
      'live:question',
      (q) => q.text === question,
      20_000,
    );
    await page.getByLabel('Din fråga').fill(question);
    await page.getByRole('button', { name: 'Skicka frågan' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'godkänt' }).count()).toBe(1);
    const mine = page.locator('section.live-mine');
    await poll(() => mine.textContent()).toContain(question);
    expect(await mine.textContent()).toContain('Väntar på granskning');
    const questionId = (await reachedStaff).id;
    await checkPage(page, 'live question pending');

    // Staff approve it: it joins the public list on her page.
    await ok(emitAck(staff, 'live:moderate', { questionId, decision: 'approve' }));
    const asked = page.locator('li.live-question', { hasText: question });
    await poll(() => asked.count()).toBe(1);
    await poll(() => mine.count()).toBe(0);

    // Olle answers it: her page shows the answer and who gave it, and the bell counts one more.
    const unreadBefore = await unreadOnBell(page);
    const olle = await connectSocket(app, official.client);
    await ok(
      emitAck(olle, 'live:mark', {
        questionId,
        state: 'answered',
        answer: 'Ja, den öppnar i maj.',
      }),
    );
    await poll(() => asked.textContent()).toContain('Ja, den öppnar i maj.');
    expect(await asked.textContent()).toContain(
      'Besvarad av Olle Tjänsteman, Samhällsbyggnadsnämnden',
    );
    // The badge is a word of its own, not run into the vote count.
    expect(await asked.locator('.live-question__meta').innerText()).toMatch(/röster Besvarad$/);
    await poll(() => unreadOnBell(page)).toBe(unreadBefore + 1);
    await checkPage(page, 'live question answered');
    staff.disconnect();
    olle.disconnect();

    // The bell leads to the notice, which leads back to the dialogue.
    await page.getByTestId('notification-bell').click();
    await poll(() => heading(page)).toBe('Aviseringar');
    const told = page.getByRole('link', { name: `Din fråga i ”${liveTitle}” har besvarats` });
    await poll(() => told.count()).toBe(1);
    await checkPage(page, 'notifications of the answer');
    await told.click();
    await poll(() => heading(page)).toContain(liveTitle);
    await poll(() => asked.textContent()).toContain('Ja, den öppnar i maj.');

    // Mina sidor: roles said once, my follows and comments listed; the export readable.
    await page.goto(`${app.url}/mina-sidor`);
    await poll(() => page.getByTestId('my-roles-none').count()).toBe(1);
    expect(await page.getByTestId('my-roles').count()).toBe(0);
    await poll(() => page.getByTestId('my-follows').textContent()).toContain(meetingTitle);
    await poll(() => page.getByTestId('my-comments').textContent()).toContain(
      'Blir det en separat gångbana också?',
    );
    await checkPage(page, 'my pages');
    await page.getByRole('link', { name: 'Se alla dina uppgifter' }).click();
    await poll(() => heading(page)).toBe('Mina uppgifter');
    await poll(() => page.getByRole('heading', { name: 'Kommentarer', exact: true }).count()).toBe(
      1,
    );
    const exportText = await page.evaluate(() => document.body.innerText);
    expect(exportText).toContain('Blir det en separat gångbana också?');
    expect(exportText).not.toContain('<p>');
    await checkPage(page, 'my data');
    await context.close();
  });

  it('requests a confidential document and reads about the open data', async () => {
    const secretary = await secretaryOf(app, bodyId);
    const confidential = await createDocument(secretary.client, bodyId, {
      title: 'Anbud för cykelbanan',
      secrecy: 'confidential',
      secrecyReference: 'OSL 19 kap. 3 §',
    });
    const context = await contextWithSession(browser, app.url, undefined, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${app.url}/handlingar/${confidential}`);
    await poll(() => heading(page)).toBe('Anbud för cykelbanan');
    await poll(() => page.getByTestId('registry-contact').count()).toBe(1);
    await checkPage(page, 'confidential document');
    await page.getByLabel('E-postadress för svaret (frivilligt)').fill('nyfiken@example.se');
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await poll(() => page.getByTestId('request-sent').textContent()).toMatch(/BEG-\d{4}-/);
    await checkPage(page, 'request sent');

    await page.goto(`${app.url}/`);
    await page.getByRole('link', { name: 'Öppna data (API)' }).click();
    await poll(() => heading(page)).toBe('Öppna data');
    expect(await page.getByRole('link', { name: /OpenAPI/ }).getAttribute('href')).toBe(
      '/api/v1/openapi.json',
    );
    expect(await page.getByRole('link', { name: 'OParl 1.1' }).getAttribute('href')).toBe(
      '/api/oparl/v1/system',
    );
    await checkPage(page, 'open data');
    await context.close();
  });
});
