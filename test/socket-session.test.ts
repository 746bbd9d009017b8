// A socket dies with its session: after the absolute lifetime, after the idle timeout, after
// logout (on another node too) and after erasure. Each of these is checked on the socket's next
// event (and logout and erasure disconnect at once), so a socket never acts for a session that has
// ended. A socket that sends a burst of events meets its own limit.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { ABSOLUTE_LIFETIME_MS } from '../server/auth/session';
import { SESSION_RECHECK_MS } from '../server/realtime/session-guard';
import { startTestApp, type TestApp } from './helpers/app';
import { signedInUser } from './helpers/factories';
import { connectSocket, emitAck } from './helpers/socket';
import { startCluster, type Cluster } from './helpers/live-nodes';

const proposalId = '0123456789abcdef01234567';

/** The session id inside a signed session cookie (`s:<id>.<signature>`). */
const sessionIdOf = (cookieHeader: string) =>
  decodeURIComponent(cookieHeader.split('=')[1]!).slice(2).split('.')[0]!;

/** Resolves when the socket is disconnected by the server. */
function disconnected(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    if (!socket.connected) resolve('already');
    socket.once('disconnect', (reason) => resolve(reason));
  });
}

describe('one node', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses the next event after the absolute lifetime and disconnects', async () => {
    const { client } = await signedInUser(app, {
      loginAt: Date.now() - ABSOLUTE_LIFETIME_MS - 60_000,
    });
    const socket = await connectSocket(app, client);
    const gone = disconnected(socket);
    const ack = await emitAck(socket, 'proposal:leave', { proposalId });
    expect(ack).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await gone).toBe('io server disconnect');
  });

  it('refuses the next event once the session expired idle', async () => {
    const { client } = await signedInUser(app);
    const socket = await connectSocket(app, client);
    expect((await emitAck(socket, 'proposal:leave', { proposalId })).ok).toBe(true);
    // Thirty idle minutes later: the store has dropped the session, and the expiry the socket
    // learned at its handshake has passed.
    const sid = sessionIdOf(client.cookieHeader);
    await new Promise<void>((resolve, reject) =>
      app.server.ctx.sessions.store.destroy(sid, (error) =>
        error ? reject(error as Error) : resolve(),
      ),
    );
    const served = app.server.ctx.io.sockets.sockets.get(socket.id!)!;
    served.data.sessionExpiresAt = Date.now() - 1;
    const gone = disconnected(socket);
    const ack = await emitAck(socket, 'proposal:leave', { proposalId });
    expect(ack).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await gone).toBe('io server disconnect');
  });

  it('catches a session removed without an announcement at the next periodic re-read, without holding the event up', async () => {
    const { client } = await signedInUser(app);
    const socket = await connectSocket(app, client);
    const sid = sessionIdOf(client.cookieHeader);
    await new Promise<void>((resolve, reject) =>
      app.server.ctx.sessions.store.destroy(sid, (error) =>
        error ? reject(error as Error) : resolve(),
      ),
    );
    // Within the re-check interval nothing is read: the event is served.
    expect((await emitAck(socket, 'proposal:leave', { proposalId })).ok).toBe(true);
    // Once the interval has passed, the next event runs while the session is read again in the
    // background (it is not refused for the read); the read finds the session gone and
    // disconnects the socket, possibly before the event's answer went out.
    const served = app.server.ctx.io.sockets.sockets.get(socket.id!)!;
    served.data.sessionCheckedAt = Date.now() - SESSION_RECHECK_MS - 1;
    const gone = disconnected(socket);
    const answer = emitAck(socket, 'proposal:leave', { proposalId }).catch(
      () => 'disconnected before the answer',
    );
    expect(await gone).toBe('io server disconnect');
    expect(await answer).not.toMatchObject({ ok: false });
  });

  it('keeps a session alive while its socket is active, as HTTP activity does', async () => {
    const { client } = await signedInUser(app);
    const socket = await connectSocket(app, client);
    const { store } = app.server.ctx.sessions;
    const sid = sessionIdOf(client.cookieHeader);
    const read = () =>
      new Promise<{ cookie: { expires: string | Date } } | null>((resolve, reject) =>
        store.get(sid, (error, session) =>
          error ? reject(error as Error) : resolve(session as never),
        ),
      );
    // Twenty-nine minutes of socket-only activity later: one minute of the session is left.
    const session = (await read())!;
    const soon = new Date(Date.now() + 60_000);
    await new Promise<void>((resolve, reject) =>
      store.set(sid, { ...session, cookie: { ...session.cookie, expires: soon } } as never, (e) =>
        e ? reject(e as Error) : resolve(),
      ),
    );
    const served = app.server.ctx.io.sockets.sockets.get(socket.id!)!;
    served.data.sessionCheckedAt = 0;
    expect((await emitAck(socket, 'proposal:leave', { proposalId })).ok).toBe(true);
    await expect
      .poll(async () => new Date((await read())!.cookie.expires).getTime() - Date.now())
      .toBeGreaterThan(25 * 60_000);
    socket.disconnect();
  });

  it('erasure disconnects every socket of the person, other sessions too', async () => {
    const person = await signedInUser(app);
    const second = await signedInUser(app);
    // The same person on a second device: a second session of the same user.
    const { signIn } = await import('./helpers/factories');
    const otherDevice = await signIn(app, person.user);
    const [one, two, bystander] = await Promise.all([
      connectSocket(app, person.client),
      connectSocket(app, otherDevice),
      connectSocket(app, second.client),
    ]);
    const gone = Promise.all([disconnected(one), disconnected(two)]);
    expect((await person.client.delete('/api/v1/me')).status).toBe(204);
    expect(await gone).toEqual(['io server disconnect', 'io server disconnect']);
    // Someone else's socket is untouched: it still answers.
    expect((await emitAck(bystander, 'proposal:leave', { proposalId })).ok).toBe(true);
    bystander.disconnect();
  });

  it('answers a burst of events beyond the socket’s limit with rate_limited', async () => {
    const { client } = await signedInUser(app);
    const socket = await connectSocket(app, client);
    const acks = await Promise.all(
      Array.from({ length: 100 }, () => emitAck(socket, 'proposal:leave', { proposalId })),
    );
    const refused = acks.filter((a) => !a.ok && a.error.code === 'rate_limited');
    expect(acks.filter((a) => a.ok).length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length + acks.filter((a) => a.ok).length).toBe(100);
    socket.disconnect();
  });
});

describe('two nodes with Redis', () => {
  let cluster: Cluster;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    cluster = await startCluster(inject('mongoUri'), 2);
  }, 120_000);
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await cluster?.stop();
  }, 30_000);

  async function socketOn(node: { url: string; origin: string }, cookie: string) {
    const socket = connect(node.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { origin: node.origin, cookie },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return socket;
  }

  it('logout on node A disconnects that session’s socket on node B, and only it', async () => {
    const [a, b] = cluster.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const person = await cluster.person();
    const other = await cluster.person();
    const onB = await socketOn(b, person.cookie);
    const otherOnB = await socketOn(b, other.cookie);
    const gone = disconnected(onB);
    const res = await fetch(`${a.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie: person.cookie, origin: a.origin, accept: 'application/json' },
    });
    expect(res.status).toBe(204);
    expect(await gone).toBe('io server disconnect');
    expect(otherOnB.connected).toBe(true);
    const ack = (await otherOnB.timeout(5_000).emitWithAck('proposal:leave', { proposalId })) as {
      ok: boolean;
    };
    expect(ack.ok).toBe(true);
  });
});
