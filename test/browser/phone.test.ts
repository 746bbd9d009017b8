// Phone first, in real Chromium: every public page of the demo municipality fits 320 and 390 px
// without sideways scrolling and is axe-clean there; the navigation folds behind a menu button
// (aria-expanded, keyboard, Escape gives focus back), its targets are at least 44 px tall, and the
// language button's accessible name contains its visible text (WCAG 2.5.3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app';
import { expectAccessible, launchBrowser, watchPageErrors } from '../helpers/browser';
import { seedDemoIfEmpty } from '../../server/seed/demo';

let app: TestApp;
let browser: Browser;
/** Each public page by name, its path found from the seeded demo in beforeAll. */
const paths = new Map<string, string>();
const PAGES = [
  'home',
  'meetings',
  'meeting with a long body name',
  'past meeting with decisions',
  'document',
  'confidential document',
  'notice board',
  'search with results',
  'proposals',
  'proposal',
  'proposal rules',
  'live sessions',
  'live session',
  'login',
  'accessibility statement',
] as const;

interface Listed {
  data: { id: string; bodyName?: string; secrecy?: string }[];
}

beforeAll(async () => {
  app = await startTestApp();
  await seedDemoIfEmpty(app.server.ctx);
  browser = await launchBrowser();
  const client = app.client();
  const meetings = await client.get<Listed>('/api/v1/meetings?when=upcoming');
  // The longest body name of the demo: the meeting page that once scrolled sideways.
  const longMeeting = meetings.body.data.find((m) => m.bodyName === 'Samhällsbyggnadsnämnden');
  const past = await client.get<Listed>('/api/v1/meetings?when=past');
  const documents = await client.get<Listed>('/api/v1/documents?pageSize=20');
  const proposals = await client.get<Listed>('/api/v1/proposals');
  const live = await client.get<Listed>('/api/v1/live-sessions');
  expect(longMeeting).toBeDefined();
  const found: Record<(typeof PAGES)[number], string> = {
    home: '/',
    meetings: '/moten',
    'meeting with a long body name': `/moten/${longMeeting!.id}`,
    'past meeting with decisions': `/moten/${past.body.data[0]!.id}`,
    document: `/handlingar/${documents.body.data.find((d) => d.secrecy === 'public')!.id}`,
    'confidential document': `/handlingar/${documents.body.data.find((d) => d.secrecy === 'confidential')!.id}`,
    'notice board': '/anslagstavla',
    'search with results': '/sok?q=förskola',
    proposals: '/forslag',
    proposal: `/forslag/${proposals.body.data[0]!.id}`,
    'proposal rules': '/forslag/regler',
    'live sessions': '/direkt',
    'live session': `/direkt/${live.body.data[0]!.id}`,
    login: '/logga-in',
    'accessibility statement': '/tillganglighet',
  };
  for (const [name, path] of Object.entries(found)) paths.set(name, path);
  // Seeding the whole demo municipality takes a while on a busy two-core machine.
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function phone(width: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  return context.newPage();
}

/** The page has its heading and nothing is still loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await expect
    .poll(
      () =>
        page
          .locator('main')
          .getByText(/^Laddar/)
          .count(),
      { timeout: 15_000 },
    )
    .toBe(0);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.each([320, 390])('at %i px', (width) => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await phone(width);
    errors = watchPageErrors(page);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it.each(PAGES)('%s fits without sideways scrolling and is axe-clean', async (name) => {
    await page.goto(`${app.url}${paths.get(name)}`);
    await settled(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});

describe('the menu button', () => {
  it('folds the navigation on a phone: aria-expanded, keyboard, Escape, 44 px targets', async () => {
    const page = await phone(390);
    await page.goto(`${app.url}/`);
    await settled(page);
    const button = page.getByRole('button', { name: 'Meny' });
    const meetings = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', {
      name: 'Sammanträden',
    });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await meetings.isVisible()).toBe(false);
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);

    // Keyboard: focus the button, open it with Enter, walk into the menu, Escape closes it and
    // focus comes back to the button.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    expect(await meetings.isVisible()).toBe(true);
    await expectAccessible(page);
    const menuLinks = page.locator('#site-menu a, #site-menu button');
    for (const target of await menuLinks.all()) {
      const size = await target.boundingBox();
      expect(size!.height, (await target.textContent()) ?? '').toBeGreaterThanOrEqual(44);
    }
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sammanträden');
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await meetings.isVisible()).toBe(false);

    // Following a link closes the menu and moves focus to the new page; live sessions are there.
    await button.click();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Direkt' })
      .click();
    await expect.poll(() => page.locator('main h1').textContent()).toMatch(/Direkt/);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('is not shown on a wide screen, where the navigation is always visible', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await settled(page);
    expect(await page.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link', { name: 'Direkt' }).isVisible()).toBe(true);
    // The footer's text starts where the content does.
    const mainLeft = await page.locator('main h1').evaluate((el) => el.getBoundingClientRect().x);
    const footerLeft = await page
      .locator('footer p')
      .first()
      .evaluate((el) => el.getBoundingClientRect().x);
    expect(Math.abs(mainLeft - footerLeft)).toBeLessThan(1);
    await context.close();
  });

  it("names the language button with its visible text, and the home page's search box finds", async () => {
    const page = await phone(390);
    await page.goto(`${app.url}/`);
    await settled(page);
    await page.getByRole('button', { name: 'Meny' }).click();
    const language = page.getByRole('button', { name: /^In English/ });
    expect(await language.isVisible()).toBe(true);
    expect(await language.textContent()).toContain('In English');
    await page.getByRole('searchbox', { name: 'Sök bland beslut och handlingar' }).fill('förskola');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sok');
    expect(new URL(page.url()).searchParams.get('q')).toBe('förskola');
    await page.context().close();
  });
});
