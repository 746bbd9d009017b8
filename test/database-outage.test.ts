// A real database outage under a running server process: the app's own FerretDB is killed while
// background work runs (a long document being filed in the search index, the vote broadcast with
// votes pending, the role poller, requests and socket events that need the database) and started
// again. The process keeps answering /healthz, /readyz says 503 meanwhile, the failures are
// logged, nothing exits, and once the database is back the same process serves again: a new
// question goes through and the votes cast before the outage are counted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startFerretDb, type RunningFerretDb } from '../server/db/ferretdb';
import { freePort } from '../server/db/ports';
import { HttpClient } from './helpers/http';
import { loginAs } from './helpers/saml';
import type { TestApp } from './helpers/app';
import { spawnServer, waitForHttp, type ServerProcess } from './helpers/process';
import { connectSocket, emitAck, type TestSocket } from './helpers/socket';

let dataDir = '';
let ferret: RunningFerretDb | undefined;
let server: ServerProcess | undefined;
const sockets: TestSocket[] = [];

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    const timer = setTimeout(() => server?.child.kill('SIGKILL'), 10_000);
    await server.exited;
    clearTimeout(timer);
  }
  await ferret?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function statusOf(url: string): Promise<number> {
  return (await fetch(url)).status;
}

/** Log lines (pino JSON) of the server whose message is `msg`. */
function logged(msg: string): Array<Record<string, unknown>> {
  return (server?.output() ?? '')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.msg === msg);
}

/** Waits until the server has stored the audit entry of `action` (read from the database). */
async function stored(uri: string, action: string): Promise<void> {
  const client = new MongoClient(uri);
  try {
    const audit = client.db('outage').collection('auditentries');
    await expect.poll(() => audit.countDocuments({ action }), { interval: 20 }).toBe(1);
  } finally {
    await client.close();
  }
}

describe('the database goes away and comes back', () => {
  it(
    'the process keeps serving, says it is not ready, logs, and recovers',
    { timeout: 180_000 },
    async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-outage-'));
      const dbPort = await freePort();
      ferret = await startFerretDb({ dataDir, port: dbPort });
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      server = spawnServer({
        PORT: String(port),
        PUBLIC_URL: url,
        MONGODB_URI: `mongodb://127.0.0.1:${dbPort}/outage`,
        DATA_DIR: path.join(dataDir, 'app'),
        SEED_DEMO: 'off',
        LOG_LEVEL: 'warn',
      });
      await waitForHttp(`${url}/readyz`, 60_000);
      const app = { url, origin: url } as TestApp;

      // A live session with a question; several people with sockets to vote on it.
      const moderator = await loginAs(app, 'moderator', new HttpClient(url, url));
      const created = await moderator.post('/api/v1/live-sessions', {
        title: 'Frågestund',
        premoderation: false,
      });
      expect(created.status).toBe(201);
      const sessionId = created.body.data.id as string;
      expect((await moderator.post(`/api/v1/live-sessions/${sessionId}/open`)).status).toBe(200);
      const people: TestSocket[] = [];
      for (const persona of ['citizen', 'official', 'secretary', 'admin'] as const) {
        const client = await loginAs(app, persona, new HttpClient(url, url));
        const socket = await connectSocket(app, client);
        sockets.push(socket);
        people.push(socket);
      }
      const asked = await emitAck(people[0]!, 'live:ask', { sessionId, text: 'Hur går det?' });
      expect(asked.ok).toBe(true);
      const questionId = (asked as { data: { id: string } }).data.id;

      // A secretary registers a document with a long text: filing its words in the search index
      // goes on after the document and its audit entry are stored.
      const secretary = await loginAs(app, 'secretary', new HttpClient(url, url));
      const body = await secretary.post('/api/v1/bodies', { name: 'Byggnadsnämnden' });
      expect(body.status).toBe(201);
      const words = Array.from({ length: 20_000 }, (_, i) => `ord${i.toString(36)}x`).join(' ');
      const filing = secretary.post('/api/v1/documents', {
        title: 'Översiktsplan',
        kind: 'bilaga',
        bodyId: body.body.data.id,
        date: '2026-05-04',
        secrecy: 'public',
        text: words,
      });
      await stored(`mongodb://127.0.0.1:${dbPort}/`, 'document.create');

      // Votes arrive; the database dies while the index is being written and the counts wait for
      // the broadcast.
      await Promise.all(people.map((s) => emitAck(s, 'live:vote', { questionId, up: true })));
      await ferret.stop('SIGKILL');
      // Work that needs the database now: over HTTP and over a socket, while the rest goes on.
      const listing = fetch(`${url}/api/v1/live-sessions`);
      const during = emitAck(people[1]!, 'live:ask', { sessionId, text: 'Nu?' }, 30_000);

      // The process keeps answering; readiness says what is wrong.
      await expect.poll(() => statusOf(`${url}/readyz`), { timeout: 20_000 }).toBe(503);
      for (let i = 0; i < 5; i++) {
        expect(await statusOf(`${url}/healthz`)).toBe(200);
        await new Promise((r) => setTimeout(r, 300));
      }
      // Each fails cleanly, once the driver gives up on the server.
      const filed = await filing;
      expect(filed.status).toBe(500);
      expect(filed.body.error.code).toBe('internal');
      expect((await listing).status).toBe(500);
      expect(await during).toMatchObject({ ok: false, error: { code: 'internal' } });
      // The background paths logged their failures.
      await expect
        .poll(() => logged('role poll failed').length, { timeout: 20_000 })
        .toBeGreaterThan(0);
      expect(logged('unhandled error').length).toBeGreaterThanOrEqual(2);
      // Every path caught its own failure: nothing reached the process-level last resort.
      expect(logged('unhandled promise rejection (kept serving)')).toEqual([]);
      expect(logged('uncaught exception (kept serving)')).toEqual([]);
      expect(server.child.exitCode).toBeNull();
      expect(await statusOf(`${url}/healthz`)).toBe(200);

      // The database comes back (same port, same files): the same process serves again.
      ferret = await startFerretDb({ dataDir, port: dbPort });
      await expect.poll(() => statusOf(`${url}/readyz`), { timeout: 60_000 }).toBe(200);
      await expect
        .poll(
          async () => (await emitAck(people[2]!, 'live:ask', { sessionId, text: 'Nu då?' })).ok,
          {
            timeout: 30_000,
            interval: 1_000,
          },
        )
        .toBe(true);
      await expect
        .poll(
          async () => {
            const joined = await emitAck(people[3]!, 'live:join', { sessionId });
            const questions = (
              joined as { data?: { questions: Array<{ id: string; votes: number }> } }
            ).data?.questions;
            return questions?.find((q) => q.id === questionId)?.votes;
          },
          { timeout: 30_000, interval: 1_000 },
        )
        .toBe(people.length);
      expect(server.child.exitCode).toBeNull();
    },
  );

  it('a stray rejection or exception is logged and the process keeps serving', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const trigger = path.join(os.tmpdir(), `motesplats-fault-${port}`);
    const fixture = path.resolve(import.meta.dirname, 'fixtures/stray-faults.mjs');
    const stray = spawnServer({
      PORT: String(port),
      PUBLIC_URL: url,
      MONGODB_URI: `${inject('mongoUri')}t_stray_${port}`,
      DATA_DIR: `/tmp/motesplats-stray-${port}`,
      SEED_DEMO: 'off',
      LOG_LEVEL: 'warn',
      NODE_OPTIONS: `--import=${fixture}`,
      FAULT_TRIGGER: trigger,
    });
    try {
      await waitForHttp(`${url}/readyz`, 60_000);
      await writeFile(trigger, 'now');
      const lines = () =>
        stray
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as { msg: string; err?: { message?: string } });
      await expect
        .poll(() => lines().filter((l) => l.msg.endsWith('(kept serving)')).length)
        .toBe(2);
      const logged = lines().filter((l) => l.msg.endsWith('(kept serving)'));
      expect(logged.map((l) => [l.msg, l.err?.message])).toEqual([
        ['unhandled promise rejection (kept serving)', 'stray rejection (test fault)'],
        ['uncaught exception (kept serving)', 'stray exception (test fault)'],
      ]);
      expect(await statusOf(`${url}/healthz`)).toBe(200);
      expect(await statusOf(`${url}/readyz`)).toBe(200);
      expect(stray.child.exitCode).toBeNull();
    } finally {
      stray.child.kill('SIGTERM');
      await stray.exited;
      await rm(trigger, { force: true });
    }
  });
});
