// The development IdP and mailbox exist only on a development machine: with an https PUBLIC_URL
// and no IdP they are not there (anyone could log in as admin and read everyone's mail); with
// DEV_IDP=on they are, on purpose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';

const JSON_ONLY = { accept: 'application/json' };

async function devRoutes(app: TestApp) {
  const client = app.client();
  const respond = await client.request('POST', '/dev-idp/respond', {
    body: 'persona=admin',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  const mailbox = await client.get('/dev-mailbox.json', { headers: JSON_ONLY });
  const idps = await client.get('/api/v1/auth/idps');
  return {
    respond: respond.status,
    mailbox: mailbox.status,
    idps: (idps.body.data as Array<{ name: string }>).map((i) => i.name),
  };
}

describe('an https PUBLIC_URL without any IdP configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL: 'https://motesplats.kommun.example' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has no development IdP and no mailbox', async () => {
    expect(app.config.devIdp).toBe(false);
    expect(await devRoutes(app)).toEqual({ respond: 404, mailbox: 404, idps: [] });
  });
});

describe('DEV_IDP=on with an https PUBLIC_URL (on purpose, e.g. a test server)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL: 'https://test.kommun.example', DEV_IDP: 'on' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has the development IdP and the mailbox', async () => {
    const routes = await devRoutes(app);
    expect(routes.respond).toBe(400); // the route exists; the post lacks a SAMLRequest
    expect(routes.mailbox).toBe(200);
    expect(routes.idps).toEqual(['eid']);
  });
});
