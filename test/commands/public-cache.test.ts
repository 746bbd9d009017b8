// Public answers from the cache: an anonymous read is answered from memory with an ETag (304 on a
// match) and a short public max-age; a write of the family makes the next read fresh at once;
// signed-in callers are never served from it. The start page's coming meetings and the meeting
// page are served the same way, fresh after a change to the meeting or its agenda.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { signedInUser } from '../helpers/factories';
import { opened } from '../helpers/proposals';
import { createMeeting, makeBody, secretaryOf } from '../helpers/records';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the public answer cache', () => {
  it('answers anonymous reads with an ETag and 304, fresh after a write', async () => {
    const anonymous = app.client();
    const first = await anonymous.get('/api/v1/proposals');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=5');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);

    const again = await anonymous.get('/api/v1/proposals', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);

    const proposal = await opened(app);
    const after = await anonymous.get('/api/v1/proposals', { headers: { 'if-none-match': etag! } });
    expect(after.status).toBe(200);
    expect(after.body.data.map((p: { id: string }) => p.id)).toContain(proposal.id);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('never serves a signed-in caller from the public cache', async () => {
    const { client } = await signedInUser(app);
    const res = await client.get('/api/v1/proposals');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it('answers bad input with 400, not a cached success', async () => {
    const res = await app.client().get('/api/v1/proposals?sort=sideways');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it('serves the coming meetings and the meeting page from it, fresh after a change', async () => {
    const bodyId = await makeBody('Cachenämnden');
    const { client: secretary } = await secretaryOf(app, bodyId);
    const meeting = await createMeeting(secretary, bodyId, { titles: ['Budget 2027'] });
    const anonymous = app.client();

    const list = await anonymous.get('/api/v1/meetings?when=upcoming&pageSize=5');
    expect(list.status).toBe(200);
    expect(list.headers.get('cache-control')).toBe('public, max-age=5');
    const listTag = list.headers.get('etag')!;
    const page = await anonymous.get(`/api/v1/meetings/${meeting.id}`);
    expect(page.status).toBe(200);
    expect(page.body.data.canManage).toBe(false);
    expect(page.headers.get('cache-control')).toBe('public, max-age=5');
    const pageTag = page.headers.get('etag')!;
    const notModified = { headers: { 'if-none-match': pageTag } };
    expect((await anonymous.get(`/api/v1/meetings/${meeting.id}`, notModified)).status).toBe(304);

    // A new agenda item (another command family than the meeting's own) shows at once.
    const added = await secretary.post(`/api/v1/meetings/${meeting.id}/agenda-items`, {
      title: 'Ny punkt om cykelvägar',
    });
    expect(added.status).toBe(201);
    const fresh = await anonymous.get(`/api/v1/meetings/${meeting.id}`, notModified);
    expect(fresh.status).toBe(200);
    expect(fresh.body.data.items.map((i: { title: string }) => i.title)).toContain(
      'Ny punkt om cykelvägar',
    );
    const freshList = await anonymous.get('/api/v1/meetings?when=upcoming&pageSize=5', {
      headers: { 'if-none-match': listTag },
    });
    expect(freshList.status).toBe(200);
    expect(freshList.headers.get('etag')).not.toBe(listTag);

    // The secretary's own view (canManage) is never the cached public one, nor cacheable.
    const own = await secretary.get(`/api/v1/meetings/${meeting.id}`);
    expect(own.body.data.canManage).toBe(true);
    expect(own.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it('does not keep a draft meeting’s refusal, nor show the draft', async () => {
    const bodyId = await makeBody('Utkastnämnden');
    const { client: secretary } = await secretaryOf(app, bodyId);
    const draft = await createMeeting(secretary, bodyId, { publish: false });
    const anonymous = app.client();
    expect((await anonymous.get(`/api/v1/meetings/${draft.id}`)).status).toBe(404);
    expect((await secretary.post(`/api/v1/meetings/${draft.id}/publish`)).status).toBe(200);
    expect((await anonymous.get(`/api/v1/meetings/${draft.id}`)).status).toBe(200);
  });
});
