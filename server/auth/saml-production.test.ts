// The SAML service provider with production's defaults (NODE_ENV=production): assertions must
// arrive encrypted for our SP key, and the IdP's issuer is required and checked. Real XML, signed
// by a test IdP whose keys are generated here, posted to the ACS over HTTP.
import { randomBytes } from 'node:crypto';
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
  type Citizen,
  type KeyPair,
} from '../../test/helpers/saml-idp';
import type { SamlResponseOptions } from './dev-idp/response';
import { SESSION_COOKIE } from './session';

let app: TestApp;
let idp: KeyPair;
let spCert: string;
const person: Citizen = { personnummer: '196408230044', givenName: 'Pia', surname: 'Prod' };

beforeAll(async () => {
  let sp: KeyPair;
  [idp, sp] = await Promise.all([generateKeyPair(), generateKeyPair('sp')]);
  app = await startTestApp({
    ...testIdpEnv(idp),
    NODE_ENV: 'production',
    SECURITY_CONTACT: 'mailto:security@kommun.example',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PID_PEPPER: randomBytes(32).toString('hex'),
    SAML_SP_KEY: sp.key,
    SAML_SP_CERT: sp.cert,
  });
  spCert = await spEncryptionCert(app);
});
afterAll(async () => {
  await app?.close();
});

async function attempt(forge: (o: SamlResponseOptions) => SamlResponseOptions = (o) => o) {
  const client = app.client();
  const started = await startedRequestId(client, '/forslag');
  const options = forge(honestResponse(app, idp, spCert, started.id, person));
  const res = await postToAcs(client, await buildSamlResponse(options), {
    relayState: started.relayState,
  });
  return { client, res };
}

describe('SAML in production', () => {
  it('has encryption and the issuer check on by default', () => {
    expect(app.config.saml).toMatchObject({ requireEncrypted: true, requireIssuer: true });
  });

  it('refuses a signed assertion sent in clear (401, a page, no session)', async () => {
    const { client, res } = await attempt((o) => ({ ...o, spCert: undefined }));
    expect(res.status).toBe(401);
    expect(res.text).toContain('<h1>Inloggningen misslyckades</h1>');
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses an encrypted assertion from another issuer', async () => {
    const { client, res } = await attempt((o) => ({ ...o, idpEntityId: 'https://evil.example' }));
    expect(res.status).toBe(401);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('refuses an encrypted assertion beside a response issuer that differs', async () => {
    const { res } = await attempt((o) => ({
      ...o,
      tamperResponse: (xml) =>
        xml.replace(
          /(<samlp:Response[^>]*>)<saml:Issuer>[^<]*<\/saml:Issuer>/,
          '$1<saml:Issuer>https://evil.example</saml:Issuer>',
        ),
    }));
    expect(res.status).toBe(401);
  });

  it('accepts the honest, encrypted answer of the configured issuer', async () => {
    const { client, res } = await attempt();
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/forslag');
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.data.displayName).toBe('Pia Prod');
  });
});
