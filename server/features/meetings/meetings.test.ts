// Meetings over real HTTP: drafts, publishing, visibility, the calendar list, changes and removal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { AuditEntry } from '../../audit/model';
import { resolveSubject } from '../subjects';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';

let app: TestApp;
let bodyId: string;
let otherBodyId: string;
let secretary: HttpClient;
beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Kommunstyrelsen');
  otherBodyId = await makeBody('Barn- och utbildningsnämnden');
  secretary = (await secretaryOf(app, bodyId)).client;
});
afterAll(async () => {
  await app.close();
});

const newMeeting = (overrides: Record<string, unknown> = {}) => ({
  bodyId,
  title: 'Kommunstyrelsens sammanträde',
  startsAt: '2026-12-10T13:00:00+01:00',
  location: 'Sessionssalen',
  ...overrides,
});

describe('POST /api/v1/meetings', () => {
  it('401 anonymous, 403 citizen and secretary of another body', async () => {
    expect((await app.client().post('/api/v1/meetings', newMeeting())).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.post('/api/v1/meetings', newMeeting())).status).toBe(403);
    const { client: other } = await secretaryOf(app, otherBodyId);
    const res = await other.post('/api/v1/meetings', newMeeting());
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('400 naming the field for bad input', async () => {
    const noTime = await secretary.post('/api/v1/meetings', newMeeting({ startsAt: 'tomorrow' }));
    expect(noTime.status).toBe(400);
    expect(noTime.body.error.message).toMatch(/^startsAt/);
    const badStream = await secretary.post(
      '/api/v1/meetings',
      newMeeting({ streamUrl: 'javascript:alert(1)' }),
    );
    expect(badStream.status).toBe(400);
    expect(badStream.body.error.message).toMatch(/^streamUrl/);
    const badBody = await secretary.post(
      '/api/v1/meetings',
      newMeeting({ bodyId: 'x'.repeat(24) }),
    );
    expect(badBody.status).toBe(400);
  });

  it('creates a draft that only managers can see (404 for others)', async () => {
    const res = await secretary.post(
      '/api/v1/meetings',
      newMeeting({ streamUrl: 'https://play.example.se/ks' }),
    );
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      status: 'draft',
      bodyId,
      bodyName: 'Kommunstyrelsen',
      streamUrl: 'https://play.example.se/ks',
      items: [],
      canManage: true,
    });
    const id = res.body.data.id;
    expect((await secretary.get(`/api/v1/meetings/${id}`)).status).toBe(200);
    expect((await app.client().get(`/api/v1/meetings/${id}`)).status).toBe(404);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.get(`/api/v1/meetings/${id}`)).status).toBe(404);
    const list = await app.client().get('/api/v1/meetings');
    expect(list.body.data.map((m: { id: string }) => m.id)).not.toContain(id);
    const mine = await secretary.get('/api/v1/meetings?includeDrafts=true');
    expect(mine.body.data.map((m: { id: string }) => m.id)).toContain(id);
    expect(await resolveSubject('meeting', id)).toMatchObject({ public: false });
    expect(await AuditEntry.countDocuments({ action: 'meeting.create', 'subject.id': id })).toBe(1);
  });
});

describe('POST /api/v1/meetings/:id/publish', () => {
  it('401, 403, 400 without agenda items, then publishes; 409 the second time', async () => {
    const draft = (await secretary.post('/api/v1/meetings', newMeeting())).body.data;
    const path = `/api/v1/meetings/${draft.id}/publish`;
    expect((await app.client().post(path)).status).toBe(401);
    const { client: other } = await secretaryOf(app, otherBodyId);
    // The draft is invisible to a secretary of another body.
    expect((await other.post(path)).status).toBe(404);
    const empty = await secretary.post(path);
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/agenda/);
    await secretary.post(`/api/v1/meetings/${draft.id}/agenda-items`, { title: 'Budget 2027' });
    const published = await secretary.post(path);
    expect(published.status).toBe(200);
    expect(published.body.data.status).toBe('published');
    expect(published.body.data.publishedAt).toEqual(expect.any(String));
    expect((await secretary.post(path)).status).toBe(409);
    const seen = await app.client().get(`/api/v1/meetings/${draft.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.data.items.map((i: { title: string }) => i.title)).toEqual(['Budget 2027']);
    expect(seen.body.data.canManage).toBe(false);
    expect(await resolveSubject('meeting', draft.id)).toMatchObject({
      public: true,
      path: `/moten/${draft.id}`,
    });
  });
});

describe('GET /api/v1/meetings (calendar)', () => {
  it('lists published meetings with agenda items, filtered by body, time and date range', async () => {
    const documentId = await createDocument(secretary, bodyId);
    const { client: bun } = await secretaryOf(app, otherBodyId);
    const upcoming = await createMeeting(secretary, bodyId, {
      titles: ['Detaljplan för Åsen', 'Förskola i Norra'],
      documentIds: [documentId],
      startsAt: '2099-03-01T09:00:00+01:00',
    });
    const past = await createMeeting(bun, otherBodyId, { startsAt: '2020-05-01T09:00:00+02:00' });

    const all = await app.client().get('/api/v1/meetings?pageSize=100');
    expect(all.status).toBe(200);
    const found = all.body.data.find((m: { id: string }) => m.id === upcoming.id);
    expect(found.items).toHaveLength(2);
    expect(found.items[0]).toMatchObject({ number: 1, title: 'Detaljplan för Åsen' });
    expect(found.items[0].documents).toEqual([
      expect.objectContaining({ id: documentId, caseNumber: 'KS 2026/123', secrecy: 'public' }),
    ]);
    expect(all.body.total).toBe(all.body.data.length);

    const byBody = await app.client().get(`/api/v1/meetings?bodyId=${otherBodyId}`);
    expect(byBody.body.data.map((m: { id: string }) => m.id)).toEqual([past.id]);
    const coming = await app.client().get('/api/v1/meetings?when=upcoming');
    const comingIds = coming.body.data.map((m: { id: string }) => m.id);
    expect(comingIds).toContain(upcoming.id);
    expect(comingIds).not.toContain(past.id);
    const ranged = await app.client().get('/api/v1/meetings?from=2020-05-01&to=2020-05-01');
    expect(ranged.body.data.map((m: { id: string }) => m.id)).toEqual([past.id]);
    const bad = await app.client().get('/api/v1/meetings?from=igår');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^from/);
  });
});

describe('PATCH and DELETE /api/v1/meetings/:id', () => {
  it('changes a meeting, clears the stream URL with null, removes only drafts', async () => {
    const draft = (
      await secretary.post('/api/v1/meetings', newMeeting({ streamUrl: 'https://s.example/x' }))
    ).body.data;
    const path = `/api/v1/meetings/${draft.id}`;
    expect((await app.client().patch(path, { title: 'Ny' })).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.patch(path, { title: 'Ny' })).status).toBe(404);
    expect((await secretary.patch(path, {})).status).toBe(400);
    expect((await secretary.patch(path, { endsAt: '2026-12-10T09:00:00+01:00' })).status).toBe(400);
    const changed = await secretary.patch(path, { title: 'Extra sammanträde', streamUrl: null });
    expect(changed.status).toBe(200);
    expect(changed.body.data.title).toBe('Extra sammanträde');
    expect(changed.body.data.streamUrl).toBeUndefined();
    expect((await secretary.delete(path)).status).toBe(204);
    expect((await secretary.get(path)).status).toBe(404);

    const published = await createMeeting(secretary, bodyId);
    const refused = await secretary.delete(`/api/v1/meetings/${published.id}`);
    expect(refused.status).toBe(409);
  });
});
