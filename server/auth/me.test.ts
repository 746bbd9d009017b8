// The person's own data: who am I, the name display choice (seen by others), the GDPR export and
// erasure (identity gone, sessions and sockets ended, content pseudonymised, audited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { buildUser, signIn, signedInUser } from '../../test/helpers/factories';
import { connectSocket } from '../../test/helpers/socket';
import { loginAs, PERSONAS } from '../../test/helpers/saml';
import { AuditEntry } from '../audit/model';
import { loadAuthorNames } from './authors';
import { registerPersonalData } from './personal-data';
import { pidHash } from './pid-hash';
import { User } from './user-model';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('GET /api/v1/me', () => {
  it('401 when not logged in', async () => {
    const res = await app.client().get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('the caller with roles, name forms and abilities, never a pidHash', async () => {
    const { client, id } = await signedInUser(app, {
      givenName: 'Greta',
      surname: 'Ek',
      roles: ['citizen', 'admin'],
    });
    const res = await client.get('/api/v1/me');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      id,
      displayName: 'Greta Ek',
      roles: [{ role: 'citizen' }, { role: 'admin' }],
      nameDisplay: 'full',
      nameForms: { full: 'Greta Ek', initial: 'Greta E.' },
      abilities: { manageRoles: true, readAudit: true },
    });
    expect(res.text).not.toMatch(/pidHash/i);
  });
});

describe('PATCH /api/v1/me', () => {
  it('401 when not logged in', async () => {
    expect((await app.client().patch('/api/v1/me', { nameDisplay: 'initial' })).status).toBe(401);
  });

  it.each([{ nameDisplay: 'nickname' }, {}, { nameDisplay: 'full', displayName: 'Boss' }])(
    '400 for %j',
    async (body) => {
      const { client } = await signedInUser(app);
      const res = await client.patch('/api/v1/me', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    },
  );

  it('changes how others see the name, and is audited', async () => {
    const { client, id } = await signedInUser(app, { givenName: 'Olof', surname: 'Palm' });
    const res = await client.patch('/api/v1/me', { nameDisplay: 'initial' });
    expect(res.status).toBe(200);
    expect(res.body.data.displayName).toBe('Olof P.');
    expect((await loadAuthorNames([id])).get(id)).toEqual({
      displayName: 'Olof P.',
      erased: false,
    });
    const entry = await AuditEntry.findOne({ actor: id, action: 'user.name_display' }).lean();
    expect(entry?.after).toEqual({ nameDisplay: 'initial' });
  });
});

describe('GET /api/v1/me/export', () => {
  registerPersonalData('testFeature', (userId) =>
    Promise.resolve([{ note: `written by ${userId}` }]),
  );

  it('401 when not logged in', async () => {
    expect((await app.client().get('/api/v1/me/export')).status).toBe(401);
  });

  it('everything stored about the caller, without the pidHash', async () => {
    const client = await loginAs(app, 'moderator');
    const me = (await client.get('/api/v1/me')).body.data;
    const res = await client.get('/api/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const data = res.body.data;
    expect(data.user).toMatchObject({
      id: me.id,
      displayName: 'Sara Nilsson',
      givenName: 'Sara',
      surname: 'Nilsson',
      nameDisplay: 'full',
      roles: [{ role: 'citizen' }, { role: 'moderator' }],
    });
    expect(data.user.lastLoginAt).toBeTruthy();
    expect(data.testFeature).toEqual([{ note: `written by ${me.id}` }]);
    expect(data.audit.map((e: { action: string }) => e.action)).toContain('auth.login');
    expect(res.text).not.toContain('pidHash');
    const stored = await User.findById(me.id).lean();
    expect(res.text).not.toContain(stored!.pidHash);
    expect(res.text).not.toContain(PERSONAS.moderator.personnummer);
  });
});

describe('DELETE /api/v1/me', () => {
  it('401 when not logged in', async () => {
    expect((await app.client().delete('/api/v1/me')).status).toBe(401);
  });

  it('erases the identity, ends every session and socket, keeps a pseudonym, is audited', async () => {
    const personnummer = '197104041111';
    const user = await buildUser(app, { givenName: 'Tove', surname: 'Ling', personnummer });
    const id = String(user._id);
    const client = await signIn(app, user);
    const otherDevice = await signIn(app, user);
    const socket = await connectSocket(app, otherDevice);
    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

    const res = await client.delete('/api/v1/me');
    expect(res.status).toBe(204);
    await disconnected;

    expect((await client.get('/api/v1/me')).status).toBe(401);
    expect((await otherDevice.get('/api/v1/me')).status).toBe(401);
    const sessions = await mongoose.connection
      .db!.collection('sessions')
      .countDocuments({ 'session.userId': id });
    expect(sessions).toBe(0);

    const stored = await User.findById(id).lean();
    expect(stored?.pidHash).toBe(`erased:${id}`);
    expect(stored?.givenName).toBeUndefined();
    expect(stored?.surname).toBeUndefined();
    expect(stored?.displayName).toBe('Tidigare användare');
    expect(stored?.roles).toEqual([]);
    expect(stored?.erasedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(stored)).not.toContain('Tove');
    expect((await loadAuthorNames([id])).get(id)).toEqual({
      displayName: 'Tidigare användare',
      erased: true,
    });
    expect(await AuditEntry.countDocuments({ actor: id, action: 'user.erase' })).toBe(1);

    // The same person logging in again is a new user: nothing links them to the old record.
    expect(
      await User.countDocuments({ pidHash: pidHash(personnummer, app.secrets.pidPepper) }),
    ).toBe(0);
  });
});
