// A whole council meeting in real Chromium: the secretary opens it from the console, calls the roll
// with a substitute, takes up the items in turn; two members ask for the floor (one from their
// phone), an open vote (one ballot cast on the phone, confirmed) and a secret one, a reservation
// from the phone; on item 2 the secretary enters one member's recusal (jäv) during the vote, which
// takes them out of it, and another's reservation; closing; a follower's page and the member's
// phone page follow along (a past item's names opened on demand); the minutes draft holds it all
// and is registered as the protokoll; the archived meeting page shows chapters. Pages pass axe
// and do not scroll sideways at 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import type { HttpClient } from '../helpers/http';
import { createMeeting, makeBody } from '../helpers/records';

let app: TestApp;
let browser: Browser;
let secretaryApi: HttpClient;
let secretary: Page;
let follower: Page;
let phone: Page;
let meetingId = '';
let itemIds: string[] = [];
const people: Array<{ id: string; client: HttpClient; name: string }> = [];

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });
const PHONE = { viewport: { width: 390, height: 844 } };
const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const bodyId = await makeBody('Kommunstyrelsen');
  const sec = await signedInUser(app, {
    givenName: 'Sara',
    surname: 'Sekreterare',
    roles: [{ role: 'secretary', bodyId }],
  });
  secretaryApi = sec.client;
  const seats = [
    ['Anna', 'Ordförande', 'ordförande'],
    ['Bo', 'Ledamot', 'ledamot'],
    ['Cecilia', 'Frånvarande', 'ledamot'],
    ['Erik', 'Ersättare', 'ersättare'],
  ] as const;
  for (const [givenName, surname, position] of seats) {
    const p = await signedInUser(app, { givenName, surname });
    const res = await secretaryApi.put(`/api/v1/bodies/${bodyId}/members`, {
      userId: p.id,
      position,
      party: 'Mittenpartiet',
    });
    expect(res.status).toBe(200);
    people.push({ id: p.id, client: p.client, name: `${givenName} ${surname}` });
  }
  ({ id: meetingId, itemIds } = await createMeeting(secretaryApi, bodyId, {
    titles: ['Budget 2027', 'Val av revisor'],
  }));
  await secretaryApi.patch(`/api/v1/meetings/${meetingId}`, {
    streamUrl: 'https://example.org/webbsandning',
  });
  secretary = await (await contextWithSession(browser, app.url, secretaryApi)).newPage();
  follower = await (await browser.newContext(PHONE)).newPage();
  phone = await (await contextWithSession(browser, app.url, people[0]!.client, PHONE)).newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a whole council meeting', () => {
  it('opens, calls the roll with a substitute and shows quorum', async () => {
    await secretary.goto(`${app.url}/sekreterare/moten/${meetingId}/sammantrade`);
    await secretary.getByRole('button', { name: 'Öppna sammanträdet' }).click();
    await poll(() => secretary.getByText('Sammanträdet pågår').count()).toBeGreaterThan(0);
    await secretary.getByLabel('Anna Ordförande närvarande').check();
    await secretary.getByLabel('Bo Ledamot närvarande').check();
    await secretary
      .getByLabel('Erik Ersättare tjänstgör för')
      .selectOption({ label: 'Cecilia Frånvarande (Mittenpartiet)' });
    await secretary.getByRole('button', { name: 'Spara uppropet' }).click();
    await poll(() => secretary.getByText('3 av 3 ledamöter tjänstgör').count()).toBe(1);
    await poll(() => secretary.getByText('Beslutfört', { exact: true }).count()).toBe(1);
    await expectAccessible(secretary);

    await follower.goto(`${app.url}/moten/${meetingId}`);
    await follower.getByRole('link', { name: 'Följ sammanträdet direkt' }).click();
    await poll(() => follower.getByText('Sammanträdet pågår').count()).toBe(1);
    expect(await follower.locator('iframe[title="Webbsändning"]').count()).toBe(1);
    await phone.goto(`${app.url}/moten/${meetingId}/ledamot`);
    await poll(() => phone.getByText('Du är antecknad som närvarande.').count()).toBe(1);
  });

  it('takes up item 1; two members ask for the floor; the floor is given', async () => {
    await secretary.getByRole('button', { name: 'Ta upp punkt 1' }).click();
    await poll(() => follower.locator('[aria-current="step"]').textContent()).toContain(
      'Budget 2027',
    );
    await poll(() => phone.getByRole('heading', { name: '§ 1 Budget 2027' }).count()).toBe(1);
    await phone.getByRole('button', { name: 'Begär ordet' }).click();
    await poll(() => phone.getByText('Du står på talarlistan.').count()).toBe(1);
    expect(
      (await people[1]!.client.post(`/api/v1/agenda-items/${itemIds[0]}/speakers`, {})).status,
    ).toBe(201);
    await poll(() => follower.getByRole('listitem').filter({ hasText: 'Bo Ledamot' }).count()).toBe(
      1,
    );
    await secretary.getByRole('button', { name: 'Ge ordet till nästa' }).click();
    await poll(() => follower.getByText('Ordet har: Anna Ordförande').count()).toBeGreaterThan(0);
    await expectAccessible(follower);
    expect(await noSidewaysScroll(follower)).toBe(true);
  });

  it('records a motion, runs an open vote with a confirmed ballot from the phone, and a decision', async () => {
    await secretary.getByLabel('Yrkande av').selectOption({ label: 'Bo Ledamot (Mittenpartiet)' });
    await secretary.getByLabel('Yrkandet').fill('Bifall till förslaget');
    await secretary.getByRole('button', { name: 'Lägg till yrkande' }).click();
    await poll(() => follower.getByText('Bo Ledamot (Mittenpartiet): Bifall').count()).toBe(1);

    await secretary.getByLabel('Fråga (proposition)').fill('Bifall till budgeten?');
    await secretary.getByRole('button', { name: 'Starta voteringen' }).click();
    await poll(() => phone.getByRole('button', { name: 'Ja' }).count()).toBe(1);
    await expectAccessible(phone);
    expect(await noSidewaysScroll(phone)).toBe(true);
    await phone.getByRole('button', { name: 'Ja' }).click();
    await phone.getByRole('button', { name: 'Bekräfta' }).click();
    await poll(() => phone.getByText('Din röst: Ja.').count()).toBe(1);
    const voteId = (
      await app
        .client()
        .get<{ data: { vote: { id: string } } }>(`/api/v1/meetings/${meetingId}/state`)
    ).body.data.vote.id;
    await people[1]!.client.post(`/api/v1/votes/${voteId}/ballots`, { choice: 'ja' });
    // The secretary sees who has not voted and records the substitute's ballot (called out).
    await poll(() => secretary.getByText('1 har inte röstat').count()).toBe(1);
    await secretary
      .getByLabel('Registrera röst för')
      .selectOption({ label: 'Erik Ersättare (Mittenpartiet)' });
    await secretary.getByLabel('Röst', { exact: true }).selectOption({ label: 'Nej' });
    await secretary.getByRole('button', { name: 'Registrera rösten' }).click();
    await poll(() => secretary.getByText('0 har inte röstat').count()).toBe(1);
    await secretary.getByRole('button', { name: 'Avsluta voteringen' }).click();
    await poll(() =>
      follower.getByText('Ja 2, Nej 1, Avstår 0, Frånvarande 0').count(),
    ).toBeGreaterThan(0);

    await secretary.getByLabel('Beslutstext').fill('Budgeten för 2027 fastställs.');
    await secretary.getByRole('button', { name: 'Spara beslutet' }).click();
    await poll(() => follower.getByText('Budgeten för 2027 fastställs.').count()).toBe(1);

    await phone.getByLabel('Motivering (frivillig)').fill('Budgeten är underfinansierad');
    await phone.getByRole('button', { name: 'Reservera mig mot beslutet' }).click();
    await poll(() => phone.getByText('Din reservation är antecknad.').count()).toBe(1);
  });

  it('takes up item 2 with a secret vote, a recusal and a reservation entered by the secretary, closes, and the minutes draft holds it all', async () => {
    await secretary.getByRole('button', { name: 'Ta upp punkt 2' }).click();
    await poll(() => follower.locator('[aria-current="step"]').textContent()).toContain(
      'Val av revisor',
    );
    // The state names voters on the current item only: item 1's names are read when opened.
    const names = follower.getByText('Visa hur ledamöterna röstade');
    await poll(() => names.count()).toBe(1);
    expect(await follower.getByText('Bo Ledamot (Mittenpartiet): Ja').count()).toBe(0);
    await names.click();
    await poll(() => follower.getByText('Bo Ledamot (Mittenpartiet): Ja').count()).toBe(1);
    await expectAccessible(follower);
    await secretary.getByLabel('Fråga (proposition)').fill('Val av Karin Revisor?');
    await secretary.getByLabel('sluten omröstning').check();
    await secretary.getByRole('button', { name: 'Starta voteringen' }).click();
    await poll(() => phone.getByRole('button', { name: 'Nej' }).count()).toBe(1);

    // Bo declares jäv aloud in the chamber; the secretary enters it, and Bo leaves the vote.
    const bo = 'Bo Ledamot (Mittenpartiet)';
    const recordFor = secretary.getByLabel('Registrera röst för');
    await poll(() => secretary.getByText('3 har inte röstat').count()).toBe(1);
    expect(await recordFor.getByRole('option', { name: bo }).count()).toBe(1);
    await secretary.getByLabel('Jäv anmält av').selectOption({ label: bo });
    await secretary.getByRole('button', { name: 'Anteckna jäv', exact: true }).click();
    await secretary.getByRole('button', { name: 'Ja, anteckna jäv' }).click();
    await poll(() =>
      secretary
        .getByRole('status')
        .filter({ hasText: `Jäv för ${bo} är antecknat.` })
        .count(),
    ).toBe(1);
    await poll(() => secretary.getByText('2 har inte röstat').count()).toBe(1);
    expect(await recordFor.getByRole('option', { name: bo }).count()).toBe(0);
    expect(
      await secretary.getByLabel('Reservation av').getByRole('option', { name: bo }).count(),
    ).toBe(0);
    await poll(() => follower.locator('[aria-current="step"]').textContent()).toContain(
      `Jäv: ${bo}`,
    );
    await phone.getByRole('button', { name: 'Nej' }).click();
    await phone.getByRole('button', { name: 'Bekräfta' }).click();
    await poll(() => phone.getByText('Din röst: Nej.').count()).toBe(1);
    await secretary.getByRole('button', { name: 'Avsluta voteringen' }).click();
    await poll(() =>
      follower.getByText('Ja 0, Nej 1, Avstår 0, Frånvarande 2').count(),
    ).toBeGreaterThan(0);

    // Erik, who has no device, reserves himself against the decision; the secretary enters it.
    const erik = 'Erik Ersättare (Mittenpartiet)';
    await secretary.getByLabel('Reservation av').selectOption({ label: erik });
    await secretary.getByLabel('Motivering (frivillig)').fill('Revisorn saknar erfarenhet');
    await secretary.getByRole('button', { name: 'Anteckna reservationen' }).click();
    await poll(() =>
      secretary
        .getByRole('status')
        .filter({ hasText: `Reservationen från ${erik} är antecknad.` })
        .count(),
    ).toBe(1);
    expect(
      await secretary
        .getByRole('listitem')
        .filter({ hasText: `${erik}: Revisorn` })
        .count(),
    ).toBe(1);
    await poll(() => follower.locator('[aria-current="step"]').textContent()).toContain(
      `Reservationer: ${erik}`,
    );
    await expectAccessible(secretary);
    await secretary.setViewportSize(PHONE.viewport);
    expect(await noSidewaysScroll(secretary)).toBe(true);
    await secretary.setViewportSize({ width: 1280, height: 720 });

    await secretary.getByRole('button', { name: 'Avsluta sammanträdet' }).click();
    await poll(() => follower.getByText('Sammanträdet är avslutat').count()).toBeGreaterThan(0);
    const draft = secretary.getByLabel('Utkastet (redigera fritt)');
    await poll(() => draft.inputValue()).toContain('§ 1 Budget 2027');
    const text = await draft.inputValue();
    expect(text).toContain('Erik Ersättare (Mittenpartiet) för Cecilia Frånvarande');
    expect(text).toContain('Bo Ledamot (Mittenpartiet): Bifall till förslaget');
    expect(text).toContain('Ja 2, Nej 1, Avstår 0, Frånvarande 0');
    expect(text).toContain('Nej: Erik Ersättare (Mittenpartiet) *');
    expect(text).toContain('Sluten omröstning: Val av Karin Revisor?');
    expect(text).toContain('Beslut: Budgeten för 2027 fastställs.');
    expect(text).toContain('Anna Ordförande (Mittenpartiet): Budgeten är underfinansierad');
    expect(text).toContain('Jäv: Bo Ledamot (Mittenpartiet) deltog inte i handläggningen.');
    expect(text).toContain('Erik Ersättare (Mittenpartiet): Revisorn saknar erfarenhet');
    await expectAccessible(secretary);
    await draft.fill(`${text}\nJusterare: Bo Ledamot`);
    await secretary.getByRole('button', { name: 'Registrera som protokoll' }).click();
    await poll(() =>
      secretary.getByText('Protokollet är registrerat och kopplat till mötet.').count(),
    ).toBe(1);
  });

  it('shows chapters on the archived meeting page', async () => {
    await follower.goto(`${app.url}/moten/${meetingId}`);
    await poll(() =>
      follower.getByRole('heading', { name: 'Kapitel i webbsändningen' }).count(),
    ).toBe(1);
    const jump = follower.getByRole('link', { name: 'Hoppa till punkt 2: Val av revisor' });
    expect(await jump.getAttribute('href')).toMatch(/^https:\/\/example\.org\/webbsandning#t=\d+$/);
    await expectAccessible(follower);
    expect(await noSidewaysScroll(follower)).toBe(true);
  });
});
