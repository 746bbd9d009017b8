// The audit chain: entries written by real actions verify; an altered, deleted or re-linked entry
// is found (by the function and by `npm run cli -- audit-verify`); admins read and filter the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { signedInUser } from '../../test/helpers/factories';
import { runCli } from '../../test/helpers/cli';
import { AuditEntry } from './model';
import { hashEntry } from './hash';
import { recordAudit } from './service';
import { verifyAuditChain } from './verify';

let app: TestApp;
let admin: Awaited<ReturnType<typeof signedInUser>>;
let citizen: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  app = await startTestApp();
  admin = await signedInUser(app, { roles: ['citizen', 'admin'] });
  citizen = await signedInUser(app, { roles: ['citizen'] });
  // Real state changes that audit themselves, plus a few direct entries.
  for (const display of ['initial', 'full', 'initial'] as const) {
    expect((await citizen.client.patch('/api/v1/me', { nameDisplay: display })).status).toBe(200);
  }
  await Promise.all(
    Array.from({ length: 5 }, (_, i) =>
      recordAudit({
        actor: 'system',
        action: 'test.tick',
        subject: { type: 'test', id: `t${i}` },
        after: { i, at: new Date('2026-01-01T00:00:00Z') },
      }),
    ),
  );
});
afterAll(async () => {
  await app?.close();
});

describe('audit chain verification', () => {
  it('accepts the untouched chain (function and CLI)', async () => {
    const report = await verifyAuditChain();
    expect(report).toMatchObject({ ok: true, checked: 8, lastSeq: 8 });
    const cli = await runCli(app, ['audit-verify']);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('audit chain ok: 8 entries');
  });

  it('detects an altered entry and names its seq', async () => {
    const original = await AuditEntry.findOne({ seq: 3 }).lean();
    await AuditEntry.updateOne({ seq: 3 }, { $set: { after: { nameDisplay: 'full' } } });
    try {
      expect((await verifyAuditChain()).broken).toEqual({ seq: 3, reason: 'hash' });
      const cli = await runCli(app, ['audit-verify']);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain('broken at seq 3');
    } finally {
      await AuditEntry.updateOne({ seq: 3 }, { $set: { after: original!.after } });
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });

  it('detects an altered entry whose hash the forger recomputed (the next link breaks)', async () => {
    const original = await AuditEntry.findOne({ seq: 4 }).lean();
    const forged = {
      ...original!,
      subject: { type: original!.subject!.type, id: original!.subject!.id },
      actor: 'someone-else',
    };
    await AuditEntry.updateOne(
      { seq: 4 },
      { $set: { actor: forged.actor, hash: hashEntry(forged) } },
    );
    try {
      expect((await verifyAuditChain()).broken).toEqual({ seq: 5, reason: 'prev_hash' });
    } finally {
      await AuditEntry.updateOne(
        { seq: 4 },
        { $set: { actor: original!.actor, hash: original!.hash } },
      );
    }
  });

  it('detects a deleted entry', async () => {
    const original = await AuditEntry.findOne({ seq: 6 }).lean();
    await AuditEntry.deleteOne({ seq: 6 });
    try {
      expect((await verifyAuditChain()).broken).toEqual({ seq: 6, reason: 'gap', missing: 1 });
      const cli = await runCli(app, ['audit-verify']);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain('broken at seq 6');
    } finally {
      await AuditEntry.create(original!);
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});

describe('GET /api/v1/admin/audit', () => {
  it('401 for anonymous callers', async () => {
    const res = await app.client().get('/api/v1/admin/audit');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('403 for non-admins', async () => {
    const res = await citizen.client.get('/api/v1/admin/audit');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it.each(['from=yesterday', 'pageSize=1000', 'page=0'])('400 for a bad filter (%s)', async (q) => {
    const res = await admin.client.get(`/api/v1/admin/audit?${q}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it('lists newest first with total, filtered by actor, action, subject and time', async () => {
    const all = await admin.client.get('/api/v1/admin/audit');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(8);
    expect(all.body.data.map((e: { seq: number }) => e.seq)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);

    const mine = await admin.client.get(`/api/v1/admin/audit?actor=${citizen.id}`);
    expect(mine.body.total).toBe(3);
    expect(mine.body.data[0]).toMatchObject({
      action: 'user.name_display',
      subject: { type: 'user', id: citizen.id },
      before: { nameDisplay: 'full' },
      after: { nameDisplay: 'initial' },
    });

    const prefix = await admin.client.get('/api/v1/admin/audit?action=test.');
    expect(prefix.body.total).toBe(5);
    const subject = await admin.client.get('/api/v1/admin/audit?subjectType=test&subjectId=t2');
    expect(subject.body.data.map((e: { subject: { id: string } }) => e.subject.id)).toEqual(['t2']);

    const page = await admin.client.get('/api/v1/admin/audit?page=2&pageSize=3');
    expect(page.body.total).toBe(8);
    expect(page.body.data.map((e: { seq: number }) => e.seq)).toEqual([5, 4, 3]);

    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await admin.client.get(`/api/v1/admin/audit?from=${encodeURIComponent(future)}`);
    expect(none.body).toEqual({ data: [], total: 0 });
    const past = await admin.client.get(`/api/v1/admin/audit?to=${encodeURIComponent(future)}`);
    expect(past.body.total).toBe(8);
  });
});
