// Logging in through the real SAML path in tests: the SP's AuthnRequest, the development IdP's
// signed and encrypted response, the ACS. `loginAs` for HTTP clients, `loginInBrowser` for a
// Playwright page. (The fast way without SAML stays `signIn` in factories.ts.)
import type { Page } from 'playwright-core';
import { PERSONAS, PERSONA_NAMES, type PersonaName } from '../../server/auth/dev-idp/personas';
import type { TestApp } from './app';
import type { HttpClient, TestResponse } from './http';

export { PERSONAS, PERSONA_NAMES, type PersonaName };

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** Starts a login at the SP: the redirect to the IdP, with the AuthnRequest in its query. */
export async function startSamlLogin(
  client: HttpClient,
  options: { idp?: string; returnTo?: string } = {},
): Promise<{ location: URL; samlRequest: string; relayState: string }> {
  const returnTo = options.returnTo ?? '/mina-sidor';
  const res = await client.get(
    `/auth/saml/${options.idp ?? 'eid'}/login?returnTo=${encodeURIComponent(returnTo)}`,
  );
  if (res.status !== 302) throw new Error(`login start answered ${res.status}`);
  const location = new URL(res.headers.get('location')!);
  return {
    location,
    samlRequest: location.searchParams.get('SAMLRequest') ?? '',
    relayState: location.searchParams.get('RelayState') ?? '',
  };
}

/** Posts a (base64) SAMLResponse to the ACS as the IdP's auto-submitting form would. */
export function postToAcs(
  client: HttpClient,
  samlResponse: string,
  options: { idp?: string; relayState?: string } = {},
): Promise<TestResponse<string>> {
  const body = new URLSearchParams({ SAMLResponse: samlResponse });
  if (options.relayState) body.set('RelayState', options.relayState);
  return client.request('POST', `/auth/saml/${options.idp ?? 'eid'}/acs`, {
    body: body.toString(),
    headers: FORM,
  });
}

function hiddenValue(html: string, name: string): string | undefined {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The development IdP's answer for `persona` to a started login: the SAMLResponse to post. */
export async function devIdpResponse(
  client: HttpClient,
  started: { samlRequest: string; relayState: string },
  persona: PersonaName,
): Promise<{ samlResponse: string; relayState: string }> {
  const body = new URLSearchParams({
    SAMLRequest: started.samlRequest,
    RelayState: started.relayState,
    persona,
  });
  const res = await client.request<string>('POST', '/dev-idp/respond', {
    body: body.toString(),
    headers: FORM,
  });
  const samlResponse = hiddenValue(res.text, 'SAMLResponse');
  if (res.status !== 200 || !samlResponse) throw new Error(`dev IdP answered ${res.status}`);
  return { samlResponse, relayState: hiddenValue(res.text, 'RelayState') ?? '' };
}

/** A client (new unless given) logged in as `persona` through the whole SAML path. */
export async function loginAs(
  app: TestApp,
  persona: PersonaName,
  client: HttpClient = app.client(),
): Promise<HttpClient> {
  const started = await startSamlLogin(client);
  const answer = await devIdpResponse(client, started, persona);
  const res = await postToAcs(client, answer.samlResponse, { relayState: answer.relayState });
  if (res.status !== 302) throw new Error(`ACS answered ${res.status}`);
  return client;
}

/** Logs a Playwright page in as `persona` through the development IdP; ends on `returnTo`. */
export async function loginInBrowser(
  page: Page,
  appUrl: string,
  persona: PersonaName,
  returnTo = '/mina-sidor',
): Promise<void> {
  await page.goto(`${appUrl}/auth/saml/eid/login?returnTo=${encodeURIComponent(returnTo)}`);
  await page.locator(`button[data-persona="${persona}"]`).click();
  await page.waitForURL(`${appUrl}${returnTo}`);
}
