// The server's log as an operator reads it: JSON lines outside development, every line written
// while a request is handled carrying the request's id (the one answered in X-Request-Id), and
// readable lines in development.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { freePort } from '../server/db/ports';
import { spawnServer, waitForHttp, type ServerProcess } from './helpers/process';

let server: ServerProcess | undefined;
let dataDir = '';
afterEach(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  server = undefined;
  await rm(dataDir, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  dataDir = `/tmp/motesplats-logs-test-${port}`;
  server = spawnServer({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    MONGODB_URI: `${inject('mongoUri')}t_logs_${randomBytes(4).toString('hex')}`,
    DATA_DIR: dataDir,
    SEED_DEMO: 'off',
    LOG_LEVEL: 'info',
    ...env,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/healthz`);
  return url;
}

/** Waits until the output holds a line matching `test`; returns all JSON lines. */
async function jsonLines(until: (line: Record<string, unknown>) => boolean) {
  let lines: Array<Record<string, unknown>> = [];
  await expect
    .poll(() => {
      lines = server!
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      return lines.some(until);
    })
    .toBe(true);
  return lines;
}

describe('logs', () => {
  it('writes JSON lines with the request id in every line of a request', async () => {
    const url = await start({ NODE_ENV: 'test' });
    // A refused login: the app's own warning and the access log line, both during the request.
    const res = await fetch(`${url}/auth/saml/eid/acs`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'SAMLResponse=',
    });
    expect(res.status).toBe(401);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = await jsonLines((l) => l.msg === 'request completed' && l.reqId === id);
    const ofRequest = lines.filter((l) => l.reqId === id);
    expect(ofRequest.map((l) => l.msg)).toEqual(['SAML login refused', 'request completed']);
    expect(ofRequest[1]).toMatchObject({ req: { method: 'POST' }, res: { status: 401 } });
    // Lines outside any request (start-up) carry none.
    const started = lines.find((l) => String(l.msg).startsWith('Mötesplats listening'));
    expect(started).toBeDefined();
    expect(started).not.toHaveProperty('reqId');

    // A second request gets an id of its own; a JSON body does not lose it.
    const second = await fetch(`${url}/api/v1/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x' }),
    });
    const secondId = second.headers.get('x-request-id');
    expect(secondId).not.toBe(id);
    await jsonLines((l) => l.msg === 'request completed' && l.reqId === secondId);
  });

  it('takes the proxy request id when the proxy is trusted', async () => {
    const url = await start({ NODE_ENV: 'test', TRUST_PROXY: 'on' });
    const res = await fetch(`${url}/api/v1/bodies`, {
      headers: { 'x-request-id': 'nginx-0123456789abcdef' },
    });
    expect(res.headers.get('x-request-id')).toBe('nginx-0123456789abcdef');
    await jsonLines((l) => l.reqId === 'nginx-0123456789abcdef');
    // Anything but a plain token is replaced, so a header cannot forge log content.
    const forged = await fetch(`${url}/api/v1/bodies`, {
      headers: { 'x-request-id': 'x", "level": 60, "msg": "forged' },
    });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes readable lines in development', async () => {
    await start({ NODE_ENV: 'development' });
    await expect.poll(() => server!.output()).toMatch(/INFO.*Mötesplats listening on port/);
    expect(server!.output()).not.toMatch(/^\{"level"/m);
  });
});
