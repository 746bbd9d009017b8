// The registry's contact over real HTTP: REGISTRY_* until an administrator saves the municipality's
// profile; then the profile's fields win, each field it leaves empty still from REGISTRY_*, and a
// request to see a document is mailed to the profile's address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { createDocument, makeBody, secretaryOf } from '../../../test/helpers/records';

const ENV = {
  REGISTRY_EMAIL: 'registrator@miljo.example.se',
  REGISTRY_NAME: 'Registraturen enligt miljön',
  REGISTRY_PHONE: '0123-11 11 11',
  REGISTRY_HOURS: 'Vardagar 9–16',
};
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(ENV);
});
afterAll(async () => {
  await app?.close();
});

type Mail = { to: string; subject: string; text: string };
const mails = async (): Promise<Mail[]> => (await app.client().get('/dev-mailbox.json')).body.data;
const registry = async () => (await app.client().get('/api/v1/registry')).body.data;

describe("the registry's contact", () => {
  it('comes from REGISTRY_* while no profile is saved', async () => {
    expect(await registry()).toEqual({
      name: ENV.REGISTRY_NAME,
      email: ENV.REGISTRY_EMAIL,
      phone: ENV.REGISTRY_PHONE,
      address: '',
      hours: ENV.REGISTRY_HOURS,
    });
    // The footer says the same.
    const profile = await app.client().get('/api/v1/municipality');
    expect(profile.body.data.registry).toEqual({
      name: ENV.REGISTRY_NAME,
      email: ENV.REGISTRY_EMAIL,
      phone: ENV.REGISTRY_PHONE,
      address: '',
    });
  });

  it("is the profile's once an administrator saves it, field by field, and requests go there", async () => {
    const admin = await signedInUser(app, { roles: ['admin'] });
    const saved = await admin.client.put('/api/v1/municipality', {
      name: 'Ängsby kommun',
      primaryColor: '#1b4d2e',
      registry: {
        name: 'Ängsby registratur',
        email: 'diarium@angsby.se',
        phone: '',
        address: 'Stadshuset, Storgatan 1, 123 45 Ängsby',
      },
    });
    expect(saved.status, saved.text).toBe(200);
    // The profile wins; the phone it leaves empty and the opening hours it has no field for are
    // still the environment's.
    const expected = {
      name: 'Ängsby registratur',
      email: 'diarium@angsby.se',
      phone: ENV.REGISTRY_PHONE,
      address: 'Stadshuset, Storgatan 1, 123 45 Ängsby',
    };
    expect(await registry()).toEqual({ ...expected, hours: ENV.REGISTRY_HOURS });
    expect((await app.client().get('/api/v1/municipality')).body.data.registry).toEqual(expected);

    const bodyId = await makeBody('Socialnämnden');
    const secretary = await secretaryOf(app, bodyId);
    const documentId = await createDocument(secretary.client, bodyId, {
      title: 'Utredning om placering',
      secrecy: 'confidential',
      secrecyReference: 'OSL 26 kap. 1 §',
    });
    const res = await app
      .client()
      .post<{ data: { reference: string } }>(`/api/v1/documents/${documentId}/requests`, {});
    expect(res.status).toBe(201);
    const { reference } = res.body.data;
    const about = (await mails()).filter((m) => m.text.includes(reference));
    expect(about.map((m) => m.to)).toEqual(['diarium@angsby.se']);
  });
});
