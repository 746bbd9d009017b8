// With several app nodes (REDIS_URL), a seat change tells the other nodes that the person's roles
// changed (`user:changed` through the adapter), so they re-check that person's sockets at once.
// The other node here is a bare Socket.IO server on the same Redis stream: a peer of the app.
import { spawn, type ChildProcess } from 'node:child_process';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { freePort, waitForPort } from '../../db/ports';

let redis: ChildProcess;
let redisUrl: string;
let app: TestApp;
let peer: Server;
let peerClient: ReturnType<typeof createClient>;
const changed: string[] = [];
const waiting: Array<() => void> = [];

beforeAll(async () => {
  const port = await freePort();
  redis = spawn(
    '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  await waitForPort(port, 10_000);
  redisUrl = `redis://127.0.0.1:${port}`;
  app = await startTestApp({ REDIS_URL: redisUrl });
  peerClient = createClient({ url: redisUrl });
  peerClient.on('error', () => undefined);
  await peerClient.connect();
  peer = new Server();
  peer.adapter(createAdapter(peerClient));
  peer.on('user:changed', (userId: string) => {
    changed.push(userId);
    for (const wake of waiting.splice(0)) wake();
  });
});
afterAll(async () => {
  await app?.close();
  // A bare server has no engine to close; closing its adapter stops reading the stream.
  await peer?.of('/').adapter.close();
  await peerClient?.quit().catch(() => undefined);
  redis?.kill('SIGTERM');
});

/** Resolves once the peer has heard of `userId` `times` times. */
async function heard(userId: string, times: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (changed.filter((id) => id === userId).length < times) {
    if (Date.now() > deadline) throw new Error(`the other node did not hear of ${userId}`);
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      setTimeout(resolve, 500);
    });
  }
}

describe('seat changes on several nodes', () => {
  it('tells the other nodes when a seat is given and when it is taken away', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Socialnämnden' })).body.data;
    const { id: personId } = await signedInUser(app);

    const added = await admin.put(`/api/v1/bodies/${body.id}/members`, { userId: personId });
    expect(added.status).toBe(200);
    await heard(personId, 1);
    const removed = await admin.delete(`/api/v1/bodies/${body.id}/members/${personId}`);
    expect(removed.status).toBe(200);
    await heard(personId, 2);
    expect(changed.filter((id) => id === personId)).toHaveLength(2);
  });
});
