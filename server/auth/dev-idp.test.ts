// The development IdP end to end over HTTP: every persona logs in through real signed and
// encrypted SAML and sees their roles; the pages answer bad requests with 400, not 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import {
  devIdpResponse,
  loginAs,
  PERSONA_NAMES,
  PERSONAS,
  postToAcs,
  startSamlLogin,
} from '../../test/helpers/saml';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('development IdP', () => {
  it.each(PERSONA_NAMES)('logs in %s with their roles', async (persona) => {
    const client = await loginAs(app, persona);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.data.displayName).toBe(
      `${PERSONAS[persona].givenName} ${PERSONAS[persona].surname}`,
    );
    expect(me.body.data.roles).toEqual(PERSONAS[persona].roles);
    expect(JSON.stringify(me.body)).not.toContain(PERSONAS[persona].personnummer);
  });

  it('is the same user on a second login', async () => {
    const first = await (await loginAs(app, 'citizen')).get('/api/v1/me');
    const second = await (await loginAs(app, 'citizen')).get('/api/v1/me');
    expect(second.body.data.id).toBe(first.body.data.id);
  });

  it('redirects to the safe returnTo after login', async () => {
    const client = app.client();
    const started = await startSamlLogin(client, { returnTo: '/forslag?sida=2' });
    expect(started.location.pathname).toBe('/dev-idp');
    const answer = await devIdpResponse(client, started, 'secretary');
    const res = await postToAcs(client, answer.samlResponse, { relayState: answer.relayState });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/forslag?sida=2');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    '/..//evil.example',
    '/.%2E//evil.example',
  ])('refuses a foreign returnTo %s (goes to /)', async (returnTo) => {
    const client = app.client();
    const started = await startSamlLogin(client, { returnTo });
    const answer = await devIdpResponse(client, started, 'citizen');
    const res = await postToAcs(client, answer.samlResponse, { relayState: answer.relayState });
    expect(res.headers.get('location')).toBe('/');
  });

  it('answers a forged or incomplete respond post with 400, not a response', async () => {
    const client = app.client();
    const started = await startSamlLogin(client);
    const post = (fields: Record<string, string>) =>
      client.request('POST', '/dev-idp/respond', {
        body: new URLSearchParams(fields).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const noPersona = await post({ SAMLRequest: started.samlRequest, persona: 'king' });
    expect(noPersona.status).toBe(400);
    expect(noPersona.text).not.toContain('SAMLResponse');
    expect((await post({ SAMLRequest: 'x', persona: 'admin' })).status).toBe(400);
    expect((await post({})).status).toBe(400);
  });

  it('shows the personas for a valid request and 400 for a missing one', async () => {
    const client = app.client();
    const started = await startSamlLogin(client);
    const page = await client.get(`${started.location.pathname}${started.location.search}`);
    expect(page.status).toBe(200);
    for (const persona of PERSONA_NAMES) expect(page.text).toContain(`data-persona="${persona}"`);
    expect(page.text).not.toContain(PERSONAS.citizen.personnummer);
    const bad = await client.get('/dev-idp?SAMLRequest=garbage');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('<h1>');
  });
});
