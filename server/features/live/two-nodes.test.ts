// Two app processes behind an imaginary load balancer, sharing one database and Redis (Streams
// adapter): a question asked through node A reaches a watcher on node B, and votes cast through
// both nodes at once (one person through both) are each counted once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startCluster, type Cluster } from '../../../test/helpers/live-nodes';
import { emitAck, nextEvent } from '../../../test/helpers/socket';

let cluster: Cluster;
const sockets: Socket[] = [];

beforeAll(async () => {
  cluster = await startCluster(inject('mongoUri'), 2);
}, 120_000);
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await cluster?.stop();
}, 30_000);

async function socketOn(node: { url: string; origin: string }, cookie?: string): Promise<Socket> {
  const socket = connect(node.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin: node.origin, ...(cookie ? { cookie } : {}) },
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function post(
  node: { url: string; origin: string },
  cookie: string,
  path: string,
  json = {},
) {
  const res = await fetch(`${node.url}${path}`, {
    method: 'POST',
    headers: { cookie, origin: node.origin, 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  return { status: res.status, body: (await res.json()) as { data: { id: string } } };
}

describe('two app nodes with the Redis Streams adapter', () => {
  it('delivers a question asked on node A to node B and counts votes from both once', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const moderator = await cluster.person([{ role: 'moderator' }]);
    const created = await post(a, moderator.cookie, '/api/v1/live-sessions', {
      title: 'Två noder',
      premoderation: true,
    });
    expect(created.status).toBe(201);
    const sessionId = created.body.data.id;
    expect(
      (await post(b, moderator.cookie, `/api/v1/live-sessions/${sessionId}/open`)).status,
    ).toBe(200);

    const watcherB = await socketOn(b);
    expect((await emitAck(watcherB, 'live:join', { sessionId })).ok).toBe(true);
    const modB = await socketOn(b, moderator.cookie);
    expect((await emitAck(modB, 'live:join', { sessionId, moderator: true })).ok).toBe(true);

    // Asked on A: the moderator on B sees it pending; approved on B: the watcher on B sees it.
    const asker = await cluster.person();
    const askerA = await socketOn(a, asker.cookie);
    const pendingOnB = nextEvent(modB, 'live:question', (q) => q.state === 'pending', 10_000);
    const asked = await emitAck(askerA, 'live:ask', { sessionId, text: 'Hörs jag på nod B?' });
    if (!asked.ok) throw new Error(JSON.stringify(asked));
    const questionId = asked.data.id as string;
    expect(await pendingOnB).toMatchObject({ id: questionId, text: 'Hörs jag på nod B?' });
    const approveA = await socketOn(a, moderator.cookie);
    const visibleOnB = nextEvent(watcherB, 'live:question', (q) => q.id === questionId, 10_000);
    expect((await emitAck(approveA, 'live:moderate', { questionId, decision: 'approve' })).ok).toBe(
      true,
    );
    expect(await visibleOnB).toMatchObject({ state: 'visible', text: 'Hörs jag på nod B?' });

    // Six people vote through A or B, and one person through both at the same time.
    const voters = await Promise.all(Array.from({ length: 7 }, () => cluster.person()));
    const votes: Array<Promise<unknown>> = [];
    for (const [i, voter] of voters.entries()) {
      const nodes = i === 6 ? [a, b] : [i % 2 === 0 ? a : b];
      for (const node of nodes) {
        const socket = await socketOn(node, voter.cookie);
        votes.push(emitAck(socket, 'live:vote', { questionId, up: true }, 10_000));
      }
    }
    const acks = (await Promise.all(votes)) as Array<{ ok: boolean }>;
    expect(acks.every((ack) => ack.ok)).toBe(true);
    await nextEvent(watcherB, 'live:question', (q) => q.id === questionId && q.votes === 7, 10_000);
    for (const node of [a, b]) {
      const record = await fetch(`${node.url}/api/v1/live-sessions/${sessionId}`);
      const body = (await record.json()) as { data: { questions: Array<{ votes: number }> } };
      expect(body.data.questions[0]?.votes).toBe(7);
    }
  });
});
