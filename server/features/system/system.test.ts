// The skeleton's public surface: health, readiness, OpenAPI, error shapes, security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('health and readiness', () => {
  it('GET /healthz answers ok', async () => {
    const res = await app.client().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers ok when the database answers', async () => {
    const res = await app.client().get('/readyz');
    expect(res.status).toBe(200);
  });
});

describe('operations endpoints left unconfigured', () => {
  it('answers /metrics with 404 when METRICS_TOKEN is not set, token or not', async () => {
    const variants: Array<Record<string, string>> = [{}, { authorization: 'Bearer anything-here' }];
    for (const headers of variants) {
      const res = await app.client().get('/metrics', { headers });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('answers /.well-known/security.txt with 404 when SECURITY_CONTACT is not set', async () => {
    const res = await app.client().get('/.well-known/security.txt');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document', async () => {
    const res = await app.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/api/v1/openapi.json'].get.summary).toBeTruthy();
  });
});

describe('errors', () => {
  it('answers an unknown API path with a JSON 404', async () => {
    const res = await app.client().get('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('answers malformed JSON with 400 validation_failed, not 500', async () => {
    const res = await app.client().request('POST', '/api/v1/anything', {
      body: '{"broken":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers an over-large JSON body with 413 too_large', async () => {
    const res = await app.client().request('POST', '/api/v1/anything', {
      body: JSON.stringify({ x: 'a'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy without inline script', async () => {
    const res = await app.client().get('/healthz');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the client shell for page paths (SPA fallback)', async () => {
    const res = await app.client().get('/moten', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<div id="root">');
  });
});
