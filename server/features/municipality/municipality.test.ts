// The municipality's profile: the first-start settings until an admin saves one; 401 → 400 → 403
// → saved; a colour without WCAG AA contrast refused with its code; a logo stored and served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    MUNICIPALITY_NAME: 'Testby kommun',
    REGISTRY_EMAIL: 'registrator@testby.se',
  });
});
afterAll(async () => {
  await app?.close();
});

const valid = {
  name: 'Ängsby kommun',
  primaryColor: '#1B4D2E',
  registry: {
    name: 'Kommunens registratur',
    email: 'registrator@angsby.se',
    phone: '0123-456 00',
    address: 'Stadshuset, Storgatan 1, 123 45 Ängsby',
  },
};
// A 1×1 PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('the municipality profile', () => {
  it('starts from the environment', async () => {
    const res = await app.client().get('/api/v1/municipality');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      name: 'Testby kommun',
      primaryColor: '#003b56',
      logoUrl: null,
      registry: { name: '', email: 'registrator@testby.se', phone: '', address: '' },
    });
  });

  it('is set by an administrator only: 401, 400, 403, then saved', async () => {
    expect((await app.client().put('/api/v1/municipality', valid)).status).toBe(401);
    const admin = await signedInUser(app, { roles: ['admin'] });
    const bad = await admin.client.put('/api/v1/municipality', { ...valid, primaryColor: 'green' });
    expect(bad.status).toBe(400);
    const citizen = await signedInUser(app);
    expect((await citizen.client.put('/api/v1/municipality', valid)).status).toBe(403);
    const saved = await admin.client.put('/api/v1/municipality', valid);
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ name: 'Ängsby kommun', primaryColor: '#1b4d2e' });
    const read = await app.client().get('/api/v1/municipality');
    expect(read.body.data.registry).toEqual(valid.registry);
  });

  it('refuses a primary colour without 4.5:1 contrast against white, with its code', async () => {
    const admin = await signedInUser(app, { roles: ['admin'] });
    const res = await admin.client.put('/api/v1/municipality', {
      ...valid,
      primaryColor: '#7fb2e5',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details[0]).toMatchObject({
      path: 'primaryColor',
      code: 'contrast_too_low',
      minimum: 4.5,
    });
    expect((await app.client().get('/api/v1/municipality')).body.data.name).toBe('Ängsby kommun');
  });

  it('stores a logo, serves it from a versioned address, and removes it', async () => {
    const admin = await signedInUser(app, { roles: ['admin'] });
    const notImage = await admin.client.put('/api/v1/municipality', {
      ...valid,
      logo: 'data:text/html;base64,PHNjcmlwdD4=',
    });
    expect(notImage.status).toBe(400);
    const saved = await admin.client.put('/api/v1/municipality', { ...valid, logo: PNG });
    expect(saved.body.data.logoUrl).toMatch(/^\/api\/v1\/municipality\/logo\?v=[0-9a-f]{16}$/);
    const logo = await fetch(`${app.url}${saved.body.data.logoUrl}`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(logo.headers.get('cache-control')).toContain('immutable');
    // Saving without `logo` keeps it; null removes it.
    expect((await admin.client.put('/api/v1/municipality', valid)).body.data.logoUrl).toBe(
      saved.body.data.logoUrl,
    );
    const removed = await admin.client.put('/api/v1/municipality', { ...valid, logo: null });
    expect(removed.body.data.logoUrl).toBeNull();
    expect((await fetch(`${app.url}/api/v1/municipality/logo`)).status).toBe(404);
  });

  it('refuses a first-start colour without contrast, naming the variable', async () => {
    const { loadConfig } = await import('../../config');
    expect(() => loadConfig({ NODE_ENV: 'test', MUNICIPALITY_COLOR: '#ffff00' })).toThrow(
      /MUNICIPALITY_COLOR/,
    );
  });

  it('is shown in OParl, the feeds and every e-mail', async () => {
    const admin = await signedInUser(app, { roles: ['admin'] });
    expect((await admin.client.put('/api/v1/municipality', valid)).status).toBe(200);
    const system = await app.client().get('/api/oparl/v1/system');
    expect(system.body).toMatchObject({
      name: 'Mötesplats – Ängsby kommun',
      contactEmail: 'registrator@angsby.se',
    });
    const body = await app.client().get('/api/oparl/v1/body');
    expect(body.body.data[0]).toMatchObject({
      name: 'Ängsby kommun',
      contactEmail: 'registrator@angsby.se',
      contactName: 'Kommunens registratur',
    });
    const atom = await fetch(`${app.url}/feeds/documents.atom`);
    expect(await atom.text()).toContain('<title>Ängsby kommun: nya handlingar och beslut</title>');
    const ics = await fetch(`${app.url}/feeds/meetings.ics`);
    expect(await ics.text()).toContain('X-WR-CALNAME:Ängsby kommun – sammanträden');

    const person = await signedInUser(app);
    const address = `person-${Date.now()}@example.se`;
    expect(
      (await person.client.put('/api/v1/notification-settings', { email: address })).status,
    ).toBe(200);
    const mails = (
      await app.client().get('/dev-mailbox.json', { headers: { accept: 'application/json' } })
    ).body.data as { to: string; text: string }[];
    const mail = mails.find((m) => m.to === address);
    expect(mail?.text).toMatch(
      /\n-- \nÄngsby kommun\nKommunens registratur\n0123-456 00\nregistrator@angsby\.se\n$/,
    );
  });
});
