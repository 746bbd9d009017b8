// Public answers from the cache: an anonymous read is answered from memory with an ETag (304 on a
// match) and a short public max-age; a write of the family makes the next read fresh at once;
// signed-in callers are never served from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { signedInUser } from '../helpers/factories';
import { opened } from '../helpers/proposals';

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
});
