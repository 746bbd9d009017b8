// A citizen's first visit to the start page loads at most the budgeted JavaScript (issue 12), as
// measured from Vite's manifest by scripts/bundle-size.ts, and Chromium loads exactly the files
// that measurement counts: no staff console, no socket, no second language. An English visitor
// loads no Swedish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_DIST, measureStartPage, START_PAGE_BUDGET_KB } from '../../scripts/bundle-size';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchBrowser, newPage } from '../helpers/browser';

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

describe('the start page on a first visit', () => {
  it(`loads at most ${START_PAGE_BUDGET_KB} KB of JavaScript gzipped, the files measured`, async () => {
    const size = measureStartPage();
    expect(size.kilobytes).toBeLessThanOrEqual(START_PAGE_BUDGET_KB);

    const page = await newPage(browser);
    const loaded = new Set<string>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js')) loaded.add(pathname.slice(1));
    });
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Välkommen till Mötesplats');
    // All three sections have rendered (with their translations).
    await expect.poll(() => page.locator('.home-section h2').count()).toBe(3);
    await page.waitForLoadState('networkidle');
    expect([...loaded].sort()).toEqual(size.files.map((f) => f.file).sort());
  });

  it('loads the translations of one language only', async () => {
    const manifest = JSON.parse(
      readFileSync(path.join(CLIENT_DIST, '.vite/manifest.json'), 'utf8'),
    ) as Record<string, { file: string }>;
    const chunksOf = (language: string) =>
      Object.entries(manifest)
        .filter(([key]) => key.startsWith(`../shared/i18n/${language}/`))
        .map(([, chunk]) => chunk.file);
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('motesplats.language', 'en'));
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('request', (request) => loaded.add(new URL(request.url()).pathname.slice(1)));
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Mötesplats');
    await page.waitForLoadState('networkidle');
    expect(chunksOf('en').filter((file) => !loaded.has(file))).toEqual([]);
    expect(chunksOf('sv').filter((file) => loaded.has(file))).toEqual([]);
    await context.close();
  });
});
