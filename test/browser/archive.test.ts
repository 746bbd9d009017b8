// The archive search page in real Chromium: an anonymous visitor finds a registered document by
// an inflected Swedish word, is offered the spelling with å ä ö of a word typed without, filters
// and pages, in Swedish and English, and axe finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { expectAccessible, launchBrowser, newPage, watchPageErrors } from '../helpers/browser';
import { makeBody, secretaryOf } from '../helpers/records';
import { indexRecord } from '../../server/search';

let app: TestApp;
let browser: Browser;
let documentId: string;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const bodyId = await makeBody('Barn- och utbildningsnämnden');
  const { client: secretary } = await secretaryOf(app, bodyId);
  const created = await secretary.post('/api/v1/documents', {
    title: 'Tjänsteskrivelse om nya lokaler',
    kind: 'tjansteskrivelse',
    bodyId,
    date: '2026-11-02',
    caseNumber: 'BUN 2026/45',
    secrecy: 'public',
    text: 'Förvaltningen föreslår att förskolan Solrosen byggs ut med två avdelningar.',
  });
  if (created.status !== 201) throw new Error(created.text);
  documentId = created.body.data.id;
  for (let i = 0; i < 23; i++) {
    await indexRecord({
      type: 'agendaItem',
      id: `item${i}`,
      title: `Snöröjning på gång- och cykelvägar, del ${i + 1}`,
      text: 'Tekniska förvaltningen redovisar vinterns snöröjning.',
      date: new Date(Date.UTC(2026, 0, 1 + i)),
      path: `/moten/m${i}`,
    });
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('archive search page', () => {
  it('finds a document by an inflected word and links to it; passes axe', async () => {
    const page = await newPage(browser);
    const errors = watchPageErrors(page);
    await page.goto(`${app.url}/sok`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sök i arkivet');
    expect(await page.title()).toBe('Sök i arkivet – Mötesplats');
    expect(await page.getByRole('search', { name: 'Sök i arkivet' }).count()).toBe(1);
    await expectAccessible(page);

    await page.getByLabel('Sökord').fill('förskolor');
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('En träff på ”förskolor”.');
    expect(new URL(page.url()).search).toBe('?q=f%C3%B6rskolor');
    const heading = page.getByRole('heading', { level: 3 });
    expect(await heading.textContent()).toBe('Tjänsteskrivelse om nya lokaler');
    expect(await page.locator('.search-result mark').allTextContents()).toEqual(['förskolan']);
    expect(await page.locator('.search-result').textContent()).toContain(
      'Barn- och utbildningsnämnden',
    );
    await expectAccessible(page);

    await heading.getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/handlingar/${documentId}`);
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
    await page.close();
  });

  it('suggests the spelling with å ä ö for a word typed without, as a link that searches it', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/sok?q=forskolor`);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('En träff på ”forskolor”.');
    expect(await page.locator('.search-result mark').allTextContents()).toEqual(['förskolan']);
    expect(await page.locator('.search-suggestion').textContent()).toBe('Menade du: förskolor?');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'förskolor' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=f%C3%B6rskolor');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('En träff på ”förskolor”.');
    expect(await page.getByLabel('Sökord').inputValue()).toBe('förskolor');
    expect(await page.locator('.search-suggestion').count()).toBe(0);
    await page.close();
  });

  it('filters by type and pages with the keyboard, in English', async () => {
    const page = await newPage(browser);
    await page.goto(`${app.url}/sok?q=sn%C3%B6r%C3%B6jningen`);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('23 träffar');
    await page.getByRole('button', { name: 'Byt språk till engelska' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Search the archive');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('23 results for “snöröjningen”. Page 1 of 2');
    expect(await page.locator('.search-result').count()).toBe(20);
    await page.getByRole('button', { name: 'Next page' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-result').count()).toBe(3);
    expect(await page.locator('ol.search-results').getAttribute('start')).toBe('21');
    await expectAccessible(page);

    await page.getByLabel('Type').selectOption('document');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('No results for “snöröjningen”.');
    await page.getByLabel('Type').selectOption('agendaItem');
    await page.getByLabel('From date').fill('2026-01-05');
    await page.getByLabel('To date').fill('2026-01-09');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('5 results for “snöröjningen”.');
    await page.close();
  });
});
