// The comment journey in real Chromium: a citizen comments on a document, an official finds it
// in the inbox and replies (marked official), a second citizen watching the page sees both
// appear live (announced politely, focus untouched), and a moderator hides an abusive comment
// after reports. Every page passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { contextWithSession, expectAccessible, launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import type { HttpClient } from '../helpers/http';
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

/** A page in a fresh context, signed in as the client's user when one is given. */
async function pageAs(client?: HttpClient): Promise<Page> {
  const context = await contextWithSession(browser, app.url, client);
  return context.newPage();
}

describe('commenting on a document', () => {
  it('citizen comments, official replies from the inbox, a watcher sees both live, a moderator hides abuse', async () => {
    const body = await Body.create({ name: 'Tekniska nämnden', sortKey: 'tekniska namnden' });
    const bodyId = String(body._id);
    const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const created = await secretary.client.post('/api/v1/documents', {
      title: 'Förslag till ny cykelplan',
      kind: 'tjansteskrivelse',
      bodyId,
      date: '2026-11-20',
      secrecy: 'public',
      text: 'Cykelplanen pekar ut nya stråk mellan skolor och centrum.',
    });
    expect(created.status, created.text).toBe(201);
    const documentUrl = `${app.url}/handlingar/${created.body.data.id}`;

    const citizen = await signedInUser(app, { givenName: 'Aina', surname: 'Lund' });
    const watcher = await signedInUser(app, { givenName: 'Bo', surname: 'Ek' });
    const official = await signedInUser(app, {
      givenName: 'Olle',
      surname: 'Rask',
      roles: [{ role: 'official', bodyId }],
    });
    await Body.updateOne(
      { _id: bodyId },
      {
        $push: { members: { userId: official.id, party: 'Miljöpartiet', position: 'ordförande' } },
      },
    );
    const moderator = await signedInUser(app, { roles: ['moderator'] });

    // The watcher has the page open and is busy with the sort control.
    const watching = await pageAs(watcher.client);
    await watching.goto(documentUrl);
    await watching.getByRole('heading', { name: /Kommentarer/ }).waitFor({ timeout: 15_000 });
    await watching.getByText('Inga kommentarer ännu. Skriv den första!').waitFor();
    await watching.getByLabel('Sortera').focus();

    // The citizen writes a comment.
    const writing = await pageAs(citizen.client);
    await writing.goto(documentUrl);
    await writing.getByLabel('Din kommentar').fill('Varför saknas **cykelställ** vid stationen?');
    await writing.getByRole('button', { name: 'Skicka kommentar' }).click();
    const mine = writing.locator('.comment__card', {
      hasText: 'Varför saknas cykelställ vid stationen?',
    });
    await mine.waitFor();
    expect(await mine.locator('strong').textContent()).toBe('cykelställ');
    await expectAccessible(writing);

    // ...and it appears for the watcher without a reload, announced, focus untouched.
    const seen = watching.locator('.comment__card', {
      hasText: 'Varför saknas cykelställ vid stationen?',
    });
    await seen.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => watching.locator('.comment-thread [aria-live="polite"]').textContent(), {
        timeout: 10_000,
      })
      .toBe('Ny kommentar av Aina Lund.');
    expect(await watching.evaluate(() => document.activeElement?.id)).toMatch(/-sort$/);

    // The official finds the thread in the inbox and replies.
    const answering = await pageAs(official.client);
    await answering.goto(`${app.url}/kommentarer/inkorg`);
    await answering
      .getByRole('heading', { level: 1, name: 'Inkorg för förtroendevalda' })
      .waitFor();
    await answering.getByRole('link', { name: 'Förslag till ny cykelplan' }).waitFor();
    expect(await answering.title()).toBe('Inkorg för förtroendevalda – Mötesplats');
    await expectAccessible(answering);
    await answering.getByRole('link', { name: 'Förslag till ny cykelplan' }).click();
    const question = answering.locator('.comment__card', { hasText: 'Varför saknas cykelställ' });
    await question.getByRole('button', { name: 'Svara' }).click();
    await answering
      .getByLabel('Ditt svar till Aina Lund')
      .fill('Bra fråga! Cykelställ ingår i etapp två.');
    await answering.getByRole('button', { name: 'Skicka svar' }).click();
    await answering
      .locator('.comment__card', { hasText: 'Cykelställ ingår i etapp två' })
      .waitFor();

    const reply = watching.locator('.comment__card', { hasText: 'Cykelställ ingår i etapp två' });
    await reply.waitFor({ timeout: 10_000 });
    expect(await reply.locator('.badge--official').textContent()).toBe(
      'Förtroendevald (Miljöpartiet)',
    );
    expect(await reply.textContent()).toContain('ordförande, Tekniska nämnden');
    await expect
      .poll(() => watching.locator('.comment-thread [aria-live="polite"]').textContent(), {
        timeout: 10_000,
      })
      .toBe('Nytt svar från förtroendevald Olle Rask.');
    expect(await watching.evaluate(() => document.activeElement?.id)).toMatch(/-sort$/);
    // Answered: the thread leaves the inbox.
    const inbox = await official.client.get('/api/v1/comments/inbox');
    expect(inbox.body.data).toEqual([]);

    // Abuse: reported by three people (one of them through the page), hidden pending review.
    const troll = await signedInUser(app);
    const abusive = await troll.client.post(`/api/v1/documents/${created.body.data.id}/comments`, {
      body: 'Ni är idioter allihop',
    });
    const abuse = watching.locator('.comment__card', { hasText: 'Ni är idioter allihop' });
    await abuse.waitFor({ timeout: 10_000 });
    await abuse.getByRole('button', { name: 'Anmäl' }).click();
    await watching.getByLabel('Varför anmäler du kommentaren?').fill('Personangrepp');
    await watching.getByRole('button', { name: 'Skicka anmälan' }).click();
    await watching.getByText('Tack, anmälan är mottagen.').waitFor();
    for (let i = 0; i < 2; i++) {
      const reporter = await signedInUser(app);
      await reporter.client.post(`/api/v1/comments/${abusive.body.data.id}/report`, {
        reason: 'Kränkande',
      });
    }
    await watching
      .getByText('Kommentaren är dold i väntan på granskning.')
      .waitFor({ timeout: 10_000 });

    // The moderator hides it for good under a rule, from the queue.
    const moderating = await pageAs(moderator.client);
    await moderating.goto(`${app.url}/kommentarer/moderering`);
    await moderating.getByRole('heading', { level: 1, name: 'Modereringskö' }).waitFor();
    const item = moderating.locator('li.card', { hasText: 'Ni är idioter allihop' });
    await item.waitFor();
    await expectAccessible(moderating);
    await item.getByRole('button', { name: 'Dölj' }).click();
    await item.getByLabel('Regel').selectOption('personal_attack');
    await item.getByLabel('Motivering (visas i tråden)').fill('Personangrepp mot ledamöterna');
    await item.getByRole('button', { name: 'Dölj kommentaren' }).click();
    await moderating.getByText('Kön är tom.').waitFor();
    // Pre-moderation is switched per body from the same page.
    const premoderation = moderating.getByRole('checkbox', { name: 'Tekniska nämnden' });
    await premoderation.click();
    await moderating.getByText('Sparat.').waitFor();
    expect(await premoderation.isChecked()).toBe(true);
    await expectAccessible(moderating);
    const settings = await moderator.client.get(`/api/v1/comment-settings/bodies/${bodyId}`);
    expect(settings.body.data).toEqual({ premoderation: true });

    await watching
      .getByText('Dold av moderator: Personangrepp mot ledamöterna')
      .waitFor({ timeout: 10_000 });
    expect(await watching.locator('.comment-thread').textContent()).not.toContain('idioter');
    await expectAccessible(watching);

    // The public log names the rule and the thread, not the content.
    const reading = await pageAs();
    await reading.goto(`${app.url}/kommentarer/modereringslogg`);
    await reading.getByRole('heading', { level: 1, name: 'Modereringslogg' }).waitFor();
    const row = reading.locator('tr', { hasText: 'Dold av moderator' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Personangrepp');
    expect(await row.getByRole('link').textContent()).toBe('Förslag till ny cykelplan');
    expect(await reading.locator('main').textContent()).not.toContain('idioter');
    await expectAccessible(reading);
  }, 120_000);

  it('lets the author edit and delete, others agree, and works with the keyboard', async () => {
    const body = await Body.create({ name: 'Kulturnämnden', sortKey: 'kulturnamnden' });
    const bodyId = String(body._id);
    const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const created = await secretary.client.post('/api/v1/documents', {
      title: 'Biblioteksplan 2027',
      kind: 'tjansteskrivelse',
      bodyId,
      date: '2026-11-21',
      secrecy: 'public',
    });
    const documentUrl = `${app.url}/handlingar/${created.body.data.id}`;
    const author = await signedInUser(app, { givenName: 'Siv', surname: 'Holm' });
    const reader = await signedInUser(app, { givenName: 'Kim', surname: 'Alm' });

    const writing = await pageAs(author.client);
    await writing.goto(documentUrl);
    await writing.getByLabel('Din kommentar').fill('Första versionen');
    await writing.getByRole('button', { name: 'Skicka kommentar' }).click();
    const first = writing.locator('.comment__card', { hasText: 'Första versionen' });
    await first.waitFor();
    // The card can arrive live before the form has been emptied after the answer: write the second
    // comment only once it has, or the emptying wipes it.
    await expect.poll(() => writing.getByLabel('Din kommentar').inputValue()).toBe('');
    await writing.getByLabel('Din kommentar').fill('Ett andra inlägg');
    await writing.getByRole('button', { name: 'Skicka kommentar' }).click();
    await writing.locator('.comment__card', { hasText: 'Ett andra inlägg' }).waitFor();

    // Edit: the form opens with the text, focus goes to it, the edit is marked.
    await first.getByRole('button', { name: 'Ändra' }).click();
    const editor = writing.getByLabel('Ändra din kommentar');
    expect(await editor.inputValue()).toBe('Första versionen');
    expect(await editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(writing);
    await editor.fill('Första versionen, *rättad*');
    await writing.getByRole('button', { name: 'Spara ändringen' }).click();
    const edited = writing.locator('.comment__card', { hasText: 'Första versionen, rättad' });
    await edited.waitFor();
    expect(await edited.textContent()).toContain('(ändrad)');

    // Another reader agrees, by keyboard; the author sees the count live.
    const reading = await pageAs(reader.client);
    await reading.goto(documentUrl);
    const theirs = reading.locator('.comment__card', { hasText: 'Första versionen, rättad' });
    const agree = theirs.getByRole('button', { name: 'Instämmer' });
    await agree.focus();
    await reading.keyboard.press('Enter');
    await expect.poll(() => agree.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await edited.getByText('1 instämmer').waitFor({ timeout: 10_000 });

    // Reply with the keyboard: the reply form takes focus.
    await theirs.getByRole('button', { name: 'Svara' }).focus();
    await reading.keyboard.press('Enter');
    const replyBox = reading.getByLabel('Ditt svar till Siv Holm');
    await expect
      .poll(() => replyBox.evaluate((el) => el === document.activeElement), { timeout: 10_000 })
      .toBe(true);
    await reading.keyboard.type('Håller med');
    await reading.getByRole('button', { name: 'Skicka svar' }).click();
    await writing.locator('.comment__card', { hasText: 'Håller med' }).waitFor({ timeout: 10_000 });

    // Newest first puts the second post on top.
    await reading.getByLabel('Sortera').selectOption('newest');
    await expect
      .poll(
        () => reading.locator('.comment-list > .comment .comment__body').first().textContent(),
        { timeout: 10_000 },
      )
      .toBe('Ett andra inlägg');

    // Delete: a tombstone keeps the reply in place, for everyone.
    await edited.getByRole('button', { name: 'Ta bort' }).click();
    await writing.getByRole('button', { name: 'Ja, ta bort' }).click();
    await reading
      .getByText('Kommentaren har tagits bort av den som skrev den.')
      .waitFor({ timeout: 10_000 });
    expect(await reading.locator('.comment__card', { hasText: 'Håller med' }).count()).toBe(1);
    expect(await reading.locator('.comment-thread').textContent()).not.toContain('rättad');
    await expectAccessible(reading);
  }, 120_000);
});
