// Personal notifications over real HTTP and Socket.IO on the real database: created through
// `notify` (as any feature does), listed and marked read by their person only, announced live to
// the person's own room with its sequence number, e-mailed to a given address; the e-mail setting.
// (The proposals feature's followers are notified end to end in proposals/lifecycle.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { NotificationDraft } from '@shared/schemas/notifications';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, emitAck, nextEvent, type TestSocket } from '../../../test/helpers/socket';
import { AuditEntry } from '../../audit/model';
import { User } from '../../auth/user-model';
import { NotificationModel } from './model';
import { notify } from '.';

let app: TestApp;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app?.close();
});

function statusDraft(title = 'Fler parkbänkar i Stadsparken'): NotificationDraft {
  const id = new mongoose.Types.ObjectId().toString();
  return {
    kind: 'proposal_status',
    subject: { type: 'proposal', id, title },
    path: `/forslag/${id}`,
    status: 'open',
    step: 'approved',
  };
}

async function socketOf(client: Awaited<ReturnType<typeof signedInUser>>['client']) {
  const socket = await connectSocket(app, client);
  sockets.push(socket);
  return socket;
}

describe('every notification route', () => {
  it('answers anonymous callers 401 and bad input 400', async () => {
    const anonymous = app.client();
    for (const [method, path, json] of [
      ['GET', '/api/v1/notifications'],
      ['POST', '/api/v1/notifications/read', { all: true }],
      ['GET', '/api/v1/notification-settings'],
      ['PUT', '/api/v1/notification-settings', { email: 'a@example.se' }],
    ] as const) {
      const res = await anonymous.request(method, path, json === undefined ? {} : { json });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
    const { client } = await signedInUser(app);
    for (const [method, path, json] of [
      ['GET', '/api/v1/notifications?unread=maybe'],
      ['GET', '/api/v1/notifications?page=0'],
      ['POST', '/api/v1/notifications/read', {}],
      ['POST', '/api/v1/notifications/read', { ids: ['x'] }],
      ['POST', '/api/v1/notifications/read', { ids: [] }],
      ['PUT', '/api/v1/notification-settings', { email: 'inte-en-adress' }],
      ['PUT', '/api/v1/notification-settings', {}],
    ] as const) {
      const res = await client.request(method, path, json === undefined ? {} : { json });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});

describe('notify', () => {
  it('stores one notification per person, and each person sees only their own', async () => {
    const a = await signedInUser(app);
    const b = await signedInUser(app);
    const outsider = await signedInUser(app);
    const draft = statusDraft();
    await notify(app.server.ctx, [a.id, b.id, a.id], draft);
    for (const person of [a, b]) {
      const list = await person.client.get('/api/v1/notifications');
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ total: 1, unread: 1 });
      expect(list.body.data).toEqual([
        {
          id: expect.stringMatching(/^[0-9a-f]{24}$/),
          kind: 'proposal_status',
          subject: draft.subject,
          path: draft.path,
          status: 'open',
          step: 'approved',
          createdAt: expect.any(String),
          read: false,
        },
      ]);
    }
    expect((await outsider.client.get('/api/v1/notifications')).body).toMatchObject({
      data: [],
      total: 0,
      unread: 0,
    });
    expect(JSON.stringify((await a.client.get('/api/v1/notifications')).body)).not.toContain(a.id);
  });

  it('refuses a draft that is no kind it knows, storing nothing', async () => {
    const a = await signedInUser(app);
    const bad = { ...statusDraft(), kind: 'meeting_moved' } as unknown as NotificationDraft;
    await expect(notify(app.server.ctx, [a.id], bad)).rejects.toMatchObject({
      code: 'validation_failed',
    });
    await expect(notify(app.server.ctx, ['nope'], statusDraft())).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(await NotificationModel.countDocuments({ userId: a.id })).toBe(0);
  });

  it('announces each notification to its person’s room only, with a rising seq', async () => {
    const a = await signedInUser(app);
    const b = await signedInUser(app);
    const socketA = await socketOf(a.client);
    const socketB = await socketOf(b.client);
    const seenByA: Array<{ notification: { subject: { title: string } }; seq: number }> = [];
    socketA.on('notification:new', (e: (typeof seenByA)[number]) => seenByA.push(e));

    const first = nextEvent(socketA, 'notification:new');
    await notify(app.server.ctx, [a.id], statusDraft('Första'));
    expect(await first).toMatchObject({
      notification: { kind: 'proposal_status', subject: { title: 'Första' }, read: false },
      unread: 1,
      seq: 1,
    });
    const second = nextEvent(socketA, 'notification:new');
    const toB = nextEvent(socketB, 'notification:new');
    await notify(app.server.ctx, [a.id, b.id], statusDraft('Andra'));
    expect(await second).toMatchObject({
      notification: { subject: { title: 'Andra' } },
      unread: 2,
      seq: 2,
    });
    expect(await toB).toMatchObject({
      notification: { subject: { title: 'Andra' } },
      unread: 1,
      seq: 1,
    });

    await notify(app.server.ctx, [b.id], statusDraft('Bara till B'));
    // The barrier: an acknowledgement on A's socket comes after anything sent to it before.
    await emitAck(socketA, 'thread:leave', {
      subjectType: 'document',
      subjectId: new mongoose.Types.ObjectId().toString(),
    });
    expect(seenByA.map((e) => e.notification.subject.title)).toEqual(['Första', 'Andra']);
  });

  it('e-mails those who gave an address (the dev mailbox in tests), never the others', async () => {
    const withMail = await signedInUser(app);
    const without = await signedInUser(app);
    const address = `avisering-${withMail.id}@example.se`;
    // A confirmed address (confirming through the mailed link is tested in email.test.ts).
    await User.updateOne({ _id: withMail.id }, { $set: { email: address } });
    const draft = statusDraft('Belysning på cykelbanan');
    await notify(app.server.ctx, [withMail.id, without.id], draft);
    await expect
      .poll(async () => {
        const mails = (await app.client().get('/dev-mailbox.json')).body.data as Array<{
          to: string;
          subject: string;
          text: string;
        }>;
        return mails.filter((m) => m.text.includes(draft.path)).map((m) => [m.to, m.subject]);
      })
      .toEqual([[address, 'E-förslag: Belysning på cykelbanan – Öppet för underskrifter']]);
  });

  it('still lists a notification stored before its kind’s fields moved into details', async () => {
    const a = await signedInUser(app);
    const proposalId = new mongoose.Types.ObjectId().toString();
    await NotificationModel.collection.insertOne({
      userId: a.id,
      kind: 'proposal_status',
      subjectType: 'proposal',
      subjectId: proposalId,
      subjectTitle: 'Äldre avisering',
      status: 'referred',
      step: 'threshold_reached',
      path: `/forslag/${proposalId}`,
      createdAt: new Date(),
    });
    const list = await a.client.get('/api/v1/notifications');
    expect(list.body.data).toMatchObject([
      { subject: { title: 'Äldre avisering' }, status: 'referred', step: 'threshold_reached' },
    ]);
  });
});

describe('reading', () => {
  it('pages newest first, filters unread, and marks only the caller’s own read', async () => {
    const a = await signedInUser(app);
    const b = await signedInUser(app);
    for (const title of ['Ett', 'Två', 'Tre'])
      await notify(app.server.ctx, [a.id, b.id], statusDraft(title));
    const page = await a.client.get('/api/v1/notifications?pageSize=2');
    expect(page.body.total).toBe(3);
    expect(page.body.data.map((n: { subject: { title: string } }) => n.subject.title)).toEqual([
      'Tre',
      'Två',
    ]);
    const [newest] = page.body.data as Array<{ id: string }>;
    const bIds = (await b.client.get('/api/v1/notifications')).body.data.map(
      (n: { id: string }) => n.id,
    );
    // B's ids in A's request change nothing of B's.
    const read = await a.client.post('/api/v1/notifications/read', { ids: [newest!.id, ...bIds] });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ unread: 2 });
    expect((await b.client.get('/api/v1/notifications')).body.unread).toBe(3);
    const unread = await a.client.get('/api/v1/notifications?unread=true');
    expect(unread.body.total).toBe(2);
    expect(unread.body.data.every((n: { read: boolean }) => !n.read)).toBe(true);
    expect((await a.client.post('/api/v1/notifications/read', { all: true })).body.data).toEqual({
      unread: 0,
    });
    expect((await a.client.get('/api/v1/notifications')).body).toMatchObject({
      total: 3,
      unread: 0,
    });
  });
});

describe('the e-mail setting', () => {
  it('is set (waiting for confirmation), read and removed by its person; the audit log never holds the address', async () => {
    const a = await signedInUser(app);
    const other = await signedInUser(app);
    expect((await a.client.get('/api/v1/notification-settings')).body.data).toEqual({
      emailMode: 'each',
      email: '',
      pending: null,
    });
    const address = `min-${a.id}@example.se`;
    const set = await a.client.put('/api/v1/notification-settings', { email: address });
    expect(set.body.data).toMatchObject({ email: '', pending: { email: address } });
    expect((await a.client.get('/api/v1/notification-settings')).body.data).toMatchObject({
      pending: { email: address },
    });
    expect((await other.client.get('/api/v1/notification-settings')).body.data).toEqual({
      emailMode: 'each',
      email: '',
      pending: null,
    });
    expect((await a.client.put('/api/v1/notification-settings', { email: '' })).body.data).toEqual({
      emailMode: 'each',
      email: '',
      pending: null,
    });
    const audit = await AuditEntry.find({
      action: /^notifications\.email_/,
      actor: a.id,
    }).lean();
    expect(audit.map((e) => [e.action, e.after])).toEqual([
      ['notifications.email_requested', { email: 'pending' }],
      ['notifications.email_set', { email: 'removed' }],
    ]);
    expect(JSON.stringify(audit)).not.toContain(address);
  });
});
