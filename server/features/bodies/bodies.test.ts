// Bodies over real HTTP: the public list in Swedish order, creation and changes by admins and
// secretaries, members and secretaries granting and revoking body-scoped roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { buildUser, signedInUser } from '../../../test/helpers/factories';
import { User } from '../../auth/user-model';
import { AuditEntry } from '../../audit/model';
import { swedishSortKey } from './sort-key';
import { connectSocket, emitAck } from '../../../test/helpers/socket';
import { hasRole } from '../../policies/roles';
import { registerRoomGuard } from '../../realtime/room-guards';
import { userRoom } from '../../realtime/personal-rooms';

// A room only the officials of one body may be in, as a feature would guard its members' rooms.
const OFFICIALS = 'test-officials:';
registerRoomGuard(OFFICIALS, (user, room) =>
  hasRole(user, 'official', room.slice(OFFICIALS.length)),
);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('swedishSortKey', () => {
  it('puts å, ä and ö after z and accented letters with their base', () => {
    const names = ['Örebro', 'Zeta', 'Ängen', 'Åsen', 'Alfa', 'Émile', 'Öst'];
    const sorted = [...names].sort((a, b) =>
      swedishSortKey(a) < swedishSortKey(b) ? -1 : swedishSortKey(a) > swedishSortKey(b) ? 1 : 0,
    );
    expect(sorted).toEqual(['Alfa', 'Émile', 'Zeta', 'Åsen', 'Ängen', 'Örebro', 'Öst']);
  });
});

describe('POST /api/v1/bodies', () => {
  it('401 for anonymous callers', async () => {
    const res = await app.client().post('/api/v1/bodies', { name: 'Kulturnämnden' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('403 for a citizen', async () => {
    const { client } = await signedInUser(app);
    const res = await client.post('/api/v1/bodies', { name: 'Kulturnämnden' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('400 naming the field for a missing name', async () => {
    const { client } = await signedInUser(app, { roles: ['admin'] });
    const res = await client.post('/api/v1/bodies', { name: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^name/);
  });

  it('creates bodies (admin and secretary) and lists them in Swedish order for anyone', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const { client: secretary } = await signedInUser(app, { roles: ['secretary'] });
    for (const [client, name] of [
      [admin, 'Överförmyndarnämnden'],
      [secretary, 'Kommunfullmäktige'],
      [admin, 'Äldrenämnden'],
      [secretary, 'Barn- och utbildningsnämnden'],
    ] as const) {
      const res = await client.post('/api/v1/bodies', { name, kind: 'committee' });
      expect(res.status).toBe(201);
      expect(res.body.data).toMatchObject({ id: expect.any(String), name, members: [] });
    }
    const list = await app.client().get('/api/v1/bodies');
    expect(list.status).toBe(200);
    const names = list.body.data.map((b: { name: string }) => b.name);
    expect(names).toEqual([
      'Barn- och utbildningsnämnden',
      'Kommunfullmäktige',
      'Äldrenämnden',
      'Överförmyndarnämnden',
    ]);
    expect(list.body.total).toBe(4);
    expect(list.body.data[0].canManage).toBe(false);
    expect(await AuditEntry.countDocuments({ action: 'body.create' })).toBe(4);
  });
});

describe('members and secretaries', () => {
  it('adding a member grants the official role for that body; removing revokes it', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Samhällsbyggnadsnämnden' })).body
      .data;
    const person = await buildUser(app, { givenName: 'Karin', surname: 'Lind' });
    const personId = String(person._id);

    const anonymous = await app
      .client()
      .put(`/api/v1/bodies/${body.id}/members`, { userId: personId });
    expect(anonymous.status).toBe(401);
    const { client: otherSecretary } = await signedInUser(app, {
      roles: [{ role: 'secretary', bodyId: '0123456789abcdef01234567' }],
    });
    const denied = await otherSecretary.put(`/api/v1/bodies/${body.id}/members`, {
      userId: personId,
    });
    expect(denied.status).toBe(403);
    const bad = await admin.put(`/api/v1/bodies/${body.id}/members`, { userId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^userId/);

    const added = await admin.put(`/api/v1/bodies/${body.id}/members`, {
      userId: personId,
      party: 'Socialdemokraterna',
      position: 'ordförande',
    });
    expect(added.status).toBe(200);
    expect(added.body.data.members).toEqual([
      {
        userId: personId,
        displayName: 'Karin Lind',
        party: 'Socialdemokraterna',
        position: 'ordförande',
      },
    ]);
    let stored = await User.findById(personId).lean();
    expect(stored!.roles).toContainEqual({ role: 'official', bodyId: body.id });

    // Changing the position keeps one membership and one grant.
    await admin.put(`/api/v1/bodies/${body.id}/members`, {
      userId: personId,
      party: 'Socialdemokraterna',
      position: 'ledamot',
    });
    stored = await User.findById(personId).lean();
    expect(stored!.roles.filter((g) => g.role === 'official')).toHaveLength(1);
    const shown = await app.client().get(`/api/v1/bodies/${body.id}`);
    expect(shown.body.data.members).toHaveLength(1);
    expect(shown.body.data.members[0].position).toBe('ledamot');

    const removed = await admin.delete(`/api/v1/bodies/${body.id}/members/${personId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.data.members).toEqual([]);
    stored = await User.findById(personId).lean();
    expect(stored!.roles.some((g) => g.role === 'official')).toBe(false);
  });

  it('a secretary of the body appoints another secretary, who may then create meetings', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Kulturnämnden' })).body.data;
    const { user: newcomer, client: newcomerClient } = await signedInUser(app);
    const before = await newcomerClient.post('/api/v1/meetings', {
      bodyId: body.id,
      title: 'Sammanträde',
      startsAt: '2026-12-01T09:00:00+01:00',
    });
    expect(before.status).toBe(403);
    const res = await admin.post(`/api/v1/bodies/${body.id}/secretaries`, {
      userId: String(newcomer._id),
    });
    expect(res.status).toBe(200);
    expect(res.body.data.secretaries).toEqual([
      { userId: String(newcomer._id), displayName: newcomer.displayName },
    ]);
    const after = await newcomerClient.post('/api/v1/meetings', {
      bodyId: body.id,
      title: 'Sammanträde',
      startsAt: '2026-12-01T09:00:00+01:00',
    });
    expect(after.status).toBe(201);
    const revoked = await admin.delete(
      `/api/v1/bodies/${body.id}/secretaries/${String(newcomer._id)}`,
    );
    expect(revoked.status).toBe(200);
    const again = await newcomerClient.post('/api/v1/meetings', {
      bodyId: body.id,
      title: 'Sammanträde',
      startsAt: '2026-12-01T09:00:00+01:00',
    });
    expect(again.status).toBe(403);
  });

  it('renames (secretary of the body) and refuses to remove a body with meetings', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Valnämnden' })).body.data;
    const { client: secretary } = await signedInUser(app, {
      roles: [{ role: 'secretary', bodyId: body.id }],
    });
    expect(
      (await app.client().patch(`/api/v1/bodies/${body.id}`, { shortName: 'VN' })).status,
    ).toBe(401);
    expect((await secretary.patch(`/api/v1/bodies/${body.id}`, {})).status).toBe(400);
    const { client: citizen, id: citizenId } = await signedInUser(app);
    expect((await citizen.patch(`/api/v1/bodies/${body.id}`, { shortName: 'X' })).status).toBe(403);
    const secretaries = `/api/v1/bodies/${body.id}/secretaries`;
    expect((await app.client().post(secretaries, { userId: citizenId })).status).toBe(401);
    expect((await citizen.post(secretaries, { userId: citizenId })).status).toBe(403);
    expect((await secretary.post(secretaries, { userId: 'x' })).status).toBe(400);
    const renamed = await secretary.patch(`/api/v1/bodies/${body.id}`, { shortName: 'VN' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.shortName).toBe('VN');
    expect((await secretary.delete(`/api/v1/bodies/${body.id}`)).status).toBe(403);
    await secretary.post('/api/v1/meetings', {
      bodyId: body.id,
      title: 'Sammanträde',
      startsAt: '2026-12-01T09:00:00+01:00',
    });
    const refused = await admin.delete(`/api/v1/bodies/${body.id}`);
    expect(refused.status).toBe(409);
    const missing = await app.client().get('/api/v1/bodies/0123456789abcdef01234567');
    expect(missing.status).toBe(404);
  });

  it('a secretary who loses the post leaves the room of the body’s draft meeting', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Miljönämnden' })).body.data;
    const { user, client } = await signedInUser(app);
    await admin.post(`/api/v1/bodies/${body.id}/secretaries`, { userId: String(user._id) });
    const draft = await client.post('/api/v1/meetings', {
      bodyId: body.id,
      title: 'Utkast',
      startsAt: '2026-12-01T09:00:00+01:00',
    });
    const socket = await connectSocket(app, client);
    try {
      const joined = await emitAck(socket, 'meeting:join', { meetingId: draft.body.data.id });
      expect(joined.ok).toBe(true);
      const room = `meeting:${draft.body.data.id}`;
      expect(await app.server.ctx.io.in(room).fetchSockets()).toHaveLength(1);
      await admin.delete(`/api/v1/bodies/${body.id}/secretaries/${String(user._id)}`);
      expect(await app.server.ctx.io.in(room).fetchSockets()).toHaveLength(0);
    } finally {
      socket.disconnect();
    }
  });

  it('a member removed from a body loses the rooms guarded by that body, at once', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Tekniska nämnden' })).body.data;
    const other = (await admin.post('/api/v1/bodies', { name: 'Fritidsnämnden' })).body.data;
    const { id: personId, client } = await signedInUser(app);
    for (const b of [body, other]) {
      expect((await admin.put(`/api/v1/bodies/${b.id}/members`, { userId: personId })).status).toBe(
        200,
      );
    }
    const socket = await connectSocket(app, client);
    try {
      const io = app.server.ctx.io;
      const room = `${OFFICIALS}${body.id}`;
      const otherRoom = `${OFFICIALS}${other.id}`;
      io.in(userRoom(personId)).socketsJoin([room, otherRoom]);
      expect(await io.in(room).fetchSockets()).toHaveLength(1);

      const before = new Date();
      const removed = await admin.delete(`/api/v1/bodies/${body.id}/members/${personId}`);
      expect(removed.status).toBe(200);
      // Re-checked before the answer: the room of the body left, the other body's room kept.
      expect(await io.in(room).fetchSockets()).toHaveLength(0);
      expect(await io.in(otherRoom).fetchSockets()).toHaveLength(1);
      expect(socket.connected).toBe(true);
      // Marked changed, so the role poller of every node (and the CLI's changes) see it too.
      const stored = await User.findById(personId).lean();
      expect(stored!.rolesChangedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(stored!.roles).toContainEqual({ role: 'official', bodyId: other.id });
      expect(stored!.roles).not.toContainEqual({ role: 'official', bodyId: body.id });
      expect(
        await AuditEntry.countDocuments({ action: 'body.member.remove', 'subject.id': body.id }),
      ).toBe(1);
    } finally {
      socket.disconnect();
    }
  });

  it('removing a body takes its seat grants back and marks the people changed', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Tillfälliga beredningen' })).body
      .data;
    const { id: personId } = await signedInUser(app);
    await admin.post(`/api/v1/bodies/${body.id}/secretaries`, { userId: personId });
    const marked = (await User.findById(personId).lean())!.rolesChangedAt!;
    expect((await admin.delete(`/api/v1/bodies/${body.id}`)).status).toBe(204);
    const stored = await User.findById(personId).lean();
    expect(stored!.roles).not.toContainEqual({ role: 'secretary', bodyId: body.id });
    expect(stored!.rolesChangedAt!.getTime()).toBeGreaterThanOrEqual(marked.getTime());
    expect(await AuditEntry.countDocuments({ action: 'body.delete', 'subject.id': body.id })).toBe(
      1,
    );
  });

  it('a secretary or admin of another body keeps none of this body’s seats', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Byggnadsnämnden' })).body.data;
    const other = (await admin.post('/api/v1/bodies', { name: 'Kulturnämnden 2' })).body.data;
    const { client: foreign } = await signedInUser(app, {
      roles: [
        { role: 'secretary', bodyId: other.id },
        { role: 'admin', bodyId: other.id },
      ],
    });
    const { id: personId } = await signedInUser(app);
    const paths = [
      ['put', `/api/v1/bodies/${body.id}/members`, { userId: personId }],
      ['post', `/api/v1/bodies/${body.id}/secretaries`, { userId: personId }],
      ['patch', `/api/v1/bodies/${body.id}`, { name: 'Annat namn' }],
    ] as const;
    for (const [method, path, payload] of paths) {
      const res = await foreign.request(method.toUpperCase(), path, { json: payload });
      expect(res.status, path).toBe(403);
    }
    expect((await foreign.delete(`/api/v1/bodies/${body.id}`)).status).toBe(403);
    expect((await foreign.post('/api/v1/bodies', { name: 'Egen nämnd' })).status).toBe(403);
    const stored = await User.findById(personId).lean();
    expect(stored!.roles.some((g) => g.bodyId === body.id)).toBe(false);
  });

  it('exports a person’s seats and posts with their personal data', async () => {
    const { client: admin } = await signedInUser(app, { roles: ['admin'] });
    const body = (await admin.post('/api/v1/bodies', { name: 'Krisledningsnämnden' })).body.data;
    const { user, client } = await signedInUser(app);
    await admin.put(`/api/v1/bodies/${body.id}/members`, {
      userId: String(user._id),
      party: 'Liberalerna',
      position: 'ledamot',
    });
    const exported = await client.get('/api/v1/me/export');
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body)).toContain('Krisledningsnämnden');
  });
});
