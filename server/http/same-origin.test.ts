// CSRF: a state-changing request carrying the session cookie is refused (403) unless its Origin,
// or lacking one its Referer, is PUBLIC_URL's origin. Safe methods, cookie-less requests and the
// SAML ACS (protected by the signed response) are not affected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { signedInUser } from '../../test/helpers/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('same-origin check for writes with a session cookie', () => {
  it('refuses a foreign Origin with 403 and changes nothing', async () => {
    const { client } = await signedInUser(app, { givenName: 'Kim', surname: 'Ås' });
    const res = await client.patch(
      '/api/v1/me',
      { nameDisplay: 'initial' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await client.get('/api/v1/me')).body.data.displayName).toBe('Kim Ås');
  });

  it('refuses a logout posted from another site (the session survives)', async () => {
    const { client } = await signedInUser(app);
    expect(
      (await client.post('/auth/logout', undefined, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await client.get('/api/v1/me')).status).toBe(200);
  });

  it('refuses Origin "null" and a look-alike origin', async () => {
    const { client } = await signedInUser(app);
    for (const origin of [
      'null',
      `${app.origin}.evil.example`,
      app.origin.replace('http:', 'https:'),
    ]) {
      const res = await client.patch('/api/v1/me', { nameDisplay: 'initial' }, { origin });
      expect(res.status, origin).toBe(403);
    }
  });

  it('falls back to the Referer: foreign refused, own accepted', async () => {
    const { client } = await signedInUser(app);
    const foreign = await client.patch(
      '/api/v1/me',
      { nameDisplay: 'initial' },
      {
        origin: null,
        headers: { referer: 'https://evil.example/page' },
      },
    );
    expect(foreign.status).toBe(403);
    const own = await client.patch(
      '/api/v1/me',
      { nameDisplay: 'initial' },
      {
        origin: null,
        headers: { referer: `${app.url}/mina-sidor` },
      },
    );
    expect(own.status).toBe(200);
  });

  it('refuses a write with neither Origin nor Referer', async () => {
    const { client } = await signedInUser(app);
    const res = await client.patch('/api/v1/me', { nameDisplay: 'initial' }, { origin: null });
    expect(res.status).toBe(403);
  });

  it('accepts the own origin', async () => {
    const { client } = await signedInUser(app);
    expect((await client.patch('/api/v1/me', { nameDisplay: 'full' })).status).toBe(200);
  });

  it('does not affect safe methods or requests without a session cookie', async () => {
    const { client } = await signedInUser(app);
    expect((await client.get('/api/v1/me', { origin: 'https://evil.example' })).status).toBe(200);
    const anonymous = await app
      .client()
      .patch('/api/v1/me', { nameDisplay: 'full' }, { origin: 'https://evil.example' });
    expect(anonymous.status).toBe(401);
  });

  it('exempts the SAML ACS (the IdP posts cross-site); the response itself is then judged', async () => {
    const { client } = await signedInUser(app);
    const res = await client.request('POST', '/auth/saml/eid/acs', {
      origin: 'https://idp.example',
      body: new URLSearchParams({
        SAMLResponse: Buffer.from('<x/>').toString('base64'),
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(401);
    expect(res.text).toContain('<h1>Inloggningen misslyckades</h1>');
  });
});
