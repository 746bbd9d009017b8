// Login CSRF: a valid response for a login started in another browser (e.g. an attacker's own,
// posted from the victim's browser by a hostile page) is refused; the starting browser succeeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { postToAcs } from '../../test/helpers/saml';
import {
  buildSamlResponse,
  generateKeyPair,
  honestResponse,
  spEncryptionCert,
  startedRequestId,
  testIdpEnv,
  type KeyPair,
} from '../../test/helpers/saml-idp';
import { SESSION_COOKIE } from './session';

let app: TestApp;
let idp: KeyPair;
const attacker = { personnummer: '198811112222', givenName: 'Angela', surname: 'Angripare' };

beforeAll(async () => {
  idp = await generateKeyPair();
  app = await startTestApp(testIdpEnv(idp));
});
afterAll(async () => {
  await app?.close();
});

describe('a login is bound to the browser that started it', () => {
  it('sets a short-lived HttpOnly cookie for the request at /login', async () => {
    const client = app.client();
    const started = await startedRequestId(client);
    const res = await client.get('/auth/saml/eid/login');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mp\.saml\._[0-9a-f]+=1; Max-Age=600; Path=\/auth\/saml\/;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(client.cookies.has(`mp.saml.${started.id}`)).toBe(true);
  });

  it('refuses a valid response posted from another browser (login CSRF)', async () => {
    const attackerBrowser = app.client();
    const started = await startedRequestId(attackerBrowser);
    const response = await buildSamlResponse(
      honestResponse(app, idp, await spEncryptionCert(app), started.id, attacker),
    );
    const victim = app.client();
    const res = await postToAcs(victim, response);
    expect(res.status).toBe(401);
    expect(victim.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await victim.get('/api/v1/me')).status).toBe(401);
  });

  it('accepts it from the browser that started it, and clears the binding cookie', async () => {
    const browser = app.client();
    const started = await startedRequestId(browser);
    const response = await buildSamlResponse(
      honestResponse(app, idp, await spEncryptionCert(app), started.id, attacker),
    );
    const res = await postToAcs(browser, response, { relayState: started.relayState });
    expect(res.status).toBe(302);
    expect(browser.cookies.has(`mp.saml.${started.id}`)).toBe(false);
    expect((await browser.get('/api/v1/me')).body.data.displayName).toBe('Angela Angripare');
  });
});
