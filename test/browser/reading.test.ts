// The officials' reading room in real Chromium (issue 17): a member reads a confidential document
// of her body (watermarked, logged) and a member of another body cannot; she writes a private note
// and finds it again, another person never sees it; she downloads the whole meeting as one PDF;
// she reports absence, the secretary calls in the substitute, who is notified; offline, the kept
// documents open. Pages pass axe and fit 390 px without sideways scrolling.
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import type { HttpClient } from '../helpers/http';
import { createDocument, createMeeting, makeBody, multipart } from '../helpers/records';
import { buildPdf } from '../../server/features/documents/sample-files';
import { addDays, swedishDate } from '../../server/features/noticeboard/appeal';

let app: TestApp;
let browser: Browser;
let secretaryApi: HttpClient;
let samApi: HttpClient;
let mariaContext: BrowserContext;
let maria: Page;
let other: Page;
let secretary: Page;
let confidentialId = '';
let publicId = '';
let meetingId = '';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
const NOTE = 'Fråga om kostnaden för placeringen';

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true })).text;
}

async function fitsNarrow(page: Page) {
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const bodyId = await makeBody('Socialnämnden');
  const otherBody = await makeBody('Kulturnämnden');
  const sec = await signedInUser(app, {
    displayName: 'Sara Sekreterare',
    roles: [{ role: 'secretary', bodyId }],
  });
  secretaryApi = sec.client;
  const m = await signedInUser(app, { displayName: 'Maria Ledamot' });
  const s = await signedInUser(app, { displayName: 'Sam Ersättare' });
  samApi = s.client;
  for (const [userId, position] of [
    [m.id, 'ledamot'],
    [s.id, 'ersättare'],
  ] as const) {
    await secretaryApi.put(`/api/v1/bodies/${bodyId}/members`, { userId, position });
  }
  const o = await signedInUser(app, { roles: [{ role: 'official', bodyId: otherBody }] });
  const upload = multipart(
    {
      title: 'Utredning om placering',
      kind: 'bilaga',
      bodyId,
      date: '2026-11-03',
      caseNumber: 'SN 2026/12',
      secrecy: 'confidential',
      secrecyReference: 'OSL 26 kap. 1 §',
    },
    { name: 'utredning.pdf', type: 'application/pdf', data: buildPdf(['Uppgifter om en enskild']) },
  );
  confidentialId = (await secretaryApi.request('POST', '/api/v1/documents', upload)).body.data.id;
  publicId = await createDocument(secretaryApi, bodyId, {
    title: 'Budgetunderlag',
    caseNumber: 'SN 2026/13',
  });
  ({ id: meetingId } = await createMeeting(secretaryApi, bodyId, {
    titles: ['Placering'],
    documentIds: [confidentialId, publicId],
    startsAt: `${addDays(swedishDate(), 7)}T13:00:00+01:00`,
  }));
  mariaContext = await contextWithSession(browser, app.url, m.client, { acceptDownloads: true });
  maria = await mariaContext.newPage();
  other = await (await contextWithSession(browser, app.url, o.client)).newPage();
  secretary = await (await contextWithSession(browser, app.url, sec.client)).newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('reading room', () => {
  it('a member reads a confidential document (watermarked, logged); another body’s member cannot', async () => {
    await maria.goto(`${app.url}/handlingar/${confidentialId}`);
    await poll(() => maria.locator('h1').textContent()).toBe('Utredning om placering');
    await poll(() => maria.getByText('utredning.pdf').count()).toBeGreaterThan(0);
    await expectAccessible(maria);
    const file = await maria.request.get(`${app.url}/api/v1/documents/${confidentialId}/file`);
    expect(file.status()).toBe(200);
    expect(await pdfText(new Uint8Array(await file.body()))).toContain('Maria Ledamot');
    const log = await secretaryApi.get(`/api/v1/documents/${confidentialId}/access-log`);
    expect(log.body.data[0]).toMatchObject({ displayName: 'Maria Ledamot', what: 'file' });

    await other.goto(`${app.url}/handlingar/${confidentialId}`);
    await poll(() => other.locator('h1').textContent()).toBe('Utredning om placering');
    expect(await other.getByText('utredning.pdf').count()).toBe(0);
    const denied = await other.request.get(`${app.url}/api/v1/documents/${confidentialId}/file`);
    expect(denied.status()).toBe(403);
  });

  it('she writes a private note and finds it again; another person never sees it', async () => {
    await maria.getByLabel('Anteckning', { exact: true }).fill(NOTE);
    await maria.getByRole('button', { name: 'Spara anteckning' }).click();
    await poll(() => maria.getByText(NOTE).count()).toBe(1);
    await maria.reload();
    await poll(() => maria.getByText(NOTE).count()).toBe(1);
    await other.reload();
    await poll(() => other.getByText('Mina anteckningar').count()).toBe(1);
    expect(await other.getByText(NOTE).count()).toBe(0);
  });

  it('she downloads the whole meeting as one PDF from Mina möten', async () => {
    await maria.goto(`${app.url}/mina-moten`);
    await poll(() => maria.getByText('Utredning om placering').count()).toBe(1);
    await expectAccessible(maria);
    await fitsNarrow(maria);
    const [download] = await Promise.all([
      maria.waitForEvent('download'),
      maria.getByRole('link', { name: 'Hela mötet som PDF' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    const text = await pdfText(new Uint8Array(bytes));
    expect(text).toContain('Föredragningslista');
    expect(text).toContain('Uppgifter om en enskild');
  });

  it('she reports absence; the secretary calls in the substitute, who is notified', async () => {
    await maria.getByRole('button', { name: 'Anmäl förhinder' }).click();
    await poll(() => maria.getByText('Du har anmält förhinder').count()).toBe(1);
    await secretary.goto(`${app.url}/moten/${meetingId}`);
    await poll(() => secretary.getByText('Maria Ledamot').count()).toBeGreaterThan(0);
    await expectAccessible(secretary);
    await secretary
      .getByLabel('Ersättare', { exact: true })
      .selectOption({ label: 'Sam Ersättare' });
    await secretary.getByRole('button', { name: 'Kalla in' }).click();
    await poll(() => secretary.getByText('Ersättare: Sam Ersättare').count()).toBe(1);
    const notes = await samApi.get('/api/v1/notifications');
    expect(notes.body.data[0]).toMatchObject({ kind: 'substitute_called' });
    expect((await samApi.get(`/api/v1/documents/${confidentialId}/text`)).status).toBe(200);
  });

  it('offline, the kept documents open', async () => {
    await maria.goto(`${app.url}/mina-moten`);
    await poll(() => maria.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await poll(() =>
      maria.evaluate(async (id) => {
        const cache = await caches.open('motesplats-reading-v1');
        return Boolean(await cache.match(`/api/v1/documents/${id}/text`));
      }, publicId),
    ).toBe(true);
    await mariaContext.setOffline(true);
    const text = await maria.evaluate(async (id) => {
      const res = await fetch(`/api/v1/documents/${id}/text`);
      return ((await res.json()) as { data: { text: string } }).data.text;
    }, publicId);
    expect(text).toContain('förskolan Solrosen');
    await maria.goto(`${app.url}/handlingar/${publicId}`);
    await poll(() => maria.locator('h1').textContent()).toBe('Budgetunderlag');
    await mariaContext.setOffline(false);
  });
});
