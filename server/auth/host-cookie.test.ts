// Over https the session cookie is `__Host-mp.sid`: Secure, Path=/, no Domain, so a sibling
// subdomain can neither plant nor overwrite it. The app here sits behind a (simulated) TLS proxy:
// PUBLIC_URL is https, TRUST_PROXY is on and every request says X-Forwarded-Proto: https. Login,
// the API, sockets and logout all use the prefixed name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { HttpClient, type RequestOptions, type TestResponse } from '../../test/helpers/http';
import { devIdpResponse, startSamlLogin } from '../../test/helpers/saml';
import { connectSocket } from '../../test/helpers/socket';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from './session';

const PUBLIC_URL = 'https://motesplats.kommun.example';

/** A browser on https://… whose requests reach the app through the TLS-terminating proxy. */
class BehindTlsProxy extends HttpClient {
  override request<T = any>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<TestResponse<T>> {
    return super.request<T>(method, path, {
      ...options,
      headers: { 'x-forwarded-proto': 'https', ...options.headers },
    });
  }
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PUBLIC_URL, TRUST_PROXY: 'on', DEV_IDP: 'on' });
});
afterAll(async () => {
  await app?.close();
});

describe('the session cookie over https', () => {
  it('is __Host-mp.sid with Secure and Path=/, no Domain; API, sockets and logout use it', async () => {
    const client = new BehindTlsProxy(app.url, PUBLIC_URL);
    const started = await startSamlLogin(client, { returnTo: '/mina-sidor' });
    const answer = await devIdpResponse(client, started, 'citizen');
    const acs = await client.request('POST', '/auth/saml/eid/acs', {
      body: new URLSearchParams({
        SAMLResponse: answer.samlResponse,
        RelayState: answer.relayState,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(acs.status).toBe(302);
    const line = acs.headers.getSetCookie().find((c) => c.startsWith(`${SECURE_SESSION_COOKIE}=`));
    expect(line).toBeDefined();
    expect(line).toMatch(/;\s*Secure/i);
    expect(line).toMatch(/;\s*Path=\/(;|$)/i);
    expect(line).toMatch(/;\s*HttpOnly/i);
    expect(line).not.toMatch(/Domain=/i);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);

    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);

    // The socket handshake reads the same cookie.
    const socket = await connectSocket(app, client, { origin: PUBLIC_URL });
    try {
      expect(
        (await app.server.ctx.io.in(`user:${me.body.data.id as string}`).fetchSockets()).length,
      ).toBe(1);
    } finally {
      socket.disconnect();
    }

    // A write with the cookie from a foreign origin is refused (the CSRF check knows the name).
    const foreign = await client.patch(
      '/api/v1/me',
      { nameDisplay: 'initial' },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);

    const logout = await client.post('/auth/logout');
    expect(logout.status).toBe(204);
    const cleared = logout.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${SECURE_SESSION_COOKIE}=`));
    // Browsers accept the clearing of a __Host- cookie only when it is Secure too.
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/i);
    expect(cleared).toMatch(/;\s*Secure/i);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });
});
