// `npm start`'s path end to end: with no MONGODB_URI the server starts its embedded database
// (here FerretDB on SQLite under DATA_DIR), seeds demo data once, and after a stop and a start
// everything written is still there: demo data (not seeded twice), a citizen's proposal, and the
// citizen's session (sessions live in the database, secrets in DATA_DIR).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../server/db/ports';
import { HttpClient } from './helpers/http';
import { loginAs } from './helpers/saml';
import type { TestApp } from './helpers/app';
import { spawnServer, waitForHttp, type ServerProcess } from './helpers/process';

let dataDir = '';
let running: ServerProcess | undefined;

afterAll(async () => {
  // SIGTERM first: the server then stops its own FerretDB, which a SIGKILL would orphan.
  if (running) {
    running.child.kill('SIGTERM');
    const timer = setTimeout(() => running?.child.kill('SIGKILL'), 10_000);
    await running.exited;
    clearTimeout(timer);
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function start(port: number): Promise<ServerProcess> {
  const server = spawnServer({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
  });
  running = server;
  await waitForHttp(`http://127.0.0.1:${port}/readyz`, 120_000);
  return server;
}

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  running = undefined;
}

describe('restart with the embedded database', () => {
  it(
    'keeps demo data, written content and sessions across a restart',
    { timeout: 240_000 },
    async () => {
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'motesplats-restart-'));
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const citizen = new HttpClient(url, url);

      let server = await start(port);
      expect(server.output()).toContain('database: ferretdb');
      const bodiesBefore = await citizen.get('/api/v1/bodies');
      expect(bodiesBefore.status).toBe(200);
      expect(bodiesBefore.body.data.length).toBeGreaterThan(0);

      await loginAs({} as TestApp, 'citizen', citizen);
      const created = await citizen.post('/api/v1/proposals', {
        title: 'Utegym i Östertälje parken',
        body: 'Parken saknar platser för träning utomhus. Jag föreslår ett enkelt utegym med räckhäck, bänkar och belysning.',
      });
      expect(created.status).toBe(201);
      await stop(server);

      server = await start(port);
      const bodiesAfter = await citizen.get('/api/v1/bodies');
      expect(bodiesAfter.body.data.map((b: { id: string }) => b.id).sort()).toEqual(
        bodiesBefore.body.data.map((b: { id: string }) => b.id).sort(),
      );
      const me = await citizen.get('/api/v1/me');
      expect(me.status).toBe(200);
      const proposal = await citizen.get(`/api/v1/proposals/${created.body.data.id}`);
      expect(proposal.status).toBe(200);
      expect(proposal.body.data.title).toBe('Utegym i Östertälje parken');
      await stop(server);
    },
  );
});
