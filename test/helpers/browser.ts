// Real Chromium (Debian's) through playwright-core, and the axe-core WCAG 2.1 AA check.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { chromiumPath } from '../../scripts/tools';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Fails the test with the list of violations if axe finds any WCAG 2.1 A/AA problem. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** A page in a fresh browser context (its own cookies and storage). */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/**
 * A browser context that carries an HttpClient's cookies (its session), so a page acts as the
 * person the client is signed in as (see signIn in factories.ts). Without a client: anonymous.
 */
export async function contextWithSession(
  browser: Browser,
  appUrl: string,
  client?: { cookies: Map<string, string> },
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const cookies = [...(client?.cookies ?? [])].map(([name, value]) => ({
    name,
    value,
    url: appUrl,
  }));
  if (cookies.length > 0) await context.addCookies(cookies);
  return context;
}
