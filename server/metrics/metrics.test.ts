// GET /metrics on the real app: 401 without or with a wrong token, 200 with it, and the metrics
// named in docs/operations.md present after real HTTP, Socket.IO and database traffic, with route
// patterns instead of raw URLs. (404 without METRICS_TOKEN: server/features/system/system.test.ts.)
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { signedInUser } from '../../test/helpers/factories';
import { connectSocket } from '../../test/helpers/socket';
import { makeBody, realDocument } from '../../test/helpers/comments';

const TOKEN = 'metrics-token-for-the-test-0123456789';
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await app?.close();
});

const scrape = (authorization?: string) =>
  app.client().get('/metrics', { headers: authorization ? { authorization } : {} });

/** The value of one sample line, e.g. `name{label="x"} 3`; undefined when absent. */
function sample(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) {
      return Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return undefined;
}

describe('GET /metrics', () => {
  it('answers 401 without a token and with a wrong one', async () => {
    for (const header of [undefined, 'Bearer wrong-token-wrong-token', `Basic ${TOKEN}`, TOKEN]) {
      const res = await scrape(header);
      expect(res.status, String(header)).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.text).not.toContain('motesplats_');
    }
  });

  it('answers Prometheus text to the bearer token', async () => {
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).toMatch(/^# HELP nodejs_eventloop_lag_p99_seconds /m);
    expect(sample(res.text, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('measures HTTP requests by route pattern, never by raw URL', async () => {
    const id = new mongoose.Types.ObjectId().toHexString();
    // A handler that throws on its way to the app's error handler still counts under its route.
    expect((await app.client().get(`/api/v1/meetings/${id}`)).status).toBe(404);
    expect((await app.client().get('/api/v1/proposals?status=open&q=secret-term')).status).toBe(
      200,
    );
    expect((await app.client().get('/api/v1/no/such/file.png')).status).toBe(404);
    // A page path answered by the client shell (when built) counts under its pattern too.
    await app.client().get(`/moten/${id}-page`, { headers: { accept: 'text/html' } });
    const text = (await scrape(`Bearer ${TOKEN}`)).text;
    const count = 'motesplats_http_request_duration_seconds_count';
    expect(sample(text, count, { route: '/api/v1/meetings/:id', status: '404' })).toBe(1);
    expect(sample(text, count, { route: '/api/v1/proposals', method: 'GET' })).toBeGreaterThan(0);
    expect(sample(text, count, { route: '(no route)', status: '404' })).toBeGreaterThan(0);
    expect(text).not.toContain(id);
    expect(text).not.toContain('secret-term');
    expect(text).not.toContain('file.png');
    expect(text).not.toContain('-page');
  });

  it('counts database commands and their failures', async () => {
    await mongoose.connection.db!.command({ noSuchCommandHere: 1 }).catch(() => undefined);
    const text = (await scrape(`Bearer ${TOKEN}`)).text;
    expect(
      sample(text, 'motesplats_db_command_duration_seconds_count', { command: 'find' }),
    ).toBeGreaterThan(0);
    expect(
      sample(text, 'motesplats_db_command_errors_total', { command: 'noSuchCommandHere' }),
    ).toBe(1);
  });

  it('counts connected sockets', async () => {
    const gauge = async () =>
      sample((await scrape(`Bearer ${TOKEN}`)).text, 'motesplats_socketio_connections');
    expect(await gauge()).toBe(0);
    const sockets = [await connectSocket(app), await connectSocket(app)];
    expect(await gauge()).toBe(2);
    sockets[0]!.disconnect();
    await expect.poll(gauge).toBe(1);
    sockets[1]!.disconnect();
    await expect.poll(gauge).toBe(0);
    const text = (await scrape(`Bearer ${TOKEN}`)).text;
    expect(sample(text, 'motesplats_socketio_connections_total')).toBe(2);
  });

  it('counts rate-limit refusals by route', async () => {
    const bodyId = await makeBody('Kommunstyrelsen');
    const docId = await realDocument(app, bodyId);
    const { client } = await signedInUser(app);
    const path = `/api/v1/documents/${docId}/comments`;
    let status = 0;
    for (let i = 0; i < 6; i++) status = (await client.post(path, { body: `nr ${i}` })).status;
    expect(status).toBe(429);
    const text = (await scrape(`Bearer ${TOKEN}`)).text;
    expect(
      sample(text, 'motesplats_rate_limited_total', {
        scope: 'http POST /api/v1/documents/:id/comments',
      }),
    ).toBe(1);
  });

  it('shows the queues and socket events others report into', async () => {
    const text = (await scrape(`Bearer ${TOKEN}`)).text;
    for (const name of [
      'motesplats_live_vote_queue',
      'motesplats_live_vote_pending_counts',
      'motesplats_mail_queue',
      'motesplats_mail_sent_total',
      'motesplats_socket_event_duration_seconds',
    ]) {
      expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    }
    expect(sample(text, 'motesplats_live_vote_queue')).toBe(0);
  });
});

describe('request ids', () => {
  it('answers every request with its own X-Request-Id', async () => {
    const a = await app.client().get('/healthz');
    const b = await app.client().get('/api/v1/no-such-thing');
    const ids = [a, b].map((res) => res.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('ignores an X-Request-Id from the client unless a proxy is trusted', async () => {
    const res = await app
      .client()
      .get('/healthz', { headers: { 'x-request-id': 'proxy-id-12345' } });
    expect(res.headers.get('x-request-id')).not.toBe('proxy-id-12345');
  });
});
