// Sending a proposal under review back to its author for changes, over real HTTP: 401 → 400 →
// 403 → the proposal back in the author's draft with the message (for the author and reviewers
// only), the timeline entry, the audit entry, the author notified (even after unfollowing);
// then edited, submitted again, and approved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { moderator, submitted, uniqueTitle, validBody } from '../../../test/helpers/proposals';
import { AuditEntry } from '../../audit/model';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('sending a proposal back for changes', () => {
  it('returns it to the author’s draft with the message; the author resubmits', async () => {
    const p = await submitted(app);
    const mod = await moderator(app);
    const url = `/api/v1/proposals/${p.id}/review`;
    const message = 'Skriv vilken park det gäller, så godkänner vi det.';
    expect((await app.client().post(url, { decision: 'return', reason: message })).status).toBe(
      401,
    );
    expect((await mod.client.post(url, { decision: 'return' })).status).toBe(400);
    expect((await mod.client.post(url, { decision: 'return', reason: '  ' })).status).toBe(400);
    const citizen = await signedInUser(app);
    expect((await citizen.client.post(url, { decision: 'return', reason: message })).status).toBe(
      403,
    );
    // The author stops following: a decision on their own text still reaches them.
    expect((await p.author.client.delete(`/api/v1/proposals/${p.id}/follow`)).status).toBe(204);

    const res = await mod.client.post(url, { decision: 'return', reason: message });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('draft');
    expect(res.body.data.timeline.at(-1)).toMatchObject({
      kind: 'returned',
      status: 'draft',
      reason: message,
    });
    expect(
      await AuditEntry.countDocuments({ action: 'proposal.returned', 'subject.id': p.id }),
    ).toBe(1);

    const mine = await p.author.client.get(`/api/v1/proposals/${p.id}`);
    expect(mine.body.data.timeline.at(-1).reason).toBe(message);
    await expect
      .poll(async () => {
        const list = await p.author.client.get('/api/v1/notifications');
        return list.body.data.map((n: { step: string }) => n.step);
      })
      .toEqual(['returned']);

    // A second decision on the same round is a conflict: it is no longer under review.
    expect((await mod.client.post(url, { decision: 'approve' })).status).toBe(409);

    // The author edits the draft and submits it again; the moderator approves this round.
    const title = uniqueTitle('Parken');
    const edit = await p.author.client.put(`/api/v1/proposals/${p.id}`, {
      title,
      body: validBody,
    });
    expect(edit.status).toBe(200);
    const again = await p.author.client.post(`/api/v1/proposals/${p.id}/submit`);
    expect(again.status).toBe(200);
    expect(again.body.data.status).toBe('pending_review');
    const approved = await mod.client.post(url, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(approved.body.data.status).toBe('open');
    expect(approved.body.data.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'drafted',
      'submitted',
      'returned',
      'submitted',
      'approved',
    ]);
    // Once public, the message to the author is not shown to everyone.
    const publicView = await app.client().get(`/api/v1/proposals/${p.id}`);
    const returned = publicView.body.data.timeline.find(
      (e: { kind: string }) => e.kind === 'returned',
    );
    expect(returned.reason).toBeUndefined();
    expect(JSON.stringify(publicView.body)).not.toContain(message);
  });
});
