// Sessions: a new id at login, logout ends the session (and its sockets), the 12-hour absolute
// lifetime and 30-minute idle timeout, and roles changed by another process reach live sockets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { signIn, signedInUser, buildUser } from '../../test/helpers/factories';
import { connectSocket } from '../../test/helpers/socket';
import { loginAs } from '../../test/helpers/saml';
import { AuditEntry } from '../audit/model';
import { userRoom } from '../realtime/io';
import { registerRoomGuard } from '../realtime/room-guards';
import { hasRole } from '../policies/roles';
import { ABSOLUTE_LIFETIME_MS, SESSION_COOKIE } from './session';
import { startRolePoller } from './socket-freshness';
import { revokeRole } from './users';

let app: TestApp;
registerRoomGuard('test-mods:', (user) => hasRole(user, 'moderator', null));

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

function sessionIdOf(cookie: string | undefined): string {
  return (
    decodeURIComponent(cookie ?? '')
      .slice(2)
      .split('.')[0] ?? ''
  );
}

describe('login', () => {
  it('starts a new session id (no fixation) with a 30-minute HttpOnly SameSite=Lax cookie', async () => {
    const earlier = await buildUser(app);
    const client = await signIn(app, earlier);
    const before = client.cookies.get(SESSION_COOKIE);
    const stale = app.client();
    stale.setCookie(SESSION_COOKIE, before!);

    const res = await client.get('/auth/saml/eid/login');
    expect(res.status).toBe(302);
    await loginAs(app, 'citizen', client);
    const after = client.cookies.get(SESSION_COOKIE);
    expect(sessionIdOf(after)).not.toBe(sessionIdOf(before));
    expect((await stale.get('/api/v1/me')).status).toBe(401);
    expect((await client.get('/api/v1/me')).body.data.displayName).toBe('Elsa Lind');

    const me = await client.get('/api/v1/me');
    const setCookie = me.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const expires = Date.parse(/Expires=([^;]+)/i.exec(setCookie)?.[1] ?? '');
    expect(Math.abs(expires - Date.now() - 30 * 60_000)).toBeLessThan(60_000);
  });
});

describe('POST /auth/logout', () => {
  it('ends the session and its sockets, keeps other devices, and is audited', async () => {
    const user = await buildUser(app);
    const client = await signIn(app, user);
    const other = await signIn(app, user);
    const socket = await connectSocket(app, client);
    const otherSocket = await connectSocket(app, other);
    const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

    const res = await client.post('/auth/logout');
    expect(res.status).toBe(204);
    await gone;
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await client.get('/api/v1/me')).status).toBe(401);
    expect((await other.get('/api/v1/me')).status).toBe(200);
    expect(otherSocket.connected).toBe(true);
    expect(
      await AuditEntry.countDocuments({ actor: String(user._id), action: 'auth.logout' }),
    ).toBe(1);
    otherSocket.disconnect();
  });

  it('a browser form post is sent home with 303; without a session nothing happens', async () => {
    const { client } = await signedInUser(app);
    const res = await client.request('POST', '/auth/logout', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const before = await AuditEntry.countDocuments({});
    expect((await app.client().post('/auth/logout')).status).toBe(204);
    expect(await AuditEntry.countDocuments({})).toBe(before);
  });
});

describe('lifetime', () => {
  it('ends a session older than 12 hours however active it was', async () => {
    const { client } = await signedInUser(app);
    const sid = sessionIdOf(client.cookies.get(SESSION_COOKIE));
    const store = app.server.ctx.sessions.store;
    const data = await new Promise<Record<string, unknown>>((resolve, reject) =>
      store.get(sid, (error, session) =>
        error ? reject(error as Error) : resolve(session as never),
      ),
    );
    data.loginAt = Date.now() - ABSOLUTE_LIFETIME_MS - 1000;
    await new Promise<void>((resolve, reject) =>
      store.set(sid, data as never, (error) => (error ? reject(error as Error) : resolve())),
    );
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });
});

describe('roles changed in another process reach live sockets', () => {
  it('the role poller re-checks the sockets of a person whose roles changed in the database', async () => {
    const target = await signedInUser(app, { roles: ['citizen', 'moderator'] });
    const socket = await connectSocket(app, target.client);
    const io = app.server.ctx.io;
    io.in(userRoom(target.id)).socketsJoin('test-mods:1');
    const stop = startRolePoller(app.server.ctx, 100);
    try {
      // As the CLI does: a write to the database, no call into this process.
      await revokeRole(target.id, { role: 'moderator' });
      await expect
        .poll(async () => (await io.in('test-mods:1').fetchSockets()).length, { timeout: 5_000 })
        .toBe(0);
      // The socket's user is the stored one now: its next event is judged by today's roles.
      const [remote] = await io.in(userRoom(target.id)).fetchSockets();
      expect(remote?.data.user?.roles).toEqual([{ role: 'citizen' }]);
    } finally {
      stop();
      socket.disconnect();
    }
  });
});
