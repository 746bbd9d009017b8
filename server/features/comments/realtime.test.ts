// Live threads over real Socket.IO: joining (anyone, public threads only), and the
// thread:comment events others see after new, edited, agreed, hidden and deleted comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, emitAck, nextEvent, type TestSocket } from '../../../test/helpers/socket';
import { makeBody, realDocument } from '../../../test/helpers/comments';
import { threadRoom } from '@shared/events/thread';
import { announcer } from '../../realtime/rooms';
import { announceComment } from './announce';
import { Comment } from './model';

let app: TestApp;
let bodyId: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Byggnadsnämnden');
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app?.close();
});

async function watcher() {
  const socket = await connectSocket(app);
  sockets.push(socket);
  return socket;
}

describe('thread:join and thread:leave', () => {
  it('lets an anonymous socket join a public thread and answers { seq }', async () => {
    const subject = await realDocument(app, bodyId);
    const socket = await watcher();
    const ack = await emitAck(socket, 'thread:join', {
      subjectType: 'document',
      subjectId: subject,
    });
    expect(ack).toEqual({ ok: true, data: { seq: 0 } });
  });

  it('answers bad payloads with validation_failed and hidden subjects with not_found', async () => {
    const hidden = await realDocument(app, bodyId, { secrecy: 'confidential' });
    const socket = await watcher();
    for (const payload of [
      null,
      {},
      { subjectType: 'meeting', subjectId: hidden },
      { subjectType: 'document', subjectId: 'x' },
    ]) {
      const ack = await emitAck(socket, 'thread:join', payload);
      expect(ack.ok).toBe(false);
      if (!ack.ok) expect(ack.error.code).toBe('validation_failed');
    }
    const ack = await emitAck(socket, 'thread:join', {
      subjectType: 'document',
      subjectId: hidden,
    });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(socket.connected).toBe(true);
  });
});

describe('thread:comment', () => {
  it('reaches watchers after new, edited, agreed, hidden and deleted comments, with a rising seq', async () => {
    const subject = await realDocument(app, bodyId);
    const socket = await watcher();
    await emitAck(socket, 'thread:join', { subjectType: 'document', subjectId: subject });
    const author = await signedInUser(app, { givenName: 'Lena', surname: 'Ås' });
    const fan = await signedInUser(app);
    const moderator = await signedInUser(app, { roles: ['moderator'] });
    const url = `/api/v1/documents/${subject}/comments`;

    const created = nextEvent(socket, 'thread:comment');
    const c = (await author.client.post(url, { body: 'Hej <b>alla</b>' })).body.data;
    const event1 = await created;
    expect(event1).toMatchObject({
      id: c.id,
      body: 'Hej <strong>alla</strong>',
      author: { displayName: 'Lena Ås', official: false },
      state: 'visible',
      mine: false,
      seq: 1,
    });

    const edited = nextEvent(socket, 'thread:comment');
    await author.client.patch(`/api/v1/comments/${c.id}`, { body: 'Hej igen' });
    expect(await edited).toMatchObject({ id: c.id, body: 'Hej igen', seq: 2 });
    expect((await edited).editedAt).not.toBeNull();

    const agreed = nextEvent(socket, 'thread:comment');
    await fan.client.post(`/api/v1/comments/${c.id}/agree`);
    expect(await agreed).toMatchObject({ id: c.id, agreeCount: 1, agreedByMe: false, seq: 3 });

    const hidden = nextEvent(socket, 'thread:comment');
    await moderator.client.post(`/api/v1/comments/${c.id}/hide`, {
      rule: 'spam',
      reason: 'Reklam',
    });
    expect(await hidden).toMatchObject({
      id: c.id,
      state: 'hidden',
      body: '',
      moderation: { rule: 'spam', reason: 'Reklam' },
    });

    const late = await watcher();
    expect(
      await emitAck(late, 'thread:join', { subjectType: 'document', subjectId: subject }),
    ).toEqual({ ok: true, data: { seq: 4 } });

    const second = (await author.client.post(url, { body: 'Till radering' })).body.data;
    const deleted = nextEvent(
      socket,
      'thread:comment',
      (e: { state: string }) => e.state === 'deleted',
    );
    await author.client.delete(`/api/v1/comments/${second.id}`);
    expect(await deleted).toMatchObject({ id: second.id, body: '', seq: 6 });
  });

  it('sends nothing about held comments, and nothing after thread:leave', async () => {
    const body = await makeBody('Kulturnämnden');
    const admin = await signedInUser(app, { roles: ['admin'] });
    await admin.client.put(`/api/v1/comment-settings/bodies/${body}`, { premoderation: true });
    const subject = await realDocument(app, body);
    const socket = await watcher();
    await emitAck(socket, 'thread:join', { subjectType: 'document', subjectId: subject });
    const seen: unknown[] = [];
    socket.on('thread:comment', (e) => seen.push(e));
    const author = await signedInUser(app);
    const held = (
      await author.client.post(`/api/v1/documents/${subject}/comments`, { body: 'Väntar' })
    ).body.data;
    expect(held.state).toBe('pending');
    const approved = nextEvent(socket, 'thread:comment');
    await admin.client.post(`/api/v1/comments/${held.id}/restore`);
    expect(await approved).toMatchObject({ id: held.id, state: 'visible', body: 'Väntar' });
    expect(seen).toHaveLength(1);

    expect(
      (await emitAck(socket, 'thread:leave', { subjectType: 'document', subjectId: subject })).ok,
    ).toBe(true);
    await admin.client.put(`/api/v1/comment-settings/bodies/${body}`, { premoderation: false });
    // Announced before the HTTP answer; the acknowledgement of a later event on the same socket
    // is the barrier: anything sent to it before would have arrived first.
    await author.client.post(`/api/v1/documents/${subject}/comments`, { body: 'Syns direkt' });
    await emitAck(socket, 'thread:leave', { subjectType: 'document', subjectId: subject });
    expect(seen).toHaveLength(1);
  });
});

describe('a subject that is no longer public', () => {
  it('is not announced: its watchers leave the room instead', async () => {
    const subject = await realDocument(app, bodyId);
    const socket = await watcher();
    const seen: unknown[] = [];
    socket.on('thread:comment', (e) => seen.push(e));
    await emitAck(socket, 'thread:join', { subjectType: 'document', subjectId: subject });
    const author = await signedInUser(app);
    const created = nextEvent(socket, 'thread:comment');
    const c = (await author.client.post(`/api/v1/documents/${subject}/comments`, { body: 'Hej' }))
      .body.data;
    await created;
    const room = threadRoom('document', subject);
    const { io } = app.server.ctx;
    expect(await io.in(room).fetchSockets()).toHaveLength(1);

    const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const secret = await secretary.client.patch(`/api/v1/documents/${subject}`, {
      secrecy: 'confidential',
      secrecyReference: 'OSL 26 kap. 1 §',
    });
    expect(secret.status, secret.text).toBe(200);
    // The thread is closed to everyone now, so only a change that raced the secrecy decision can
    // still be announced; announcing one directly is that race.
    const stored = await Comment.findById(c.id).lean();
    await announceComment(io, announcer(io), stored!);
    expect(await io.in(room).fetchSockets()).toHaveLength(0);
    expect(
      (await emitAck(socket, 'thread:join', { subjectType: 'document', subjectId: subject })).ok,
    ).toBe(false);
    expect(seen).toHaveLength(1);
  });
});

describe('agenda item threads', () => {
  it('take comments on items of published meetings only, and stop announcing when unpublished', async () => {
    const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const meeting = await secretary.client.post('/api/v1/meetings', {
      bodyId,
      title: 'Byggnadsnämndens sammanträde',
      startsAt: '2026-12-10T13:00:00+01:00',
    });
    expect(meeting.status, meeting.text).toBe(201);
    const meetingId = meeting.body.data.id as string;
    const item = await secretary.client.post(`/api/v1/meetings/${meetingId}/agenda-items`, {
      title: 'Detaljplan för kvarteret Eken',
    });
    expect(item.status, item.text).toBe(201);
    const url = `/api/v1/agenda-items/${item.body.data.id}/comments`;
    const citizen = await signedInUser(app);
    expect((await citizen.client.post(url, { body: 'Före publicering' })).status).toBe(404);
    expect((await app.client().get(url)).status).toBe(404);

    expect((await secretary.client.post(`/api/v1/meetings/${meetingId}/publish`)).status).toBe(200);
    const socket = await watcher();
    const join = await emitAck(socket, 'thread:join', {
      subjectType: 'agendaItem',
      subjectId: item.body.data.id,
    });
    expect(join.ok).toBe(true);
    const event = nextEvent(socket, 'thread:comment');
    const res = await citizen.client.post(url, { body: 'Bra att parken sparas' });
    expect(res.status).toBe(201);
    expect(await event).toMatchObject({ subjectType: 'agendaItem', body: 'Bra att parken sparas' });
    const page = await app.client().get(url);
    expect(page.body).toMatchObject({ total: 1, commentable: true });
  });
});
