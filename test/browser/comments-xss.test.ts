// XSS corpus in real Chromium: every vector is stored through the API on a real thread page and
// rendered; a page-level hook (installed before any page script) fails the test if injected
// code runs. CSP is bypassed in this context so the sanitizer alone is what is tested, and a
// control injection proves the hook would catch execution.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchBrowser } from '../helpers/browser';
import { signedInUser } from '../helpers/factories';
import { XSS_VECTORS } from './comments-xss-vectors';

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

async function openProposal(): Promise<string> {
  const author = await signedInUser(app);
  const created = await author.client.post('/api/v1/proposals', {
    title: 'Bättre belysning längs cykelvägen till skolan',
    body: 'Cykelvägen är mörk på vintern. Kommunen borde sätta upp fler gatlampor längs den.',
  });
  expect(created.status, created.text).toBe(201);
  const moderator = await signedInUser(app, { roles: ['moderator'] });
  const reviewed = await moderator.client.post(`/api/v1/proposals/${created.body.data.id}/review`, {
    decision: 'approve',
  });
  expect(reviewed.status, reviewed.text).toBe(200);
  return created.body.data.id as string;
}

describe('XSS corpus', () => {
  it(`stores ${XSS_VECTORS.length} vectors cleaned and runs none of them in the browser`, async () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100);
    const proposalId = await openProposal();
    const stored: string[] = [];
    // Five comments a minute per person: a new writer for every five vectors.
    for (let start = 0; start < XSS_VECTORS.length; start += 5) {
      const { client } = await signedInUser(app);
      for (const vector of XSS_VECTORS.slice(start, start + 5)) {
        const res = await client.post(`/api/v1/proposals/${proposalId}/comments`, { body: vector });
        expect(res.status, vector).toBe(201);
        const body = res.body.data.body as string;
        expect(body, vector).not.toMatch(
          /<\s*(script|style|iframe|svg|math|img|object|embed|form|meta|base|link)/i,
        );
        // Text is escaped (&lt;), so every literal < opens a real tag: look inside tags only.
        expect(body, vector).not.toMatch(/<[^>]*\son\w+\s*=/i);
        expect(body, vector).not.toMatch(/<[^>]*(javascript|vbscript|data|livescript):/i);
        stored.push(res.body.data.id as string);
      }
    }

    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const hits: unknown[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    await page.exposeFunction('__xss', (n: unknown) => hits.push(n));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${app.url}/forslag/${proposalId}`);
    const bodies = page.locator('.comment__body');
    await expect.poll(() => bodies.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const more = page.getByRole('button', { name: 'Visa fler kommentarer' });
    while (await more.isVisible()) {
      const before = await bodies.count();
      await more.click();
      await expect.poll(() => bodies.count(), { timeout: 10_000 }).toBeGreaterThan(before);
    }
    expect(await bodies.count()).toBe(stored.length);
    await expect
      .poll(() => page.locator('.comment__body', { hasText: '0:' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);

    // Give handlers a chance: fire the events vectors wait for on everything in the bodies.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('.comment-thread *')) {
        for (const type of [
          'mouseover',
          'mouseenter',
          'focus',
          'focusin',
          'pointerdown',
          'wheel',
          'dragstart',
          'animationstart',
          'toggle',
        ]) {
          el.dispatchEvent(new Event(type, { bubbles: true }));
        }
      }
    });
    await page.waitForTimeout(1_500);

    const dom = await page.evaluate(() => {
      const thread = document.querySelector('.comment-thread')!;
      const all = [...thread.querySelectorAll('.comment__body *')];
      return {
        tags: [...new Set(all.map((el) => el.tagName.toLowerCase()))].sort(),
        handlers: all.flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
        hrefs: all.flatMap((el) => (el.getAttribute('href') ? [el.getAttribute('href')!] : [])),
        frames: window.frames.length,
      };
    });
    expect(dom.handlers).toEqual([]);
    for (const tag of dom.tags)
      expect(['a', 'br', 'em', 'li', 'ol', 'p', 'strong', 'ul']).toContain(tag);
    for (const href of dom.hrefs) expect(href).toMatch(/^(https?:|mailto:)/i);
    expect(dom.frames).toBe(0);
    expect(hits).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);

    // Control: the hook does catch code that runs (so the assertions above can fail).
    await page.evaluate(() => {
      const img = document.createElement('div');
      img.innerHTML = '<img src="x" onerror="__xss(\'control\')">';
      document.body.append(img);
    });
    await expect.poll(() => hits, { timeout: 10_000 }).toEqual(['control']);
    await context.close();
  }, 180_000);
});
