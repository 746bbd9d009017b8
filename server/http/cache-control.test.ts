// Personal answers are never kept by a cache: every API answer to a signed-in request carries
// `Cache-Control: private, no-store`, and every API answer varies by Cookie, so a shared cache
// never hands one person's answer to another. Anonymous public answers stay cacheable.
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

const personal = [
  '/api/v1/me',
  '/api/v1/me/export',
  '/api/v1/notifications',
  '/api/v1/notification-settings',
  '/api/v1/proposals/mine',
  '/api/v1/bodies',
  '/api/v1/proposals',
];

describe('Cache-Control of API answers', () => {
  it.each(personal)('%s answers a signed-in person with private, no-store', async (path) => {
    const { client } = await signedInUser(app, { roles: ['citizen', 'admin'] });
    const res = await client.get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/\bno-store\b/);
    expect(res.headers.get('vary')).toMatch(/\bCookie\b/i);
  });

  it('an error answer to a signed-in person is not stored either', async () => {
    const { client } = await signedInUser(app);
    const res = await client.get('/api/v1/admin/users');
    expect(res.status).toBe(403);
    expect(res.headers.get('cache-control')).toMatch(/\bno-store\b/);
  });

  it.each(['/api/v1/bodies', '/api/v1/proposals'])(
    '%s answers anonymous callers without no-store, varying by Cookie',
    async (path) => {
      const res = await app.client().get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control') ?? '').not.toContain('no-store');
      expect(res.headers.get('vary')).toMatch(/\bCookie\b/i);
    },
  );
});
