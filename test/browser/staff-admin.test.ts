// Staff at work in real Chromium, at 1280 and at 390 px, without typing an id anywhere: the
// moderator clears the queues (masks a phone number in a reported comment, finds each proposal's
// author and time of sending in the review queue, rejects a proposal under a rule chosen after
// "Avvisa", sends another back with a message that its author then reads), and the admin grants a
// role from a person's page after a confirmation, reads it in words in the audit log, filters by
// person and event, and downloads the CSV. Every page passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import type { HttpClient } from '../helpers/http';
import { submitted } from '../helpers/proposals';
import { Body } from '../../server/features/bodies/model';

let app: TestApp;
let browser: Browser;
let bodyId: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  bodyId = String((await Body.create({ name: 'Kommunstyrelsen', sortKey: 'kommunstyrelsen' }))._id);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function pageAs(client: HttpClient, width: number): Promise<Page> {
  const context = await contextWithSession(browser, app.url, client, {
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  return context.newPage();
}

async function noSidewaysScroll(page: Page) {
  // Names what sticks out, so a failure says where.
  const wide = await page.evaluate(() =>
    document.documentElement.scrollWidth <= window.innerWidth
      ? []
      : [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
  );
  expect(wide).toEqual([]);
}

/** A public document of the body with a citizen's comment carrying a phone number, reported. */
async function reportedComment(suffix: string): Promise<void> {
  const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
  const doc = await secretary.client.post('/api/v1/documents', {
    title: `Lekplatser i centrum ${suffix}`,
    kind: 'tjansteskrivelse',
    bodyId,
    date: '2026-11-20',
    secrecy: 'public',
    text: 'Förslag om nya lekplatser.',
  });
  expect(doc.status, doc.text).toBe(201);
  const author = await signedInUser(app, { displayName: `Aina Lund ${suffix}` });
  const comment = await author.client.post(`/api/v1/documents/${doc.body.data.id}/comments`, {
    body: `<p>Bra! Ring mig på 070-123 45 67 om ni vill veta mer (${suffix}).</p>`,
  });
  expect(comment.status).toBe(201);
  const reporter = await signedInUser(app);
  const report = await reporter.client.post(`/api/v1/comments/${comment.body.data.id}/report`, {
    reason: 'Telefonnummer i kommentaren',
  });
  expect(report.status).toBe(201);
}

describe.each([1280, 390])('staff at %i px', (width) => {
  it('the moderator clears the queues without typing an id', async () => {
    const suffix = `w${width}`;
    await reportedComment(suffix);
    const toReject = await submitted(app);
    const toReturn = await submitted(app);
    const moderator = await signedInUser(app, {
      displayName: 'Maja Moderator',
      roles: ['moderator'],
    });
    const page = await pageAs(moderator.client, width);

    // The comment queue: author and time shown; a shown, reported comment is kept or masked,
    // never "Visa igen".
    await page.goto(`${app.url}/kommentarer/moderering`);
    const item = page.locator('li.card', { hasText: `(${suffix})` });
    await item.waitFor({ timeout: 15_000 });
    await expect.poll(() => item.textContent()).toContain(`Skriven av Aina Lund ${suffix}`);
    expect(await item.locator('time').count()).toBe(1);
    expect(await item.getByRole('button', { name: 'Visa igen' }).count()).toBe(0);
    await item.getByRole('button', { name: 'Behåll synlig' }).waitFor();
    await expectAccessible(page);
    await noSidewaysScroll(page);

    // Mask the phone number: select it in the comment, open the form, the rule is chosen there.
    await item.locator('.moderation-item__original').evaluate((element) => {
      const text = element.querySelector('p')!.firstChild!;
      const start = text.textContent!.indexOf('070');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + '070-123 45 67'.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await item.getByRole('button', { name: 'Maskera en del' }).click();
    const maskText = item.getByLabel('Text att maskera');
    await expect.poll(() => maskText.inputValue()).toBe('070-123 45 67');
    await item.getByLabel('Regel').selectOption({ label: 'Känsliga personuppgifter' });
    await expectAccessible(page);
    await item.getByRole('button', { name: 'Maskera', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Maskerat på 1 ställen. Regel: Känsliga personuppgifter.' })
      .waitFor();
    await item.waitFor({ state: 'detached' });

    // The public thread shows the mask instead of the number.
    const thread = await app.client().get(`/api/v1/comments/moderation-log`);
    expect(thread.body.data[0]).toMatchObject({ action: 'masked', rule: 'personal_data' });

    // The proposal queue: each row with its author and when it was sent in, in Swedish time.
    await page.goto(`${app.url}/forslag/granska`);
    const row = page.locator('li.card', { has: page.getByRole('link', { name: toReject.title }) });
    await row.waitFor({ timeout: 15_000 });
    const queued = await moderator.client.get<{
      data: Array<{ id: string; author: { displayName: string }; submittedAt: string }>;
    }>('/api/v1/proposals/review-queue');
    const sent = queued.body.data.find((p) => p.id === toReject.id)!;
    const sentAt = new Intl.DateTimeFormat('sv-SE', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Stockholm',
    }).format(new Date(sent.submittedAt));
    await expect
      .poll(() => row.textContent())
      .toContain(`Av ${sent.author.displayName} · Inskickat ${sentAt}`);
    expect(await row.locator('time').getAttribute('datetime')).toBe(sent.submittedAt);
    await expectAccessible(page);
    await noSidewaysScroll(page);

    // A proposal: the rule appears only after "Avvisa" is chosen.
    await page.getByRole('link', { name: toReject.title }).click();
    const review = page.getByRole('form', { name: 'Granska förslaget' });
    await review.waitFor({ timeout: 15_000 });
    expect(await review.getByLabel('Regel för avvisningen').count()).toBe(0);
    await review.getByLabel('Avvisa').check();
    await review.getByLabel('Regel för avvisningen').selectOption({
      label: 'Frågan ligger utanför kommunens ansvar',
    });
    await review.getByLabel('Motivering').fill('Detta beslutar Trafikverket om.');
    await expectAccessible(page);
    await noSidewaysScroll(page);
    await review.getByRole('button', { name: 'Avvisa förslaget' }).click();
    await page.getByRole('status').filter({ hasText: 'Förslaget är avvisat.' }).waitFor();
    const rejected = await moderator.client.get(`/api/v1/proposals/${toReject.id}`);
    expect(rejected.body.data.timeline.at(-1)).toMatchObject({
      kind: 'rejected',
      rule: 'not_municipal',
    });

    // Another is sent back for changes with a message.
    await page.goto(`${app.url}/forslag/granska`);
    await page.getByRole('link', { name: toReturn.title }).click();
    await review.waitFor({ timeout: 15_000 });
    await review.getByLabel('Skicka tillbaka för ändringar').check();
    expect(await review.getByLabel('Regel för avvisningen').count()).toBe(0);
    await review
      .getByLabel('Meddelande till förslagsställaren')
      .fill('Skriv vilken park förslaget gäller.');
    await review.getByRole('button', { name: 'Skicka tillbaka' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Förslaget är skickat tillbaka till förslagsställaren.' })
      .waitFor();

    // The author finds it in their notifications and reads the message on their draft.
    const authorPage = await pageAs(toReturn.author.client, width);
    await authorPage.goto(`${app.url}/forslag/${toReturn.id}`);
    await authorPage.getByRole('heading', { name: 'Skickat tillbaka för ändringar' }).waitFor({
      timeout: 15_000,
    });
    await authorPage.getByText('Skriv vilken park förslaget gäller.').first().waitFor();
    await authorPage.getByRole('heading', { name: 'Ändra förslaget' }).waitFor();
    await expectAccessible(authorPage);
    await noSidewaysScroll(authorPage);
    const notes = await toReturn.author.client.get('/api/v1/notifications');
    expect(notes.body.data[0]).toMatchObject({ step: 'returned', path: `/forslag/${toReturn.id}` });
    await authorPage.context().close();
    await page.context().close();
  }, 120_000);

  it('the admin grants a role from a person’s page, reads it in words, filters and downloads', async () => {
    const admin = await signedInUser(app, {
      displayName: `Sara Sekreterare ${width}`,
      roles: ['admin'],
    });
    const karinName = `Karin Berg ${width}`;
    const karin = await signedInUser(app, { displayName: karinName });
    const page = await pageAs(admin.client, width);

    await page.goto(`${app.url}/admin/anvandare`);
    await page.getByLabel('Sök på namn').fill(karinName);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: karinName }).click();
    await page.getByRole('heading', { level: 1, name: karinName }).waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(`${app.url}/admin/anvandare/${karin.id}`);
    // The base role is shown as such, with nothing to remove it.
    await page.getByText('grundroll, kan inte tas bort').waitFor();
    expect(await page.getByRole('button', { name: /Ta bort rollen/ }).count()).toBe(0);
    await expectAccessible(page);
    await noSidewaysScroll(page);

    await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'förtroendevald' });
    await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Kommunstyrelsen' });
    await page.getByRole('button', { name: 'Ge rollen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bekräfta' });
    await dialog.getByText(`Ge ${karinName} rollen förtroendevald i Kommunstyrelsen?`).waitFor();
    await expectAccessible(page);
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await admin.client.get(`/api/v1/admin/users/${karin.id}`)).body.data.roles).toEqual([
      { role: 'citizen' },
    ]);
    await page.getByRole('button', { name: 'Ge rollen' }).click();
    await dialog.getByRole('button', { name: 'Ja, gör det' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${karinName} har fått rollen förtroendevald i Kommunstyrelsen.` })
      .waitFor();
    await page
      .getByRole('button', {
        name: `Ta bort rollen förtroendevald i Kommunstyrelsen från ${karinName}`,
      })
      .waitFor();

    // The log, reached from the person's page, reads in words with links.
    await page.getByRole('link', { name: 'Personens händelser i granskningsloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Granskningslogg' }).waitFor();
    await page.getByText(`Vald person: ${karinName}`).waitFor({ timeout: 15_000 });
    const sentence = `Sara Sekreterare ${width} gav ${karinName} rollen förtroendevald i Kommunstyrelsen`;
    const entry = page.locator('.audit-entry__what', { hasText: sentence });
    await entry.waitFor({ timeout: 15_000 });
    expect(await entry.getByRole('link', { name: karinName }).getAttribute('href')).toBe(
      `/admin/anvandare/${karin.id}`,
    );
    await expectAccessible(page);
    await noSidewaysScroll(page);

    // Filter by another person chosen by search, and by event.
    await page.getByRole('button', { name: 'Alla personer' }).click();
    await page.getByLabel('Sök person').fill(`Sara Sekreterare ${width}`);
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('button', { name: `Sara Sekreterare ${width}` }).click();
    await page.getByLabel('Händelse').selectOption({ label: 'gav en roll' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '1 händelse' }).waitFor({ timeout: 15_000 });
    await entry.waitFor();
    await expectAccessible(page);

    // The CSV with the same filter.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner som CSV' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path, 'utf8');
    expect(csv).toContain(
      `Sara Sekreterare ${width},gav en roll,user.role_grant,${karinName},user,förtroendevald,Kommunstyrelsen`,
    );
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    await page.context().close();
  }, 120_000);
});
