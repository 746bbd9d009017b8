// The demo municipality: seeded through the real services, visible through the real API, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { bodyNames } from '../bodies';
import { seedRecords } from './seed';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await seedRecords(app.server.ctx);
});
afterAll(async () => {
  await app.close();
});

describe('demo records', () => {
  it('has the four bodies with members, in Swedish order', async () => {
    const res = await app.client().get('/api/v1/bodies');
    expect(res.body.data.map((b: { name: string }) => b.name)).toEqual([
      'Barn- och utbildningsnämnden',
      'Kommunfullmäktige',
      'Kommunstyrelsen',
      'Samhällsbyggnadsnämnden',
    ]);
    const ks = res.body.data.find((b: { name: string }) => b.name === 'Kommunstyrelsen');
    expect(ks.members[0]).toMatchObject({
      displayName: 'Anders Lindqvist',
      position: 'ordförande',
    });
  });

  it('has coming published meetings with agendas and documents, and no visible draft', async () => {
    const coming = await app.client().get('/api/v1/meetings?when=upcoming');
    // Fullmäktige, the executive board, and two committees.
    expect(coming.body.total).toBe(4);
    for (const meeting of coming.body.data) expect(meeting.items.length).toBeGreaterThan(0);
    const bun = coming.body.data.find(
      (m: { bodyName: string }) => m.bodyName === 'Barn- och utbildningsnämnden',
    );
    const document = bun.items[0].documents[0];
    const text = await app.client().get(`/api/v1/documents/${document.id}/text`);
    expect(text.body.data.text).toContain('förskola med sex avdelningar');
  });

  it('has past meetings with decisions and minutes on the notice board (current and archived)', async () => {
    const past = await app.client().get('/api/v1/meetings?when=past');
    expect(past.body.total).toBe(3);
    expect(past.body.data.every((m: { minutes?: unknown }) => m.minutes)).toBe(true);
    const current = await app.client().get('/api/v1/notice-board');
    expect(current.body.total).toBe(2);
    const archived = await app.client().get('/api/v1/notice-board?status=archived');
    expect(archived.body.total).toBe(1);
  });

  it('has confidential documents shown by metadata only', async () => {
    const docs = await app.client().get('/api/v1/documents?pageSize=100');
    const secret = docs.body.data.filter((d: { secrecy: string }) => d.secrecy === 'confidential');
    expect(secret.length).toBeGreaterThanOrEqual(1);
    expect((await app.client().get(`/api/v1/documents/${secret[0].id}/file`)).status).toBe(403);
  });

  it('is idempotent', async () => {
    await seedRecords(app.server.ctx);
    expect((await bodyNames()).size).toBe(4);
  });
});
