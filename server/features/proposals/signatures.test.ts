// Signatures and following over real HTTP and Socket.IO: one per person, withdraw while open, the
// count equals the stored signatures (also with 200 people signing at once), live updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, emitAck, nextEvent } from '../../../test/helpers/socket';
import { Signature } from './model';
import { opened, submitted } from '../../../test/helpers/proposals';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'error' });
});
afterAll(async () => {
  await app.close();
});

describe('POST/DELETE /api/v1/proposals/:id/signatures', () => {
  it('401 anonymous, 404 unknown, 409 when not open', async () => {
    const p = await opened(app);
    expect((await app.client().post(`/api/v1/proposals/${p.id}/signatures`)).status).toBe(401);
    expect((await app.client().delete(`/api/v1/proposals/${p.id}/signatures`)).status).toBe(401);
    const citizen = await signedInUser(app);
    expect(
      (await citizen.client.post('/api/v1/proposals/0123456789abcdef01234567/signatures')).status,
    ).toBe(404);
    const pending = await submitted(app);
    // Not yet public: as good as missing to others, not open to its author.
    expect((await citizen.client.post(`/api/v1/proposals/${pending.id}/signatures`)).status).toBe(
      404,
    );
    const own = await pending.author.client.post(`/api/v1/proposals/${pending.id}/signatures`);
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('conflict');
  });

  it('signs once (second is 409), shows the count, withdraws (204), and signs again', async () => {
    const p = await opened(app);
    const citizen = await signedInUser(app);
    const first = await citizen.client.post(`/api/v1/proposals/${p.id}/signatures`);
    expect(first.status).toBe(201);
    expect(first.body.data.signatureCount).toBe(1);
    const second = await citizen.client.post(`/api/v1/proposals/${p.id}/signatures`);
    expect(second.status).toBe(409);
    const view = await citizen.client.get(`/api/v1/proposals/${p.id}`);
    expect(view.body.data.signatureCount).toBe(1);
    expect(view.body.data.viewer).toMatchObject({ signed: true, following: true });
    // Signers are never listed publicly.
    expect(
      JSON.stringify((await app.client().get(`/api/v1/proposals/${p.id}`)).body),
    ).not.toContain(citizen.user.displayName);
    const mine = await citizen.client.get('/api/v1/proposals/mine');
    expect(mine.body.data.signed.map((x: { id: string }) => x.id)).toEqual([p.id]);
    const withdrawn = await citizen.client.delete(`/api/v1/proposals/${p.id}/signatures`);
    expect(withdrawn.status).toBe(204);
    expect((await citizen.client.delete(`/api/v1/proposals/${p.id}/signatures`)).status).toBe(404);
    expect((await app.client().get(`/api/v1/proposals/${p.id}`)).body.data.signatureCount).toBe(0);
    expect((await citizen.client.post(`/api/v1/proposals/${p.id}/signatures`)).status).toBe(201);
  });

  it('200 people signing at once: every one acknowledged, count equals stored signatures', async () => {
    const p = await opened(app);
    const signers = await Promise.all(Array.from({ length: 200 }, () => signedInUser(app)));
    const results = await Promise.all(
      signers.map(({ client }) => client.post(`/api/v1/proposals/${p.id}/signatures`)),
    );
    const statuses: Record<number, number> = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    expect(statuses, results.find((r) => r.status !== 201)?.text).toEqual({ 201: 200 });
    const stored = await Signature.countDocuments({ proposalId: p.id });
    expect(stored).toBe(200);
    const view = await app.client().get(`/api/v1/proposals/${p.id}`);
    expect(view.body.data.signatureCount).toBe(stored);
    // And half of them withdrawing at once while the other half try to sign again.
    const mixed = await Promise.all(
      signers.map(({ client }, i) =>
        i % 2 === 0
          ? client.delete(`/api/v1/proposals/${p.id}/signatures`)
          : client.post(`/api/v1/proposals/${p.id}/signatures`),
      ),
    );
    expect(mixed.filter((r) => r.status === 204)).toHaveLength(100);
    expect(mixed.filter((r) => r.status === 409)).toHaveLength(100);
    const after = await Signature.countDocuments({ proposalId: p.id });
    expect(after).toBe(100);
    expect((await app.client().get(`/api/v1/proposals/${p.id}`)).body.data.signatureCount).toBe(
      100,
    );
  }, 120_000);
});

describe('following', () => {
  it('401 anonymous; anyone logged in follows and unfollows; the author follows automatically', async () => {
    const p = await opened(app);
    expect((await app.client().post(`/api/v1/proposals/${p.id}/follow`)).status).toBe(401);
    const author = await p.author.client.get(`/api/v1/proposals/${p.id}`);
    expect(author.body.data.viewer.following).toBe(true);
    const citizen = await signedInUser(app);
    expect((await citizen.client.post(`/api/v1/proposals/${p.id}/follow`)).status).toBe(204);
    expect((await citizen.client.get(`/api/v1/proposals/${p.id}`)).body.data.viewer.following).toBe(
      true,
    );
    const mine = await citizen.client.get('/api/v1/proposals/mine');
    expect(mine.body.data.following.map((x: { id: string }) => x.id)).toEqual([p.id]);
    expect((await citizen.client.delete(`/api/v1/proposals/${p.id}/follow`)).status).toBe(204);
    expect((await citizen.client.get(`/api/v1/proposals/${p.id}`)).body.data.viewer.following).toBe(
      false,
    );
  });
});

describe('proposal:join and proposal:updated', () => {
  it('400 bad payload, 404 hidden proposal; watchers see the count change live', async () => {
    const p = await opened(app);
    const watcher = await connectSocket(app);
    try {
      const bad = await emitAck(watcher, 'proposal:join', { proposalId: 'nope' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      const hidden = await submitted(app);
      const denied = await emitAck(watcher, 'proposal:join', { proposalId: hidden.id });
      expect(denied).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const joined = await emitAck(watcher, 'proposal:join', { proposalId: p.id });
      expect(joined.ok).toBe(true);
      const update = nextEvent(watcher, 'proposal:updated', (u) => u.id === p.id);
      const citizen = await signedInUser(app);
      await citizen.client.post(`/api/v1/proposals/${p.id}/signatures`);
      expect(await update).toMatchObject({ id: p.id, status: 'open', signatureCount: 1 });
      expect((await emitAck(watcher, 'proposal:leave', { proposalId: p.id })).ok).toBe(true);
    } finally {
      watcher.disconnect();
    }
  });
});
