// The rest of a proposal's life over real HTTP and Socket.IO: the deadline (clock moved forward,
// scheduler run twice at once), referral, answer, decision; followers notified in the app, live
// and by e-mail (dev mailbox); comments attach through the subject registry; GDPR export.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, nextEvent } from '../../../test/helpers/socket';
import { Body } from '../bodies/model';
import { resolveSubject } from '../subjects';
import { setClockOffset } from './clock';
import { closeDueProposals } from './scheduler';
import { Proposal } from './model';
import { opened, submitted } from '../../../test/helpers/proposals';

const DAY = 86_400_000;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const admin = await signedInUser(app, { roles: ['admin'] });
  await admin.client.put('/api/v1/proposal-rules', {
    threshold: 3,
    signingDays: 30,
    similarRefusalMonths: 12,
    reviewRulesText: 'Håll god ton.',
  });
});
afterEach(() => setClockOffset(0));
afterAll(async () => {
  await app.close();
});

async function withSigners(count: number) {
  const p = await opened(app);
  const signers = [];
  for (let i = 0; i < count; i++) {
    const signer = await signedInUser(app);
    expect((await signer.client.post(`/api/v1/proposals/${p.id}/signatures`)).status).toBe(201);
    signers.push(signer);
  }
  return { ...p, signers };
}

async function passDeadline(days = 31) {
  setClockOffset(days * DAY);
  return closeDueProposals(app.server.ctx);
}

describe('the signing deadline', () => {
  it('closes without the threshold, refers with it; two runs at once write one entry', async () => {
    const short = await withSigners(1);
    const enough = await withSigners(3);
    // Before the deadline nothing happens.
    expect(await closeDueProposals(app.server.ctx)).not.toContain(short.id);
    setClockOffset(31 * DAY);
    const [a, b] = await Promise.all([
      closeDueProposals(app.server.ctx),
      closeDueProposals(app.server.ctx),
    ]);
    const closedIds = [...a, ...b];
    expect(closedIds.filter((id) => id === short.id)).toHaveLength(1);
    expect(closedIds.filter((id) => id === enough.id)).toHaveLength(1);
    const shortView = (await app.client().get(`/api/v1/proposals/${short.id}`)).body.data;
    expect(shortView.status).toBe('closed');
    expect(shortView.timeline.filter((e: { kind: string }) => e.kind === 'closed')).toHaveLength(1);
    expect(shortView.timeline.at(-1).actor).toBeNull();
    const enoughView = (await app.client().get(`/api/v1/proposals/${enough.id}`)).body.data;
    expect(enoughView.status).toBe('referred');
    expect(enoughView.signatureCount).toBe(3);
    expect(
      enoughView.timeline.filter((e: { kind: string }) => e.kind === 'threshold_reached'),
    ).toHaveLength(1);
    // Signing or withdrawing after the deadline: 409, and the count stays.
    const late = await signedInUser(app);
    expect((await late.client.post(`/api/v1/proposals/${enough.id}/signatures`)).status).toBe(409);
    expect(
      (await enough.signers[0]!.client.delete(`/api/v1/proposals/${enough.id}/signatures`)).status,
    ).toBe(409);
    expect(
      (await app.client().get(`/api/v1/proposals/${enough.id}`)).body.data.signatureCount,
    ).toBe(3);
  });

  it('a signature attempted after closesAt but before the tick is refused', async () => {
    const p = await opened(app);
    setClockOffset(31 * DAY);
    const citizen = await signedInUser(app);
    expect((await citizen.client.post(`/api/v1/proposals/${p.id}/signatures`)).status).toBe(409);
  });
});

describe('referral, answer and decision', () => {
  it('401/400/403/409, then a secretary refers, answers and records the decision', async () => {
    const p = await withSigners(3);
    const body = await Body.create({ name: 'Tekniska nämnden', sortKey: 'tekniska nämnden' });
    const bodyId = String(body._id);
    const otherBody = await Body.create({ name: 'Kulturnämnden', sortKey: 'kulturnämnden' });
    const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const wrongSecretary = await signedInUser(app, {
      roles: [{ role: 'secretary', bodyId: String(otherBody._id) }],
    });
    const citizen = await signedInUser(app);
    const referral = { bodyId, caseNumber: 'TN 2026/123' };
    // Not yet past the deadline: 409.
    expect(
      (await secretary.client.post(`/api/v1/proposals/${p.id}/referral`, referral)).status,
    ).toBe(409);
    await passDeadline();
    expect((await app.client().post(`/api/v1/proposals/${p.id}/referral`, referral)).status).toBe(
      401,
    );
    expect((await citizen.client.post(`/api/v1/proposals/${p.id}/referral`, referral)).status).toBe(
      403,
    );
    expect(
      (await wrongSecretary.client.post(`/api/v1/proposals/${p.id}/referral`, referral)).status,
    ).toBe(403);
    const bad = await secretary.client.post(`/api/v1/proposals/${p.id}/referral`, { bodyId });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^caseNumber/);
    // Before the referral the proposal belongs to no body: the body's secretary may not answer it.
    expect(
      (await secretary.client.post(`/api/v1/proposals/${p.id}/answer`, { answer: 'Svar' })).status,
    ).toBe(403);

    const referred = await secretary.client.post(`/api/v1/proposals/${p.id}/referral`, referral);
    expect(referred.status).toBe(200);
    expect(referred.body.data.referral).toMatchObject({
      body: { id: bodyId, name: 'Tekniska nämnden' },
      caseNumber: 'TN 2026/123',
    });
    expect(
      (await secretary.client.post(`/api/v1/proposals/${p.id}/referral`, referral)).status,
    ).toBe(409);
    const filtered = await app.client().get(`/api/v1/proposals?bodyId=${bodyId}`);
    expect(filtered.body.data.map((x: { id: string }) => x.id)).toEqual([p.id]);
    // Comments attach to the proposal with the referred body (officials of it reply as officials).
    expect(await resolveSubject('proposal', p.id)).toMatchObject({
      bodyId,
      public: true,
      commentable: true,
      path: `/forslag/${p.id}`,
    });

    // An official of the referred body replies on the thread, marked as official; a pending
    // proposal has no thread.
    const official = await signedInUser(app, { roles: [{ role: 'official', bodyId }] });
    const reply = await official.client.post(`/api/v1/proposals/${p.id}/comments`, {
      body: 'Vi tar upp förslaget på nästa sammanträde.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.data.author.official).toBe(true);
    const citizenComment = await citizen.client.post(`/api/v1/proposals/${p.id}/comments`, {
      body: 'Bra förslag!',
    });
    expect(citizenComment.body.data.author.official).toBe(false);
    const pending = await submitted(app);
    expect((await app.client().get(`/api/v1/proposals/${pending.id}/comments`)).status).toBe(404);
    expect(
      (await citizen.client.post(`/api/v1/proposals/${p.id}/answer`, { answer: 'Svar' })).status,
    ).toBe(403);
    expect(
      (await wrongSecretary.client.post(`/api/v1/proposals/${p.id}/answer`, { answer: 'Svar' }))
        .status,
    ).toBe(403);
    expect(
      (await secretary.client.post(`/api/v1/proposals/${p.id}/answer`, { answer: '' })).status,
    ).toBe(400);
    expect(
      (await secretary.client.post(`/api/v1/proposals/${p.id}/decision`, { decision: 'Bifall' }))
        .status,
    ).toBe(409);
    const answered = await secretary.client.post(`/api/v1/proposals/${p.id}/answer`, {
      answer: 'Nämnden ser positivt på förslaget.\nUtredning pågår.',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.data.status).toBe('answered');
    expect(answered.body.data.answer).toMatchObject({
      official: true,
      text: 'Nämnden ser positivt på förslaget.\nUtredning pågår.',
    });

    const decided = await secretary.client.post(`/api/v1/proposals/${p.id}/decision`, {
      decision: 'Nämnden beslutar att bifalla förslaget.',
    });
    expect(decided.status).toBe(200);
    const view = (await app.client().get(`/api/v1/proposals/${p.id}`)).body.data;
    expect(view.status).toBe('decided');
    expect(view.decision.text).toBe('Nämnden beslutar att bifalla förslaget.');
    expect(view.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'drafted',
      'submitted',
      'approved',
      'threshold_reached',
      'referred_to_body',
      'answered',
      'decided',
    ]);
    expect(view.timeline.at(-1).actor).toEqual({ displayName: secretary.user.displayName });
  });
});

describe('notifications', () => {
  it('every follower gets every step: in the list, live, and by e-mail', async () => {
    const p = await opened(app);
    const follower = await signedInUser(app);
    expect((await app.client().get('/api/v1/notifications')).status).toBe(401);
    expect((await follower.client.get('/api/v1/notifications?unread=maybe')).status).toBe(400);
    const settings = await follower.client.put('/api/v1/notification-settings', {
      email: 'not-an-address',
    });
    expect(settings.status).toBe(400);
    expect(
      (await follower.client.put('/api/v1/notification-settings', { email: 'foljare@example.se' }))
        .status,
    ).toBe(200);
    // The address is used once confirmed through the link mailed to it.
    const confirmation = (await app.client().get('/dev-mailbox.json')).body.data.find(
      (m: { to: string }) => m.to === 'foljare@example.se',
    );
    const token = /bekrafta-epost\?token=([\w-]+)/.exec(confirmation.text)![1];
    expect(
      (await follower.client.post('/api/v1/notification-settings/confirm', { token })).status,
    ).toBe(200);
    expect((await follower.client.get('/api/v1/notification-settings')).body.data.email).toBe(
      'foljare@example.se',
    );
    expect((await follower.client.post(`/api/v1/proposals/${p.id}/follow`)).status).toBe(204);
    for (let i = 0; i < 3; i++) {
      const s = await signedInUser(app);
      await s.client.post(`/api/v1/proposals/${p.id}/signatures`);
    }
    const socket = await connectSocket(app, follower.client);
    const live = nextEvent(socket, 'notification:new', (e) => e.notification.subject.id === p.id);
    try {
      await passDeadline();
      const event = await live;
      expect(event).toMatchObject({
        notification: {
          status: 'referred',
          step: 'threshold_reached',
          read: false,
          path: `/forslag/${p.id}`,
        },
        unread: 1,
      });
    } finally {
      socket.disconnect();
    }
    const list = await follower.client.get('/api/v1/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(1);
    expect(list.body.data[0]).toMatchObject({
      subject: { id: p.id, title: p.title },
      step: 'threshold_reached',
    });
    // The author, who followed from the start, got the approval and this step.
    const authorList = await p.author.client.get('/api/v1/notifications');
    expect(authorList.body.data.map((n: { step: string }) => n.step)).toEqual([
      'threshold_reached',
      'approved',
    ]);
    // E-mail went to the dev mailbox (no SMTP_URL in tests).
    await expect
      .poll(async () => {
        const mails = (await app.client().get('/dev-mailbox.json')).body.data;
        return mails.filter(
          (m: { to: string; text: string }) =>
            m.to === 'foljare@example.se' && m.text.includes(p.id),
        ).length;
      })
      .toBe(1);
    const page = await app.client().get('/dev-mailbox', { headers: { accept: 'text/html' } });
    expect(page.text).toContain('foljare@example.se');
    // Mark read.
    expect((await follower.client.post('/api/v1/notifications/read', { ids: ['x'] })).status).toBe(
      400,
    );
    const read = await follower.client.post('/api/v1/notifications/read', { all: true });
    expect(read.body.data.unread).toBe(0);
    expect((await follower.client.get('/api/v1/notifications?unread=true')).body.total).toBe(0);
    // An unfollower hears nothing more.
    expect((await follower.client.delete(`/api/v1/proposals/${p.id}/follow`)).status).toBe(204);
    const secretary = await signedInUser(app, { roles: ['secretary'] });
    const body = await Body.create({ name: 'Miljönämnden', sortKey: 'miljönämnden' });
    await secretary.client.post(`/api/v1/proposals/${p.id}/referral`, {
      bodyId: String(body._id),
      caseNumber: 'MN 1',
    });
    expect((await follower.client.get('/api/v1/notifications')).body.total).toBe(1);
    expect((await p.author.client.get('/api/v1/notifications')).body.total).toBe(3);
  });
});

describe('archive search and personal data', () => {
  it('an approved proposal is found by the archive search; a pending one is not', async () => {
    const word = `cykelbana${Date.now().toString(36)}`;
    const author = await signedInUser(app);
    const pending = await author.client.post('/api/v1/proposals', {
      title: `Ny ${word} vid skolan i norr`,
      body: `Vi behöver en ${word} för barnen som cyklar till skolan varje morgon.`,
    });
    const search = async () =>
      (await app.client().get(`/api/v1/search?q=${word}&type=proposal`)).body.data.map(
        (hit: { id: string }) => hit.id,
      );
    expect(await search()).toEqual([]);
    const mod = await signedInUser(app, { roles: ['moderator'] });
    await mod.client.post(`/api/v1/proposals/${pending.body.data.id}/review`, {
      decision: 'approve',
    });
    await expect.poll(search).toEqual([pending.body.data.id]);
  });

  it('the GDPR export holds my proposals, signatures, follows and notifications', async () => {
    const p = await opened(app);
    const signer = await signedInUser(app);
    await signer.client.post(`/api/v1/proposals/${p.id}/signatures`);
    const mine = await p.author.client.get('/api/v1/me/export');
    expect(mine.status).toBe(200);
    const exported = JSON.stringify(mine.body);
    expect(exported).toContain(p.title);
    const theirs = JSON.stringify((await signer.client.get('/api/v1/me/export')).body);
    expect(theirs).toContain(p.id);
    expect(theirs).not.toContain(p.title);
  });
});

describe('stored state', () => {
  it('keeps the timeline in the database, and never stores HTML', async () => {
    const p = await opened(app);
    const stored = await Proposal.findById(p.id).lean();
    expect(stored?.timeline.map((e) => e.kind)).toEqual(['drafted', 'submitted', 'approved']);
    expect(stored?.body).not.toMatch(/</);
  });
});
