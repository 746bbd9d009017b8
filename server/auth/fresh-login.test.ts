// Erasing one's identity and granting or revoking roles need a login within the last five
// minutes: an older session gets 403 with `details.reason: "fresh_login_required"` and nothing
// changes; after logging in again through the IdP the same act goes through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { signedInUser } from '../../test/helpers/factories';
import { loginAs } from '../../test/helpers/saml';
import { AuditEntry } from '../audit/model';
import { User } from './user-model';
import { FRESH_LOGIN_MS, isFreshLogin } from './fresh-login';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const STALE = () => Date.now() - FRESH_LOGIN_MS - 60_000;
const freshLoginRequired = {
  code: 'forbidden',
  details: { reason: 'fresh_login_required' },
};

describe('isFreshLogin', () => {
  it('holds for five minutes after the login, not for a missing or future time', () => {
    const now = Date.now();
    expect(isFreshLogin(now, now)).toBe(true);
    expect(isFreshLogin(now - FRESH_LOGIN_MS, now)).toBe(true);
    expect(isFreshLogin(now - FRESH_LOGIN_MS - 1, now)).toBe(false);
    expect(isFreshLogin(undefined, now)).toBe(false);
    expect(isFreshLogin(now + 60_000, now)).toBe(false);
  });
});

describe('DELETE /api/v1/me needs a fresh login', () => {
  it('401 for anonymous callers', async () => {
    expect((await app.client().delete('/api/v1/me')).status).toBe(401);
  });

  it('403 fresh_login_required for a session that logged in long ago; nothing is erased', async () => {
    const { client, id } = await signedInUser(app, { loginAt: STALE() });
    const res = await client.delete('/api/v1/me');
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject(freshLoginRequired);
    const user = await User.findById(id).lean();
    expect(user?.erasedAt).toBeUndefined();
    expect((await client.get('/api/v1/me')).status).toBe(200);
    expect(await AuditEntry.countDocuments({ action: 'user.erase', actor: id })).toBe(0);
  });

  it('goes through after a new login through the IdP', async () => {
    // A citizen logged in through the real SAML path; the session then ages.
    const client = await loginAs(app, 'citizen');
    const me = (await client.get('/api/v1/me')).body.data as { id: string };
    await mongoose.connection
      .db!.collection('sessions')
      .updateMany({ 'session.userId': me.id }, { $set: { 'session.loginAt': STALE() } });
    expect((await client.delete('/api/v1/me')).body.error).toMatchObject(freshLoginRequired);
    await loginAs(app, 'citizen', client);
    expect((await client.delete('/api/v1/me')).status).toBe(204);
    expect((await User.findById(me.id).lean())?.erasedAt).toBeInstanceOf(Date);
  });
});

describe('granting and revoking roles need a fresh login', () => {
  it('a non-admin gets a plain 403 (no reason): the role decides first', async () => {
    const citizen = await signedInUser(app);
    const res = await citizen.client.post(`/api/v1/admin/users/${citizen.id}/roles`, {
      role: 'admin',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details).toBeUndefined();
  });

  it('400 for bad input comes before the freshness check', async () => {
    const admin = await signedInUser(app, { roles: ['admin'], loginAt: STALE() });
    const target = await signedInUser(app);
    const res = await admin.client.post(`/api/v1/admin/users/${target.id}/roles`, {
      role: 'king',
    });
    expect(res.status).toBe(400);
  });

  it('a stale admin session can list people but not grant or revoke', async () => {
    const admin = await signedInUser(app, { roles: ['admin'], loginAt: STALE() });
    const target = await signedInUser(app, { roles: ['citizen', 'moderator'] });
    expect((await admin.client.get('/api/v1/admin/users')).status).toBe(200);
    const grant = await admin.client.post(`/api/v1/admin/users/${target.id}/roles`, {
      role: 'admin',
    });
    expect(grant.status).toBe(403);
    expect(grant.body.error).toMatchObject(freshLoginRequired);
    const revoke = await admin.client.delete(`/api/v1/admin/users/${target.id}/roles/moderator`);
    expect(revoke.status).toBe(403);
    expect(revoke.body.error).toMatchObject(freshLoginRequired);
    const roles = (await User.findById(target.id).lean())?.roles.map((g) => g.role);
    expect(roles).toEqual(['citizen', 'moderator']);
  });

  it('a fresh admin session grants and revokes', async () => {
    const admin = await signedInUser(app, { roles: ['admin'] });
    const target = await signedInUser(app, { roles: ['citizen', 'moderator'] });
    const grant = await admin.client.post(`/api/v1/admin/users/${target.id}/roles`, {
      role: 'secretary',
    });
    expect(grant.status).toBe(200);
    const revoke = await admin.client.delete(`/api/v1/admin/users/${target.id}/roles/moderator`);
    expect(revoke.body.data).toEqual([{ role: 'citizen' }, { role: 'secretary' }]);
  });
});
