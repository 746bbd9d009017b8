// Admins grant and revoke roles over the API: refused for others, audited, and the person's live
// sockets lose rooms they may no longer be in at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { buildUser, signedInUser } from '../../test/helpers/factories';
import { connectSocket } from '../../test/helpers/socket';
import { AuditEntry } from '../audit/model';
import { userRoom } from '../realtime/io';
import { registerRoomGuard } from '../realtime/room-guards';
import { hasRole } from '../policies/roles';
import { Body } from '../features/bodies/model';

let app: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
let citizen: Awaited<ReturnType<typeof signedInUser>>;
let ks: string;

// A room only secretaries may be in, as a feature would guard its staff rooms.
registerRoomGuard('test-staff:', (user) => hasRole(user, 'secretary', null));

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInUser(app, { givenName: 'Ada', surname: 'Admin', roles: ['admin'] });
  citizen = await signedInUser(app, { givenName: 'Cecilia', surname: 'Citizen' });
  ks = String((await Body.create({ name: 'Kommunstyrelsen', sortKey: 'kommunstyrelsen' }))._id);
});
afterAll(async () => {
  await app?.close();
});

describe('POST /api/v1/admin/users/:id/roles', () => {
  it('401 for anonymous callers', async () => {
    const res = await app
      .client()
      .post(`/api/v1/admin/users/${citizen.id}/roles`, { role: 'moderator' });
    expect(res.status).toBe(401);
  });

  it('403 for non-admins', async () => {
    const res = await citizen.client.post(`/api/v1/admin/users/${citizen.id}/roles`, {
      role: 'admin',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it.each([
    ['a bad role', { role: 'king' }],
    ['no role', {}],
    ['an empty body id', { role: 'secretary', bodyId: '' }],
    ['a malformed body id', { role: 'secretary', bodyId: 'kommunstyrelsen' }],
    ['an unknown body', { role: 'secretary', bodyId: '0123456789abcdef01234567' }],
    ['an unknown field', { role: 'secretary', extra: 1 }],
  ])('400 for %s', async (_what, body) => {
    const res = await admin.client.post(`/api/v1/admin/users/${citizen.id}/roles`, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it('400 for a malformed id, 404 for an unknown one', async () => {
    expect(
      (await admin.client.post('/api/v1/admin/users/nope/roles', { role: 'moderator' })).status,
    ).toBe(400);
    const res = await admin.client.post('/api/v1/admin/users/0123456789abcdef01234567/roles', {
      role: 'moderator',
    });
    expect(res.status).toBe(404);
  });

  it('grants a per-body role (idempotently), audited, visible to the person', async () => {
    const target = await signedInUser(app);
    const res = await admin.client.post(`/api/v1/admin/users/${target.id}/roles`, {
      role: 'secretary',
      bodyId: ks,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ role: 'citizen' }, { role: 'secretary', bodyId: ks }]);
    const again = await admin.client.post(`/api/v1/admin/users/${target.id}/roles`, {
      role: 'secretary',
      bodyId: ks,
    });
    expect(again.body.data).toHaveLength(2);
    expect((await target.client.get('/api/v1/me')).body.data.roles).toEqual(res.body.data);
    const entries = await AuditEntry.find({
      'subject.id': target.id,
      action: 'user.role_grant',
    }).lean();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actor: admin.id, after: { roles: res.body.data } });
  });
});

describe('DELETE /api/v1/admin/users/:id/roles/:role', () => {
  it('401, 403, 400 as for granting', async () => {
    const path = `/api/v1/admin/users/${citizen.id}/roles/citizen`;
    expect((await app.client().delete(path)).status).toBe(401);
    expect((await citizen.client.delete(path)).status).toBe(403);
    expect((await admin.client.delete(`/api/v1/admin/users/${citizen.id}/roles/king`)).status).toBe(
      400,
    );
  });

  it('revokes, and the live socket leaves the room it may no longer be in', async () => {
    const target = await signedInUser(app, { roles: ['citizen', 'secretary'] });
    const socket = await connectSocket(app, target.client);
    const io = app.server.ctx.io;
    io.in(userRoom(target.id)).socketsJoin('test-staff:1');
    expect(await io.in('test-staff:1').fetchSockets()).toHaveLength(1);

    const res = await admin.client.delete(`/api/v1/admin/users/${target.id}/roles/secretary`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([{ role: 'citizen' }]);
    expect(await io.in('test-staff:1').fetchSockets()).toHaveLength(0);
    expect(socket.connected).toBe(true);
    expect(
      await AuditEntry.countDocuments({ 'subject.id': target.id, action: 'user.role_revoke' }),
    ).toBe(1);
    socket.disconnect();
  });
});

describe('GET /api/v1/admin/users', () => {
  it('401, 403 and 400 for bad paging', async () => {
    expect((await app.client().get('/api/v1/admin/users')).status).toBe(401);
    expect((await citizen.client.get('/api/v1/admin/users')).status).toBe(403);
    expect((await admin.client.get('/api/v1/admin/users?pageSize=0')).status).toBe(400);
  });

  it('finds people by name and role, without pidHash', async () => {
    await buildUser(app, { givenName: 'Zlatan', surname: 'Sökbar', roles: ['moderator'] });
    const byName = await admin.client.get('/api/v1/admin/users?q=sökbar');
    expect(byName.status).toBe(200);
    expect(byName.body.total).toBe(1);
    expect(byName.body.data[0]).toMatchObject({
      displayName: 'Zlatan Sökbar',
      roles: [{ role: 'moderator' }],
      lastLoginAt: null,
    });
    expect(byName.text).not.toContain('pidHash');
    const byRole = await admin.client.get('/api/v1/admin/users?role=admin');
    expect(byRole.body.data.map((u: { id: string }) => u.id)).toEqual([admin.id]);
    const regex = await admin.client.get('/api/v1/admin/users?q=.*');
    expect(regex.body.total).toBe(0);
  });
});
