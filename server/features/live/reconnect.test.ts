// Catching up after a lost connection: Socket.IO connection state recovery replays what was
// emitted to the room meanwhile; when recovery is not possible, a re-join returns the exact
// current state with the room's seq.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, emitAck, type TestSocket } from '../../../test/helpers/socket';
import type { HttpClient } from '../../../test/helpers/http';

let app: TestApp;
let mod: HttpClient;
let modSocket: TestSocket;
const sockets: Socket[] = [];

beforeAll(async () => {
  app = await startTestApp();
  mod = (await signedInUser(app, { roles: ['moderator'] })).client;
  modSocket = await connectSocket(app, mod);
  sockets.push(modSocket);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app.close();
});

async function openPremoderated() {
  const res = await mod.post('/api/v1/live-sessions', { title: 'Åter', premoderation: true });
  const id = res.body.data.id as string;
  await mod.post(`/api/v1/live-sessions/${id}/open`);
  return id;
}

async function askPending(sessionId: string, count: number): Promise<string[]> {
  const asker = await signedInUser(app);
  const socket = await connectSocket(app, asker.client);
  sockets.push(socket);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const ack = await emitAck(socket, 'live:ask', { sessionId, text: `Fråga ${i}` });
    if (!ack.ok) throw new Error(JSON.stringify(ack));
    ids.push(ack.data.id);
  }
  return ids;
}

const approve = (questionId: string) =>
  emitAck(modSocket, 'live:moderate', { questionId, decision: 'approve' });

describe('reconnecting', () => {
  it('recovers the connection state: events emitted while away arrive after reconnecting', async () => {
    const sessionId = await openPremoderated();
    const [first, second] = await askPending(sessionId, 2);
    const watcher = connect(app.url, {
      transports: ['websocket'],
      reconnectionDelay: 50,
      reconnectionDelayMax: 100,
      extraHeaders: { origin: app.origin },
    });
    sockets.push(watcher);
    await new Promise<void>((resolve) => watcher.once('connect', () => resolve()));
    expect((await emitAck(watcher, 'live:join', { sessionId })).ok).toBe(true);
    const received: string[] = [];
    watcher.on('live:question', (q: { id: string }) => received.push(q.id));

    // Recovery needs the server to have sent the client an offset first.
    await approve(first!);
    await expect.poll(() => received).toEqual([first]);

    const back = new Promise<void>((resolve) => watcher.once('connect', () => resolve()));
    watcher.io.engine.close();
    await expect.poll(() => watcher.connected).toBe(false);
    await approve(second!);
    await back;
    expect(watcher.recovered).toBe(true);
    await expect.poll(() => received).toEqual([first, second]);
  });

  it('re-joins with the full current state when recovery is not possible', async () => {
    const sessionId = await openPremoderated();
    const ids = await askPending(sessionId, 3);
    const watcher = await connectSocket(app);
    sockets.push(watcher);
    const first = await emitAck(watcher, 'live:join', { sessionId });
    if (!first.ok) throw new Error('join failed');
    expect(first.data.questions).toEqual([]);
    const lastSeq = first.data.seq as number;
    watcher.disconnect();

    await approve(ids[0]!);
    await approve(ids[1]!);
    await emitAck(modSocket, 'live:moderate', { questionId: ids[1], decision: 'reject' });
    await approve(ids[2]!);

    // A new connection: the server knows nothing of the old one.
    const again = await connectSocket(app);
    sockets.push(again);
    const rejoin = await emitAck(again, 'live:join', { sessionId, sinceSeq: lastSeq });
    if (!rejoin.ok) throw new Error('rejoin failed');
    expect(rejoin.data.seq).toBeGreaterThan(lastSeq);
    expect(rejoin.data.questions.map((q: { id: string }) => q.id)).toEqual([ids[0], ids[2]]);
    for (const q of rejoin.data.questions) expect(q.seq).toBeLessThanOrEqual(rejoin.data.seq);
  });
});
