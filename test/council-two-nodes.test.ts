// The sitting on two app nodes sharing one database and Redis: a follower on node B sees what the
// secretary does on node A (roll call, current item, the vote's result), and the same member's two
// devices, one on each node, sending ballots at the same moment leave one ballot.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { MeetingStateView } from '@shared/schemas/council';
import { startCluster, type Cluster } from './helpers/live-nodes';
import { emitAck, nextEvent } from './helpers/socket';

let cluster: Cluster;
const sockets: Socket[] = [];
type Node = Cluster['nodes'][number];

beforeAll(async () => {
  cluster = await startCluster(inject('mongoUri'), 2);
}, 120_000);
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await cluster?.stop();
}, 30_000);

async function socketOn(node: Node): Promise<Socket> {
  const socket = connect(node.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { origin: node.origin },
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function call<T = { id: string }>(
  node: Node,
  cookie: string,
  method: string,
  path: string,
  json?: unknown,
): Promise<{ status: number; data: T }> {
  const res = await fetch(`${node.url}${path}`, {
    method,
    headers: { cookie, origin: node.origin, 'content-type': 'application/json' },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  const body = (await res.json().catch(() => ({}))) as { data: T };
  return { status: res.status, data: body.data };
}

describe('the sitting on two nodes with Redis', () => {
  it('shows node A’s changes to a follower on node B; two devices on two nodes vote once', async () => {
    const [a, b] = cluster.nodes as [Node, Node];
    const secretary = await cluster.person([{ role: 'secretary' }]);
    const s = secretary.cookie;
    const body = await call(a, s, 'POST', '/api/v1/bodies', { name: 'Kommunfullmäktige' });
    expect(body.status).toBe(201);
    const bodyId = body.data.id;
    const members = [];
    for (let i = 0; i < 3; i += 1) {
      const person = await cluster.person([{ role: 'citizen' }]);
      const seated = await call(a, s, 'PUT', `/api/v1/bodies/${bodyId}/members`, {
        userId: person.id,
        position: 'ledamot',
      });
      expect(seated.status).toBe(200);
      members.push(person);
    }
    const meeting = await call(a, s, 'POST', '/api/v1/meetings', {
      bodyId,
      title: 'Kommunfullmäktige',
      startsAt: '2026-12-10T18:00:00+01:00',
    });
    const meetingId = meeting.data.id;
    const item = await call(a, s, 'POST', `/api/v1/meetings/${meetingId}/agenda-items`, {
      title: 'Budget 2027',
    });
    expect((await call(a, s, 'POST', `/api/v1/meetings/${meetingId}/publish`, {})).status).toBe(
      200,
    );
    expect(
      (await call(a, s, 'POST', `/api/v1/meetings/${meetingId}/session/start`, {})).status,
    ).toBe(200);

    const follower = await socketOn(b);
    const joined = await emitAck<{ seq: number; state: MeetingStateView }>(
      follower,
      'meeting:join',
      {
        meetingId,
      },
    );
    expect(joined.ok && joined.data.state.status).toBe('in_session');

    const rollCall = nextEvent<MeetingStateView>(
      follower,
      'meeting:state',
      (p) => p.attendance.present === 3,
      10_000,
    );
    const attendance = await call(a, s, 'PUT', `/api/v1/meetings/${meetingId}/attendance`, {
      entries: members.map((m) => ({ userId: m.id, present: true })),
    });
    expect(attendance.status).toBe(200);
    expect((await rollCall).attendance.quorum).toBe(true);

    const taken = nextEvent<MeetingStateView>(
      follower,
      'meeting:state',
      (p) => p.currentItemId === item.data.id,
      10_000,
    );
    await call(a, s, 'PUT', `/api/v1/meetings/${meetingId}/current-item`, { itemId: item.data.id });
    await taken;

    const opened = await call(a, s, 'POST', `/api/v1/agenda-items/${item.data.id}/votes`, {
      question: 'Bifall?',
      kind: 'open',
    });
    expect(opened.status).toBe(201);
    const voteId = opened.data.id;
    // The same member's phone (node A) and tablet (node B) at the same moment, several times.
    const m = members[0]!;
    const sent = await Promise.all(
      ['ja', 'nej', 'ja', 'nej'].map((choice, i) =>
        call(i % 2 ? b : a, m.cookie, 'POST', `/api/v1/votes/${voteId}/ballots`, { choice }),
      ),
    );
    expect(sent.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    await call(b, members[1]!.cookie, 'POST', `/api/v1/votes/${voteId}/ballots`, { choice: 'nej' });

    const result = nextEvent<MeetingStateView>(
      follower,
      'meeting:state',
      (p) => p.items[0]!.votes[0]?.status === 'closed',
      10_000,
    );
    const closed = await call<{
      result: { ja: number; nej: number; avstar: number; absent: number };
    }>(a, s, 'POST', `/api/v1/votes/${voteId}/close`, {});
    expect(closed.status).toBe(200);
    const r = closed.data.result;
    expect(r.ja + r.nej + r.avstar).toBe(2);
    expect(r.absent).toBe(1);
    const seen = (await result).items[0]!.votes[0]!;
    expect(seen.result).toEqual(r);
    expect(seen.ballots).toHaveLength(2);
  }, 60_000);
});
