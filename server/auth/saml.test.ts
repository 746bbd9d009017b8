// The SAML service provider against a test IdP whose key pair is generated here: real XML signed
// with xml-crypto and encrypted for the SP certificate, posted to the ACS over HTTP. One honest
// login succeeds; every forgery is refused with 401/403, a page (not a 500), and no session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import type { HttpClient } from '../../test/helpers/http';
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
import { buildAssertionXml, newSamlId } from './dev-idp/response';
import { SamlRequest, SeenAssertion, sweepSamlStore } from './saml/store';
import { SESSION_COOKIE } from './session';

let app: TestApp;
let idp: KeyPair;
let otherKey: KeyPair;
let spCert: string;

const person: Citizen = { personnummer: '198203149876', givenName: 'Maja', surname: 'Ström' };

beforeAll(async () => {
  [idp, otherKey] = await Promise.all([generateKeyPair(), generateKeyPair('attacker')]);
  app = await startTestApp(testIdpEnv(idp));
  spCert = await spEncryptionCert(app);
});
afterAll(async () => {
  await app?.close();
});

/** Starts a login, lets `forge` alter the honest answer, posts it; returns client and answer. */
async function attempt(
  forge: (options: SamlResponseOptions) => SamlResponseOptions | Promise<SamlResponseOptions> = (
    o,
  ) => o,
  who: Citizen = person,
) {
  const client = app.client();
  const started = await startedRequestId(client, '/forslag');
  const options = await forge(honestResponse(app, idp, spCert, started.id, who));
  const samlResponse = await buildSamlResponse(options);
  const res = await postToAcs(client, samlResponse, { relayState: started.relayState });
  return { client, res, samlResponse, started };
}

async function sessionCount(): Promise<number> {
  return (await mongoose.connection.db?.collection('sessions').countDocuments({})) ?? 0;
}

async function expectRefused(
  outcome: { client: HttpClient; res: { status: number; text: string } },
  status: 401 | 403 = 401,
) {
  expect(outcome.res.status).toBe(status);
  expect(outcome.res.text).toContain('<h1>Inloggningen misslyckades</h1>');
  expect(outcome.client.cookies.has(SESSION_COOKIE)).toBe(false);
  expect((await outcome.client.get('/api/v1/me')).status).toBe(401);
}

describe('login request', () => {
  it('is a signed HTTP-Redirect AuthnRequest with the hardened options', async () => {
    const client = app.client();
    const res = await client.get('/auth/saml/eid/login?returnTo=/moten');
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe('https://idp.example.test/sso');
    expect(location.searchParams.get('SigAlg')).toBe(
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    );
    expect(location.searchParams.get('Signature')).toBeTruthy();
    expect(location.searchParams.get('RelayState')).toBe('/moten');
    const { requestXml } = await startedRequestId(client);
    expect(requestXml).toContain('ForceAuthn="true"');
    expect(requestXml).toContain('urn:oasis:names:tc:SAML:2.0:nameid-format:persistent');
    expect(requestXml).toContain('Comparison="exact"');
    expect(requestXml).toContain('http://id.elegnamnden.se/loa/1.0/loa3');
    expect(requestXml).not.toContain('http://id.elegnamnden.se/loa/1.0/loa2');
  });

  it('answers an unknown IdP with 401 and a page', async () => {
    const res = await app.client().get('/auth/saml/nope/login');
    expect(res.status).toBe(401);
    expect(res.text).toContain('<h1>');
  });
});

describe('development IdP', () => {
  it('does not exist when a real IdP is configured (DEV_IDP off)', async () => {
    const res = await app.client().request('POST', '/dev-idp/respond', {
      body: 'persona=admin',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(404);
    const idps = await app.client().get('/api/v1/auth/idps');
    expect(idps.body.data.map((i: { name: string }) => i.name)).toEqual(['eid']);
  });
});

describe('metadata', () => {
  it('publishes keys, the POST ACS, a Swedish display name, organisation and entity category', async () => {
    const res = await app.client().get('/auth/saml/eid/metadata');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('xml');
    expect(res.text).toContain(`entityID="${app.url}/auth/saml/eid/metadata"`);
    expect(res.text).toContain('use="signing"');
    expect(res.text).toContain('use="encryption"');
    expect(res.text).toContain(
      `Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${app.url}/auth/saml/eid/acs"`,
    );
    expect(res.text).toMatch(/<mdui:DisplayName xml:lang="sv">[^<]+<\/mdui:DisplayName>/);
    expect(res.text).toContain('<md:Organization>');
    expect(res.text).toContain('http://id.elegnamnden.se/ec/1.0/loa3-pnr');
  });
});

describe('ACS: an honest response', () => {
  it('logs in under a new session and redirects to returnTo', async () => {
    const anonymous = app.client();
    await anonymous.get('/auth/saml/eid/login'); // no session is created before login
    const { client, res } = await attempt();
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/forslag');
    expect(client.cookies.has(SESSION_COOKIE)).toBe(true);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.data.displayName).toBe('Maja Ström');
    expect(me.body.data.roles).toEqual([{ role: 'citizen' }]);
    expect(JSON.stringify(me.body)).not.toContain(person.personnummer);
  });

  it('stores no personnummer anywhere in the user record', async () => {
    const users = await mongoose.connection.db!.collection('users').find({}).toArray();
    expect(users.length).toBeGreaterThan(0);
    expect(JSON.stringify(users)).not.toContain(person.personnummer);
  });
});

describe('ACS: forgeries are refused with no session', () => {
  it('an unsigned response (neither response nor assertion signed)', async () => {
    const before = await sessionCount();
    await expectRefused(
      await attempt((o) => ({ ...o, signResponse: false, signAssertion: false })),
    );
    expect(await sessionCount()).toBe(before);
  });

  it('a response whose own signature is missing (only the assertion signed)', async () => {
    await expectRefused(await attempt((o) => ({ ...o, signResponse: false })));
  });

  it('a response signed with another key', async () => {
    await expectRefused(
      await attempt((o) => ({ ...o, idpKey: otherKey.key, idpCert: otherKey.cert })),
    );
  });

  it('an assertion that expired (beyond the 60 s clock skew)', async () => {
    const now = Date.now();
    await expectRefused(
      await attempt((o) => ({
        ...o,
        notBefore: new Date(now - 20 * 60_000),
        notOnOrAfter: new Date(now - 2 * 60_000),
      })),
    );
  });

  it('an assertion not yet valid', async () => {
    const now = Date.now();
    await expectRefused(
      await attempt((o) => ({
        ...o,
        notBefore: new Date(now + 5 * 60_000),
        notOnOrAfter: new Date(now + 10 * 60_000),
      })),
    );
  });

  it('a wrong audience', async () => {
    await expectRefused(
      await attempt((o) => ({ ...o, audience: 'https://other-sp.example/metadata' })),
    );
  });

  it('a wrong recipient', async () => {
    await expectRefused(
      await attempt((o) => ({ ...o, recipient: 'https://other-sp.example/acs' })),
    );
  });

  it('a wrong destination', async () => {
    await expectRefused(
      await attempt((o) => ({ ...o, destination: 'https://other-sp.example/acs' })),
    );
  });

  it('a wrong issuer', async () => {
    await expectRefused(await attempt((o) => ({ ...o, idpEntityId: 'https://evil.example/idp' })));
  });

  it('an unknown InResponseTo', async () => {
    await expectRefused(await attempt((o) => ({ ...o, inResponseTo: newSamlId() })));
  });

  it('an unsolicited response (no InResponseTo)', async () => {
    await expectRefused(await attempt((o) => ({ ...o, inResponseTo: undefined })));
  });

  it('an InResponseTo whose request expired (older than 10 minutes)', async () => {
    await expectRefused(
      await attempt(async (o) => {
        await SamlRequest.updateOne(
          { _id: o.inResponseTo },
          { $set: { expiresAt: new Date(Date.now() - 1000) } },
        );
        return o;
      }),
    );
  });

  it('a reused InResponseTo (a fresh assertion for an already answered request)', async () => {
    const first = await attempt();
    expect(first.res.status).toBe(302);
    const client = app.client();
    const again = await buildSamlResponse(
      honestResponse(app, idp, spCert, first.started.id, person),
    );
    const res = await postToAcs(client, again, { relayState: '/' });
    await expectRefused({ client, res });
  });

  it('the same response posted twice', async () => {
    const first = await attempt();
    expect(first.res.status).toBe(302);
    const client = app.client();
    const res = await postToAcs(client, first.samlResponse);
    await expectRefused({ client, res });
  });

  it('an AuthnContextClassRef below the required level (403)', async () => {
    await expectRefused(
      await attempt((o) => ({ ...o, loa: 'http://id.elegnamnden.se/loa/1.0/loa2' })),
      403,
    );
  });

  it('an AuthnContextClassRef that was not requested (403)', async () => {
    await expectRefused(
      await attempt((o) => ({ ...o, loa: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Password' })),
      403,
    );
  });

  it.each([
    ['no SAMLResponse at all', ''],
    ['a SAMLResponse that is not XML', 'SAMLResponse=bm90IHhtbA%3D%3D'],
    ['a SAMLResponse that is not base64', 'SAMLResponse=%25%25%25'],
  ])('%s', async (_what, body) => {
    const client = app.client();
    const res = await client.request('POST', '/auth/saml/eid/acs', {
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    await expectRefused({ client, res });
  });

  it('a JSON post to the ACS', async () => {
    const client = app.client();
    const res = await client.post('/auth/saml/eid/acs', { SAMLResponse: 42 });
    await expectRefused({ client, res });
  });

  it('a response without a personnummer', async () => {
    await expectRefused(
      await attempt((o) => ({
        ...o,
        attributes: { 'urn:oid:2.5.4.42': 'Maja' },
      })),
    );
  });
});

describe('ACS: signature wrapping and comment injection', () => {
  const victim: Citizen = { personnummer: '195507071234', givenName: 'Vera', surname: 'Offer' };

  function forgedAssertion(o: SamlResponseOptions): string {
    // The attacker's own, unsigned assertion naming the victim.
    return buildAssertionXml({
      ...o,
      attributes: { ...honestResponse(app, idp, spCert, o.inResponseTo!, victim).attributes },
    });
  }

  it('refuses a second, unsigned assertion beside the signed one', async () => {
    await expectRefused(
      await attempt((o) => ({
        ...o,
        tamperResponse: (xml) =>
          xml.replace('</samlp:Response>', `${forgedAssertion(o)}</samlp:Response>`),
      })),
    );
  });

  it('refuses it also when the attacker drops the response signature', async () => {
    await expectRefused(
      await attempt((o) => ({
        ...o,
        signResponse: false,
        tamperResponse: (xml) =>
          xml.replace('</samlp:Response>', `${forgedAssertion(o)}</samlp:Response>`),
      })),
    );
  });

  it('refuses the signed response wrapped inside a forged one (XSW)', async () => {
    await expectRefused(
      await attempt((o) => ({
        ...o,
        tamperResponse: (signed) => {
          const inner = signed.replace(/^<\?xml[^>]*>/, '');
          return (
            `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
            `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newSamlId()}" Version="2.0" ` +
            `IssueInstant="${new Date().toISOString()}" Destination="${o.acsUrl}" InResponseTo="${o.inResponseTo}">` +
            `<saml:Issuer>${o.idpEntityId}</saml:Issuer>` +
            `<samlp:Extensions>${inner}</samlp:Extensions>` +
            `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
            `${forgedAssertion(o)}</samlp:Response>`
          );
        },
      })),
    );
  });

  it('a comment injected into the NameID and the personnummer does not change identity', async () => {
    const honest = await attempt((o) => ({ ...o, spCert: undefined }));
    expect(honest.res.status).toBe(302);
    const honestId = (await honest.client.get('/api/v1/me')).body.data.id as string;

    const { personnummer } = person;
    const injected = await attempt((o) => ({
      ...o,
      // In clear, so the "attacker" can edit after signing; exclusive c14n ignores comments, so
      // both signatures still verify.
      spCert: undefined,
      tamperResponse: (xml) => {
        const out = xml
          .replace(`>${o.nameId}<`, `>${o.nameId.slice(0, 4)}<!--x-->${o.nameId.slice(4)}<`)
          .replace(
            `>${personnummer}<`,
            `>${personnummer.slice(0, 8)}<!---->${personnummer.slice(8)}<`,
          );
        expect(out.match(/<!--/g)).toHaveLength(2);
        return out;
      },
    }));
    // The signatures still verify (comments are outside c14n), so the login goes through, and
    // the values are read whole: the same person as before, not one named by a text fragment.
    expect(injected.res.status).toBe(302);
    const me = await injected.client.get('/api/v1/me');
    expect(me.body.data.id).toBe(honestId);
  });
});

describe('SAML state in MongoDB', () => {
  it('the sweep removes expired request ids and assertion ids, keeps live ones', async () => {
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 60_000);
    await SamlRequest.create([
      { _id: '_old', value: 'x', createdAt: past, expiresAt: past },
      { _id: '_new', value: 'x', createdAt: past, expiresAt: future },
    ]);
    await SeenAssertion.create([
      { assertionId: '_seen-old', idp: 'eid', expiresAt: past },
      { assertionId: '_seen-new', idp: 'eid', expiresAt: future },
    ]);
    await sweepSamlStore();
    expect(await SamlRequest.exists({ _id: '_old' })).toBeNull();
    expect(await SamlRequest.exists({ _id: '_new' })).not.toBeNull();
    expect(await SeenAssertion.exists({ assertionId: '_seen-old' })).toBeNull();
    expect(await SeenAssertion.exists({ assertionId: '_seen-new' })).not.toBeNull();
  });
});
