// The records journey in real Chromium: a secretary publishes a meeting with an agenda and a
// document through the console; an anonymous visitor finds it in the calendar, reads it, sees a
// decision arrive live, opens and downloads the document and fetches the iCalendar feed; the
// approved minutes' appeal deadline shows on the notice board. Every page passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import { makeBody } from '../helpers/records';
import { buildPdf } from '../../server/features/documents/sample-files';
import { addDays, swedishDate } from '../../server/features/noticeboard/appeal';

let app: TestApp;
let browser: Browser;
let secretaryContext: BrowserContext;
let visitorContext: BrowserContext;
let secretary: Page;
let visitor: Page;
let meetingPath = '';
let secretaryApi: Awaited<ReturnType<typeof signedInUser>>['client'];

const MEETING = 'Barn- och utbildningsnämndens sammanträde';
const ITEM = 'Utbyggnad av förskolan Solrosen';
const DOCUMENT = 'Tjänsteskrivelse om förskolan Solrosen';
const PDF = buildPdf(['Förvaltningen föreslår att förskolan Solrosen byggs ut.']);

/** `YYYY-MM-DDTHH:mm` ten days ahead, for a datetime-local input. */
function inTenDays(): string {
  return `${addDays(swedishDate(), 10)}T18:00`;
}

/** The machine is shared: give slow steps (uploads, PDF text extraction) time. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

const h1 = (page: Page) => page.locator('h1').textContent();

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const bodyId = await makeBody('Barn- och utbildningsnämnden');
  const { client } = await signedInUser(app, {
    givenName: 'Sara',
    surname: 'Sekreterare',
    roles: [{ role: 'secretary', bodyId }],
  });
  secretaryApi = client;
  secretaryContext = await contextWithSession(browser, app.url, client, { acceptDownloads: true });
  secretary = await secretaryContext.newPage();
  visitorContext = await browser.newContext({ acceptDownloads: true });
  visitor = await visitorContext.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('records journey', { timeout: 90_000 }, () => {
  it('a secretary creates a meeting, uploads a document, builds the agenda and publishes', async () => {
    await secretary.goto(`${app.url}/sekreterare`);
    await poll(() => h1(secretary)).toBe('Sekreterarvyn');
    expect(await secretary.title()).toBe('Sekreterarvyn – Mötesplats');
    await expectAccessible(secretary);

    await secretary.getByLabel('Rubrik', { exact: true }).first().fill(MEETING);
    await secretary.getByLabel('Datum och tid (svensk tid)').fill(inTenDays());
    await secretary.getByLabel('Plats').fill('Lärcentrum, rum Ugglan');
    await secretary.getByRole('button', { name: 'Skapa utkast' }).click();
    await poll(() => h1(secretary)).toBe(`Redigera: ${MEETING}`);
    meetingPath = new URL(secretary.url()).pathname.replace('/sekreterare', '');

    // Publishing an empty agenda is refused with a clear message.
    await secretary.getByRole('button', { name: 'Förhandsgranska och publicera' }).click();
    await secretary.getByRole('button', { name: 'Publicera kallelsen nu' }).click();
    await expect
      .poll(() => secretary.getByRole('status').filter({ hasText: 'Det gick inte' }).count())
      .toBeGreaterThan(0);

    const upload = secretary.locator('section', {
      has: secretary.getByRole('heading', { name: 'Registrera handling' }),
    });
    await upload.getByLabel('Rubrik', { exact: true }).fill(DOCUMENT);
    await upload.getByLabel('Diarienummer').fill('BUN 2026/45');
    await upload
      .getByLabel('Fil')
      .setInputFiles({ name: 'solrosen.pdf', mimeType: 'application/pdf', buffer: PDF });
    await upload.getByRole('button', { name: 'Registrera handlingen' }).click();
    await poll(() => upload.getByText('Handlingen är registrerad').count()).toBe(1);

    await secretary.getByLabel('Ärendets rubrik').fill(ITEM);
    await secretary
      .getByLabel('Beskrivning')
      .fill('Förslag att bygga ut förskolan med två avdelningar.');
    const search = secretary.getByRole('combobox', { name: 'Sök handling' }).last();
    const searched = secretary.waitForResponse((r) => r.url().includes('q=Solrosen'));
    await search.fill('Solrosen');
    await searched;
    await search.press('Enter');
    await secretary.getByRole('button', { name: `Ta bort ${DOCUMENT}` }).waitFor();
    await secretary.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect
      .poll(() => secretary.getByRole('heading', { name: `§ 1 ${ITEM}` }).count())
      .toBe(1);

    await secretary.getByRole('button', { name: 'Publicera kallelsen nu' }).click();
    await poll(() => secretary.getByText('Sammanträdet är publicerat.').count()).toBe(1);
    await expectAccessible(secretary);
  });

  it('an anonymous visitor finds the meeting in the calendar and reads it', async () => {
    await visitor.goto(`${app.url}/`);
    await poll(() => visitor.getByRole('link', { name: MEETING }).count()).toBe(1);
    await visitor.goto(`${app.url}/moten`);
    await poll(() => h1(visitor)).toBe('Sammanträden');
    expect(await visitor.title()).toBe('Sammanträden – Mötesplats');
    await poll(() => visitor.getByRole('link', { name: MEETING }).count()).toBe(1);
    await expectAccessible(visitor);

    // The subscription address, to copy into a calendar app (the field is labelled by it).
    const feedAddress = await visitor
      .getByRole('textbox', { name: 'Prenumerera på kalendern (iCalendar)' })
      .inputValue();
    expect(feedAddress.startsWith(app.url)).toBe(true);
    const feed = await visitor.request.get(feedAddress);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    // Long iCalendar lines are folded (CRLF + space); unfold before reading.
    const calendar = (await feed.text()).replace(/\r\n /g, '');
    expect(calendar).toContain(`SUMMARY:Barn- och utbildningsnämnden: ${MEETING}`);
    expect(calendar).toContain(`${app.url}${meetingPath}`);

    await visitor.getByRole('link', { name: MEETING }).click();
    await poll(() => h1(visitor)).toBe(MEETING);
    expect(new URL(visitor.url()).pathname).toBe(meetingPath);
    expect(await visitor.getByRole('heading', { name: `§ 1 ${ITEM}` }).count()).toBe(1);
    expect(await visitor.getByRole('link', { name: DOCUMENT }).count()).toBe(1);
    await expectAccessible(visitor);
  });

  it('the visitor sees a decision appear while the page is open', async () => {
    await secretary.reload();
    await poll(() => h1(secretary)).toBe(`Redigera: ${MEETING}`);
    await secretary
      .getByLabel(`Beslut i ärendet ${ITEM}`)
      .fill('Nämnden beslutar att bygga ut förskolan.');
    // The meeting is ahead: the decision is recorded in advance, on purpose.
    await secretary.getByLabel('Registrera beslutet i förväg').check();
    await secretary.getByRole('button', { name: 'Spara beslutet' }).click();
    await expect
      .poll(() => visitor.getByText('Nämnden beslutar att bygga ut förskolan.').count(), {
        timeout: 10_000,
      })
      .toBe(1);
  });

  it('the visitor opens the document page and downloads the file', async () => {
    await visitor.getByRole('link', { name: DOCUMENT }).click();
    await poll(() => h1(visitor)).toBe(DOCUMENT);
    expect(await visitor.title()).toBe(`${DOCUMENT} – Mötesplats`);
    expect(await visitor.getByText('BUN 2026/45').count()).toBeGreaterThan(0);
    const preview = visitor.getByRole('link', { name: 'Visa PDF (öppnas i ny flik)' });
    expect(await preview.getAttribute('href')).toMatch(/\/api\/v1\/documents\/\w+\/file$/);
    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      visitor.getByRole('link', { name: 'Ladda ned' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('solrosen.pdf');
    const saved = await download.path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(saved)).equals(PDF)).toBe(true);
    await expectAccessible(visitor);
  });

  it('after approval of the minutes, the notice board shows the appeal deadline', async () => {
    // Time passes: the meeting has been held (minutes cannot be approved before the meeting).
    const moved = await secretaryApi.patch(`/api/v1/meetings/${meetingPath.split('/').pop()}`, {
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(moved.status).toBe(200);
    await secretary.reload();
    await poll(() => h1(secretary)).toBe(`Redigera: ${MEETING}`);
    const upload = secretary.locator('section', {
      has: secretary.getByRole('heading', { name: 'Registrera handling' }),
    });
    await upload
      .getByLabel('Rubrik', { exact: true })
      .fill('Protokoll barn- och utbildningsnämnden');
    await upload.getByLabel('Typ av handling').selectOption('protokoll');
    await upload.getByLabel('Diarienummer').fill('BUN 2026/50');
    await upload.getByLabel('Fil').setInputFiles({
      name: 'protokoll.pdf',
      mimeType: 'application/pdf',
      buffer: buildPdf(['Protokoll']),
    });
    await upload.getByRole('button', { name: 'Registrera handlingen' }).click();
    await poll(() => upload.getByText('Handlingen är registrerad').count()).toBe(1);
    await secretary
      .getByLabel('Protokoll', { exact: true })
      .selectOption({ label: 'Protokoll barn- och utbildningsnämnden' });
    await secretary.getByRole('button', { name: 'Bifoga protokollet' }).click();
    await secretary.getByRole('button', { name: 'Anslå justeringen på anslagstavlan' }).click();
    // Posting starts the appeal period: confirmed first.
    await secretary.getByRole('button', { name: 'Ja, anslå justeringen' }).click();
    await poll(() => secretary.getByText('Sista dag att överklaga är').count()).toBe(1);

    const ends = new Intl.DateTimeFormat('sv-SE', {
      dateStyle: 'long',
      timeZone: 'Europe/Stockholm',
    }).format(new Date(`${addDays(swedishDate(), 21)}T12:00:00Z`));
    await visitor.goto(`${app.url}/anslagstavla`);
    await poll(() => h1(visitor)).toBe('Anslagstavla');
    expect(await visitor.title()).toBe('Anslagstavla – Mötesplats');
    const row = visitor.getByRole('row', { name: /Barn- och utbildningsnämnden/ });
    await poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain(ends);
    await expectAccessible(visitor);
  });

  it('shows a confidential document without its file and tells how to request it', async () => {
    const upload = secretary.locator('section', {
      has: secretary.getByRole('heading', { name: 'Registrera handling' }),
    });
    await upload.getByLabel('Rubrik', { exact: true }).fill('Utredning i elevärende');
    await upload.getByLabel('Typ av handling').selectOption('bilaga');
    await upload.getByLabel('Offentlighet').selectOption('confidential');
    await upload.getByLabel('Sekretessbestämmelse').fill('OSL 23 kap. 2 §');
    await upload.getByRole('button', { name: 'Registrera handlingen' }).click();
    const link = upload.getByRole('link', { name: 'Utredning i elevärende' });
    await poll(() => link.count()).toBe(1);
    const href = await link.getAttribute('href');
    await visitor.goto(`${app.url}${href}`);
    await poll(() => h1(visitor)).toBe('Utredning i elevärende');
    expect(await visitor.getByRole('heading', { name: 'Så begär du ut handlingen' }).count()).toBe(
      1,
    );
    expect(await visitor.getByRole('link', { name: 'Ladda ned' }).count()).toBe(0);
    await expectAccessible(visitor);
  });

  it('works in English too', async () => {
    await visitor.goto(`${app.url}/moten`);
    await visitor.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await poll(() => h1(visitor)).toBe('Meetings');
    await expect
      .poll(() =>
        visitor.getByRole('textbox', { name: 'Subscribe to the calendar (iCalendar)' }).count(),
      )
      .toBe(1);
    await expectAccessible(visitor);
  });
});
