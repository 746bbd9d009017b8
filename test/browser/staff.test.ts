// Staff at work in real Chromium, without typing an id: the secretary lands on "Mitt arbete",
// plans a meeting in the console (a document chosen in the searchable picker, another registered
// in place), changes it, publishes after a preview and a confirmation, records a decision in
// advance (refused until she says so) and the minutes with the approval confirmed; the official
// lands on "Mitt arbete", finds the coming meeting and its documents marked unread (one read once
// she opened it), opens the inbox at the comment and answers it, badged with the body she sits
// on, while her header's count goes down live. Each page passes axe and has no sideways scrolling at 1280 and 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import type { HttpClient } from '../helpers/http';
import { createDocument, makeBody } from '../helpers/records';
import { Body } from '../../server/features/bodies/model';
import { addDays, swedishDate } from '../../server/features/noticeboard/appeal';

let app: TestApp;
let browser: Browser;
let ks: string;
let secretaryApi: HttpClient;
let secretary: Page;
let official: Page;
let citizenApi: HttpClient;

const MEETING = 'Kommunstyrelsens sammanträde i december';
const ITEM = 'Utbyggnad av förskolan Solrosen';
const DOCUMENT = 'Tjänsteskrivelse om förskolan Solrosen';
const IN_PLACE = 'Kompletterande kalkyl för Solrosen';
const QUESTION = 'Varför byggs inte förskolan ut tidigare?';

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
const h1 = (page: Page) => page.locator('h1').textContent();

/** axe at both widths, and no sideways scrolling at the narrow one. */
async function checkWidths(page: Page): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  ks = await makeBody('Kommunstyrelsen');
  const bun = await makeBody('Barn- och utbildningsnämnden');
  const sara = await signedInUser(app, {
    givenName: 'Sara',
    surname: 'Sekreterare',
    roles: ['citizen', { role: 'secretary', bodyId: ks }],
  });
  secretaryApi = sara.client;
  // A grant for every body, as the demo persona: she speaks for the body she sits on.
  const karin = await signedInUser(app, {
    givenName: 'Karin',
    surname: 'Berg',
    roles: ['citizen', 'official'],
  });
  await Body.updateOne(
    { _id: ks },
    { $push: { members: { userId: karin.id, party: 'Centerpartiet', position: 'ledamot' } } },
  );
  citizenApi = (await signedInUser(app, { givenName: 'Aina', surname: 'Lund' })).client;
  await createDocument(secretaryApi, ks, { title: DOCUMENT, caseNumber: 'KS 2026/45' });
  // Minutes and other bodies' documents are never offered for an agenda item.
  await createDocument(secretaryApi, ks, { title: 'Protokoll Solrosen', kind: 'protokoll' });
  const bunSecretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId: bun }] });
  await createDocument(bunSecretary.client, bun, {
    title: 'Solrosen i BUN',
    caseNumber: 'BUN 2026/1',
  });
  secretary = await (await contextWithSession(browser, app.url, sara.client)).newPage();
  official = await (await contextWithSession(browser, app.url, karin.client)).newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the secretary plans, publishes and records', { timeout: 120_000 }, () => {
  it('lands on Mitt arbete with her queues', async () => {
    await secretary.goto(`${app.url}/mitt-arbete`);
    await poll(() => h1(secretary)).toBe('Mitt arbete');
    expect(await secretary.title()).toBe('Mitt arbete – Mötesplats');
    await secretary.getByRole('heading', { name: 'Nämndsekreterare' }).waitFor();
    expect(await secretary.getByText('Utkast till sammanträden').count()).toBe(1);
    expect(await secretary.getByRole('heading', { name: 'Förtroendevald' }).count()).toBe(0);
    await checkWidths(secretary);
  });

  it('plans a meeting with pickers and changes it', async () => {
    await secretary.goto(`${app.url}/sekreterare`);
    await poll(() => h1(secretary)).toBe('Sekreterarvyn');
    await secretary.getByLabel('Rubrik', { exact: true }).first().fill(MEETING);
    // The field names its time zone.
    await secretary
      .getByLabel('Datum och tid (svensk tid)')
      .fill(`${addDays(swedishDate(), 10)}T17:00`);
    await secretary.getByLabel('Plats').fill('Sessionssalen');
    await secretary.getByRole('button', { name: 'Skapa utkast' }).click();
    await poll(() => h1(secretary)).toBe(`Redigera: ${MEETING}`);
    await secretary.getByText('17:00').first().waitFor();

    // Change the place after creation.
    await secretary.getByText('Ändra sammanträdet').click();
    const details = secretary.locator('details');
    await details.getByLabel('Plats').fill('Stadshuset, rum Ekan');
    await details.getByRole('button', { name: 'Spara ändringarna' }).click();
    await poll(() => details.getByRole('status').textContent()).toBe('Ändringarna är sparade.');
    await secretary
      .getByText(/Stadshuset, rum Ekan/)
      .first()
      .waitFor();

    // An item with a document found by typing, and one registered in place.
    await secretary.getByLabel('Ärendets rubrik').fill(ITEM);
    const search = secretary.getByRole('combobox', { name: 'Sök handling' }).last();
    const searched = secretary.waitForResponse((r) => r.url().includes('q=solros'));
    await search.fill('solros');
    await searched;
    const options = secretary.getByRole('listbox', { name: 'Handlingar' }).getByRole('option');
    await poll(() => options.allTextContents()).toEqual([`${DOCUMENT} (KS 2026/45)`]);
    await search.press('ArrowDown');
    await search.press('Enter');
    await secretary.getByRole('button', { name: `Ta bort ${DOCUMENT}` }).waitFor();

    await secretary.getByRole('button', { name: 'Registrera en ny handling här' }).last().click();
    const inPlace = secretary.locator('.document-picker .records-subform');
    await inPlace.getByLabel('Rubrik', { exact: true }).fill(IN_PLACE);
    await inPlace.getByRole('button', { name: 'Registrera handlingen' }).click();
    await poll(() =>
      secretary.getByText(`Handlingen ”${IN_PLACE}” är registrerad och vald.`).count(),
    ).toBe(1);
    await checkWidths(secretary);

    await secretary.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await secretary.getByRole('heading', { name: `§ 1 ${ITEM}` }).waitFor();
    await poll(() => secretary.getByText('Ärendet är tillagt.').count()).toBe(1);
    const item = secretary.locator('.agenda-item');
    expect(await item.getByRole('listitem').allTextContents()).toEqual([DOCUMENT, IN_PLACE]);
    // Compact, named actions instead of four long buttons.
    expect(
      await item.getByRole('group', { name: 'Åtgärder för § 1' }).getByRole('button').count(),
    ).toBe(4);
    await item.getByRole('button', { name: 'Redigera § 1' }).waitFor();
  });

  it('publishes after a preview and a confirmation', async () => {
    await secretary.getByRole('button', { name: 'Förhandsgranska och publicera' }).click();
    const preview = secretary.getByRole('region', { name: 'Förhandsgranskning av kallelsen' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain(`§ 1 ${ITEM}`);
    expect(await preview.textContent()).toContain('Stadshuset, rum Ekan');
    // Nothing is published before the confirmation.
    const meetingId = new URL(secretary.url()).pathname.split('/').pop()!;
    expect((await app.client().get(`/api/v1/meetings/${meetingId}`)).status).toBe(404);
    await checkWidths(secretary);
    await secretary.getByRole('button', { name: 'Publicera kallelsen nu' }).click();
    await poll(() => secretary.getByText('Sammanträdet är publicerat.').count()).toBe(1);
    expect((await app.client().get(`/api/v1/meetings/${meetingId}`)).status).toBe(200);
  });

  it('records a decision in advance only on purpose', async () => {
    const decision = secretary.getByLabel(`Beslut i ärendet ${ITEM}`);
    await decision.fill('Kommunstyrelsen beslutar att bygga ut förskolan.');
    await secretary.getByRole('button', { name: 'Spara beslutet' }).click();
    await poll(() => secretary.getByText(/Kryssa i ”Registrera beslutet i förväg”/).count()).toBe(
      1,
    );
    await secretary.getByLabel('Registrera beslutet i förväg').check();
    await secretary.getByRole('button', { name: 'Spara beslutet' }).click();
    await poll(() => secretary.getByText('Beslutet i § 1 är sparat och publicerat.').count()).toBe(
      1,
    );

    await checkWidths(secretary);
  });
});

describe('the official finds and answers', { timeout: 120_000 }, () => {
  let documentId = '';
  let commentId = '';

  it('lands on Mitt arbete and finds the coming meeting and which of its documents she has read', async () => {
    const documents = await app
      .client()
      .get<{ data: Array<{ id: string; title: string }> }>(
        `/api/v1/documents?bodyId=${ks}&q=${encodeURIComponent('Tjänsteskrivelse')}`,
      );
    documentId = documents.body.data[0]!.id;
    const asked = await citizenApi.post<{ data: { id: string } }>(
      `/api/v1/documents/${documentId}/comments`,
      { body: QUESTION },
    );
    commentId = asked.body.data.id;

    await official.goto(`${app.url}/mitt-arbete`);
    await poll(() => h1(official)).toBe('Mitt arbete');
    await official.getByRole('heading', { name: 'Mina nämnders kommande sammanträden' }).waitFor();
    await official.getByRole('link', { name: MEETING }).waitFor();
    // Read or unread, from the reading room's marks: she has opened neither document yet.
    const reading = official.locator('.work-meeting-reading');
    await poll(() => reading.textContent()).toContain('2 av 2 handlingar är olästa');
    expect(await reading.getByRole('link', { name: 'Läs i Mina möten' }).count()).toBe(1);
    // The header's count: one comment waits for her answer.
    const badge = official.getByTestId('work-badge');
    await poll(() => badge.getAttribute('aria-label')).toBe('Mitt arbete, 1 sak väntar');
    await checkWidths(official);
    await official.getByRole('link', { name: DOCUMENT }).click();
    await poll(() => h1(official)).toBe(DOCUMENT);
    // Opening it (its text is loaded) makes it read: one of the two is left.
    await official
      .getByText('Förvaltningen föreslår att förskolan Solrosen')
      .waitFor({ state: 'attached' });
    await official.goto(`${app.url}/mitt-arbete`);
    await poll(() => official.locator('.work-meeting-reading').textContent()).toContain(
      '1 av 2 handlingar är oläst',
    );
    const unread = official.locator('li', { has: official.locator('#queue-documentsUnread') });
    await poll(() => unread.locator('.work-queue__count').textContent()).toBe('1');
  });

  it('opens the inbox at the comment and answers it, badged with her body', async () => {
    await official.setViewportSize({ width: 390, height: 844 });
    await official.goto(`${app.url}/kommentarer/inkorg`);
    await official.getByRole('link', { name: DOCUMENT }).click();
    await official.waitForURL(new RegExp(`/handlingar/${documentId}\\?kommentar=${commentId}$`));
    await poll(() => official.evaluate(() => document.activeElement?.id)).toBe(
      `kommentar-${commentId}`,
    );
    const question = official.locator('.comment__card', { hasText: QUESTION });
    await question.getByRole('button', { name: 'Svara' }).click();
    await official
      .getByLabel('Ditt svar till Aina Lund')
      .fill('Utbyggnaden är planerad till 2027.');
    await official.getByRole('button', { name: 'Skicka svar' }).click();
    const reply = official.locator('.comment__card', { hasText: 'planerad till 2027' });
    await reply.waitFor();
    expect(await reply.locator('.badge--official').textContent()).toBe(
      'Förtroendevald (Centerpartiet)',
    );
    expect(await reply.textContent()).toContain('ledamot, Kommunstyrelsen');
    // The header's count follows live.
    await poll(() => official.getByTestId('work-badge').getAttribute('aria-label')).toBe(
      'Mitt arbete',
    );
    await checkWidths(official);
  });
});

describe('after the meeting, the secretary records the minutes', { timeout: 120_000 }, () => {
  it('moves the meeting to when it was held, attaches the minutes and posts the approval after a confirmation', async () => {
    await secretary.reload();
    await poll(() => h1(secretary)).toBe(`Redigera: ${MEETING}`);
    await secretary.getByText('Ändra sammanträdet').click();
    const details = secretary.locator('details');
    await details
      .getByLabel('Datum och tid (svensk tid)')
      .fill(`${addDays(swedishDate(), -1)}T17:00`);
    await details.getByRole('button', { name: 'Spara ändringarna' }).click();
    await poll(() => details.getByRole('status').textContent()).toBe('Ändringarna är sparade.');

    const upload = secretary.locator('section', {
      has: secretary.getByRole('heading', { name: 'Registrera handling' }),
    });
    await upload.getByLabel('Rubrik', { exact: true }).fill('Protokoll KS december');
    await upload.getByLabel('Typ av handling').selectOption('protokoll');
    await upload.getByRole('button', { name: 'Registrera handlingen' }).click();
    await poll(() => upload.getByText('Handlingen är registrerad').count()).toBe(1);
    await secretary
      .getByLabel('Protokoll', { exact: true })
      .selectOption({ label: 'Protokoll KS december' });
    await secretary.getByRole('button', { name: 'Bifoga protokollet' }).click();
    await poll(() => secretary.getByText('Protokollet är bifogat.').count()).toBe(1);
    await secretary.getByRole('button', { name: 'Anslå justeringen på anslagstavlan' }).click();
    // Asked first: nothing is on the notice board yet.
    await secretary.getByText(/Anslå justeringen på anslagstavlan nu\?/).waitFor();
    expect(await secretary.getByText('Sista dag att överklaga är').count()).toBe(0);
    await secretary.getByRole('button', { name: 'Ja, anslå justeringen' }).click();
    await poll(() => secretary.getByText(/Sista dag att överklaga är/).count()).toBe(1);
    await checkWidths(secretary);
  });
});
