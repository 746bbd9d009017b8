// The administrators' tools for people over real HTTP: a person's page (401 → 403 → 404 → 200,
// never a personnummer or e-mail), the base role that cannot be removed (409 base_role), the audit
// log in names (who, whom, which role in which body), filtered by person, and its CSV export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { signedInUser } from '../../test/helpers/factories';
import { Body } from '../features/bodies/model';
import { User } from '../auth/user-model';
import { AuditEntry } from './model';

let app: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
let karin: Awaited<ReturnType<typeof signedInUser>>;
let ks: string;

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInUser(app, { displayName: 'Sara Sekreterare', roles: ['admin'] });
  karin = await signedInUser(app, { displayName: 'Karin Berg' });
  await User.updateOne({ _id: karin.id }, { $set: { email: 'karin@example.se' } });
  ks = String((await Body.create({ name: 'Kommunstyrelsen', sortKey: 'kommunstyrelsen' }))._id);
});
afterAll(async () => {
  await app?.close();
});

describe('a person’s page', () => {
  it('401, 403, 404, then name, roles and last login only', async () => {
    const path = `/api/v1/admin/users/${karin.id}`;
    expect((await app.client().get(path)).status).toBe(401);
    expect((await karin.client.get(path)).status).toBe(403);
    expect((await admin.client.get('/api/v1/admin/users/0123456789abcdef01234567')).status).toBe(
      404,
    );
    expect((await admin.client.get('/api/v1/admin/users/nope')).status).toBe(400);
    const res = await admin.client.get(path);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      id: karin.id,
      displayName: 'Karin Berg',
      roles: [{ role: 'citizen' }],
      lastLoginAt: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/pidHash|example\.se/);
  });

  it('never removes the base role: 409 with reason base_role, nothing changed', async () => {
    const res = await admin.client.delete(`/api/v1/admin/users/${karin.id}/roles/citizen`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', details: { reason: 'base_role' } });
    const person = await admin.client.get(`/api/v1/admin/users/${karin.id}`);
    expect(person.body.data.roles).toEqual([{ role: 'citizen' }]);
  });
});

describe('the audit log in names', () => {
  it('names who gave whom which role in which body, with links, filtered by person', async () => {
    const granted = await admin.client.post(`/api/v1/admin/users/${karin.id}/roles`, {
      role: 'official',
      bodyId: ks,
    });
    expect(granted.status).toBe(200);
    const revoked = await admin.client.delete(
      `/api/v1/admin/users/${karin.id}/roles/official?bodyId=${ks}`,
    );
    expect(revoked.status).toBe(200);

    const other = await signedInUser(app, { displayName: 'Olle Annan' });
    await admin.client.post(`/api/v1/admin/users/${other.id}/roles`, { role: 'moderator' });

    expect((await karin.client.get(`/api/v1/admin/audit?person=${karin.id}`)).status).toBe(403);
    expect((await admin.client.get('/api/v1/admin/audit?person=nope')).status).toBe(400);
    const log = await admin.client.get(`/api/v1/admin/audit?person=${karin.id}&action=user.`);
    expect(log.status).toBe(200);
    expect(log.body.total).toBe(2);
    const [revoke, grant] = log.body.data;
    expect(grant).toMatchObject({
      action: 'user.role_grant',
      actorKind: 'user',
      actorName: 'Sara Sekreterare',
      actorPath: `/admin/anvandare/${admin.id}`,
      subjectName: 'Karin Berg',
      subjectPath: `/admin/anvandare/${karin.id}`,
      grant: { role: 'official', bodyId: ks, bodyName: 'Kommunstyrelsen' },
    });
    expect(revoke).toMatchObject({
      action: 'user.role_revoke',
      grant: { role: 'official', bodyName: 'Kommunstyrelsen' },
    });
    // The person filter also finds what the person did, and nothing of others.
    const sara = await admin.client.get(`/api/v1/admin/audit?person=${admin.id}&action=user.`);
    expect(sara.body.total).toBe(3);
    expect(JSON.stringify(log.body)).not.toContain('Olle Annan');
    expect(JSON.stringify(log.body)).not.toContain('example.se');
  });

  it('exports the filtered log as CSV, in words, and audits the export', async () => {
    const url = `/api/v1/admin/audit.csv?person=${karin.id}&action=user.role_grant`;
    expect((await app.client().get(url)).status).toBe(401);
    expect((await karin.client.get(url)).status).toBe(403);
    expect((await admin.client.get('/api/v1/admin/audit.csv?lang=de')).status).toBe(400);
    const res = await admin.client.get(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('nr,tid,vem,händelse,kod,gäller,typ,roll,nämnd');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(
      'Sara Sekreterare,gav en roll,user.role_grant,Karin Berg,user,förtroendevald,Kommunstyrelsen',
    );
    expect(res.text).not.toContain(karin.id);
    const english = await admin.client.get(`${url}&lang=en`);
    expect(english.text).toContain('granted a role');
    await expect
      .poll(() => AuditEntry.countDocuments({ action: 'audit.export', actor: admin.id }))
      .toBe(2);
  });

  it('escapes cells a spreadsheet would run as formulas', async () => {
    const evil = await signedInUser(app, { displayName: '=HYPERLINK("x")' });
    await admin.client.post(`/api/v1/admin/users/${evil.id}/roles`, { role: 'moderator' });
    const res = await admin.client.get(`/api/v1/admin/audit.csv?person=${evil.id}`);
    expect(res.text).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('is described in OpenAPI as text/csv', async () => {
    const doc = await app.client().get('/api/v1/openapi.json');
    const op = doc.body.paths['/api/v1/admin/audit.csv'].get;
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/csv']);
    expect(doc.body.paths['/api/v1/admin/users/{id}'].get).toBeDefined();
  });
});
