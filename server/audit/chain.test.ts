// The audit chain holds what is stored: an entry with text the database changes (a lone
// surrogate), empty objects, undefined fields, ObjectIds and Dates re-hashes to its hash. The
// verifier reports every break and goes on. Published checkpoints catch what a consistent
// rewrite or a cut tail leaves behind: `audit-verify --checkpoints <file>` with the list a third
// party saved from GET /api/v1/audit/checkpoints.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trusted, Types } from 'mongoose';
import { startTestApp, type TestApp } from '../../test/helpers/app';
import { runCli } from '../../test/helpers/cli';
import { AuditEntry } from './model';
import { hashEntry } from './hash';
import { recordAudit } from './service';
import { verifyAuditChain } from './verify';
import { AuditCheckpoint, startAuditCheckpoints, writeCheckpoint } from './checkpoints';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const tick = (i: number) =>
  recordAudit({
    actor: 'system',
    action: 'test.tick',
    subject: { type: 'test', id: `t${i}` },
    after: { i },
  });

/** Rewrites entries from `seq` on as a forger with database access would: changed content, every
 * later hash recomputed, so the chain alone still verifies. */
async function rewriteFrom(seq: number): Promise<void> {
  const entries = await AuditEntry.find({ seq: trusted({ $gte: seq }) })
    .sort({ seq: 1 })
    .lean();
  let prevHash = (await AuditEntry.findOne({ seq: seq - 1 }).lean())!.hash;
  for (const entry of entries) {
    const forged = {
      ...entry,
      subject: { type: entry.subject!.type, id: entry.subject!.id },
      actor: entry.seq === seq ? 'forger' : entry.actor,
      prevHash,
    };
    const hash = hashEntry(forged);
    await AuditEntry.updateOne(
      { seq: entry.seq },
      { $set: { actor: forged.actor, prevHash, hash } },
    );
    prevHash = hash;
  }
}

describe('what is stored re-hashes to its hash', () => {
  it('text with lone surrogates, empty objects, undefined fields, ObjectIds and Dates', async () => {
    await recordAudit({
      actor: 'system',
      action: 'test.odd',
      subject: { type: 'test', id: 'odd\ud800' },
      before: { text: 'x\ud800', nested: { empty: {}, list: [undefined, 'y\udc00z'] } },
      after: {
        gone: undefined,
        id: new Types.ObjectId(),
        at: new Date('2026-01-01T00:00:00Z'),
        '\ud83d': 'key',
      },
    });
    const stored = await AuditEntry.findOne({ action: 'test.odd' }).lean();
    expect(stored?.subject?.id).toBe('odd\ufffd');
    expect(JSON.stringify(stored?.before)).toContain('x\ufffd');
    expect(JSON.stringify(stored)).not.toMatch(/\\ud8|\\udc/);
    const report = await verifyAuditChain();
    expect(report).toMatchObject({ ok: true, breaks: [] });
  });
});

describe('the verifier reports every break and goes on', () => {
  it('an altered entry, a forged link and a deleted one: each reported, the CLI names each', async () => {
    for (let i = 0; i < 9; i++) await tick(i);
    const altered = await AuditEntry.findOne({ seq: 3 }).lean();
    const relinked = await AuditEntry.findOne({ seq: 5 }).lean();
    const deleted = await AuditEntry.findOne({ seq: 8 }).lean();
    await AuditEntry.updateOne({ seq: 3 }, { $set: { after: { i: 99 } } });
    await AuditEntry.updateOne({ seq: 5 }, { $set: { prevHash: 'f'.repeat(64) } });
    await AuditEntry.deleteOne({ seq: 8 });
    try {
      const report = await verifyAuditChain();
      expect(report.ok).toBe(false);
      expect(report.breaks).toEqual([
        { seq: 3, reason: 'hash' },
        { seq: 5, reason: 'prev_hash' },
        // Its prevHash no longer fits either, but this is the one altered entry.
        { seq: 5, reason: 'hash' },
        { seq: 8, reason: 'gap', missing: 1 },
      ]);
      expect(report.checked).toBe(9);
      const cli = await runCli(app, ['audit-verify']);
      expect(cli.code).toBe(1);
      for (const seq of [3, 5, 8]) expect(cli.stderr).toContain(`broken at seq ${seq}:`);
    } finally {
      await AuditEntry.updateOne({ seq: 3 }, { $set: { after: altered!.after } });
      await AuditEntry.updateOne({ seq: 5 }, { $set: { prevHash: relinked!.prevHash } });
      await AuditEntry.create(deleted!);
    }
    expect((await verifyAuditChain()).ok).toBe(true);
  });
});

describe('checkpoints', () => {
  const file = `/tmp/motesplats-checkpoints-${process.pid}.json`;

  it('are published to anyone; a third party saves the list', async () => {
    await AuditCheckpoint.deleteMany({});
    expect(await writeCheckpoint(0)).toMatchObject({ seq: 10 });
    // The chain did not grow: no second checkpoint of the same head.
    expect(await writeCheckpoint(0)).toBeUndefined();
    for (let i = 10; i < 14; i++) await tick(i);
    // Too soon after the last one (every six hours by default).
    expect(await writeCheckpoint()).toBeUndefined();
    expect(await writeCheckpoint(0)).toMatchObject({ seq: 14 });
    const res = await app.client().get('/api/v1/audit/checkpoints');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.data.map((c: { seq: number }) => c.seq)).toEqual([10, 14]);
    const head = await AuditEntry.findOne({ seq: 14 }).lean();
    expect(res.body.data[1]).toEqual({ seq: 14, hash: head!.hash, at: expect.any(String) });
    writeFileSync(file, res.text);
    const cli = await runCli(app, ['audit-verify', '--checkpoints', file]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('2 checkpoints match');
  });

  it('detect a cut tail that the chain alone does not show', async () => {
    const tail = await AuditEntry.find({ seq: trusted({ $gte: 12 }) }).lean();
    await AuditEntry.deleteMany({ seq: trusted({ $gte: 12 }) });
    try {
      expect((await verifyAuditChain()).ok).toBe(true);
      expect((await runCli(app, ['audit-verify'])).code).toBe(0);
      const cli = await runCli(app, ['audit-verify', '--checkpoints', file]);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain('broken at seq 14: entry missing');
      expect(cli.stderr).toContain('tail cut');
    } finally {
      await AuditEntry.insertMany(tail);
    }
  });

  it('detect a rewritten tail whose hashes were all recomputed', async () => {
    const original = await AuditEntry.find({ seq: trusted({ $gte: 11 }) }).lean();
    await rewriteFrom(11);
    try {
      expect((await verifyAuditChain()).ok).toBe(true);
      const cli = await runCli(app, ['audit-verify', '--checkpoints', file]);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain('broken at seq 14: entry differs from the published checkpoint');
    } finally {
      for (const entry of original) {
        await AuditEntry.updateOne(
          { seq: entry.seq },
          { $set: { actor: entry.actor, prevHash: entry.prevHash, hash: entry.hash } },
        );
      }
    }
    expect((await verifyAuditChain({ checkpoints: await AuditCheckpoint.find().lean() })).ok).toBe(
      true,
    );
  });

  it('refuses a checkpoint file that is not one, with one line and exit code 2', async () => {
    writeFileSync(file, '[{"seq":"x"}]');
    const cli = await runCli(app, ['audit-verify', '--checkpoints', file]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/^--checkpoints: /);
  });

  it('are written by the scheduler when the chain has grown', async () => {
    await tick(99);
    const stop = startAuditCheckpoints(app.server.ctx.logger, { everyMs: 0, tickMs: 50 });
    try {
      await expect
        .poll(async () => (await AuditCheckpoint.findOne().sort({ seq: -1 }).lean())?.seq)
        .toBe(15);
    } finally {
      await stop();
    }
  });
});
