// Moderating and marking questions over Socket.IO: approve, reject, edit, merge (votes combine,
// nobody counted twice), ban (no more asking or voting), answering now (one at a time) and
// answered; each refused for anonymous sockets, bad payloads, the wrong role, a closed session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, emitAck, nextEvent, type TestSocket } from '../../../test/helpers/socket';
import type { HttpClient } from '../../../test/helpers/http';
import { LiveQuestionModel, LiveVoteModel } from './model';
import { AuditEntry } from '../../audit/model';
import { Body } from '../bodies/model';
import { createMeeting } from '../../../test/helpers/records';

let app: TestApp;
let mod: HttpClient;
let modSocket: TestSocket;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  app = await startTestApp();
  mod = (await signedInUser(app, { roles: ['moderator'] })).client;
  modSocket = await socketFor(mod);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app.close();
});

async function socketFor(client?: HttpClient) {
  const socket = await connectSocket(app, client);
  sockets.push(socket);
  return socket;
}

async function openSession(premoderation: boolean, officialIds?: string[]) {
  const res = await mod.post('/api/v1/live-sessions', {
    title: 'Samtal',
    premoderation,
    officialIds,
  });
  const id = res.body.data.id as string;
  await mod.post(`/api/v1/live-sessions/${id}/open`);
  return id;
}

async function citizen() {
  const user = await signedInUser(app);
  return { ...user, socket: await socketFor(user.client) };
}

async function ok<T = { id: string; state: string; votes: number; text: string }>(
  promise: Promise<{ ok: boolean; data?: unknown; error?: unknown }>,
): Promise<T> {
  const ack = await promise;
  if (!ack.ok) throw new Error(JSON.stringify(ack));
  return ack.data as T;
}

const ask = (socket: TestSocket, sessionId: string, text = 'Fråga?') =>
  ok(emitAck(socket, 'live:ask', { sessionId, text }));

describe('live:moderate', () => {
  it('refuses anonymous sockets, citizens, officials, malformed payloads, closed sessions', async () => {
    const sessionId = await openSession(true);
    const { socket } = await citizen();
    const q = await ask(socket, sessionId);
    const anonymous = await socketFor();
    expect(
      await emitAck(anonymous, 'live:moderate', { questionId: q.id, decision: 'approve' }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    for (const roles of [['citizen'], ['official']] as const) {
      const other = await socketFor((await signedInUser(app, { roles: [...roles] })).client);
      expect(
        await emitAck(other, 'live:moderate', { questionId: q.id, decision: 'approve' }),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    for (const payload of [
      { questionId: q.id, decision: 'delete' },
      { questionId: { $gt: '' }, decision: 'approve' },
      { questionId: q.id, decision: 'edit', text: '' },
      { questionId: q.id, decision: 'edit', text: 'x'.repeat(301) },
      { questionId: q.id, decision: 'ban' },
      { questionId: q.id, decision: 'merge', intoId: 'nope' },
      { questionId: q.id, decision: 'approve', state: 'answered' },
    ]) {
      expect(await emitAck(modSocket, 'live:moderate', payload)).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
    }
    expect((await LiveQuestionModel.findById(q.id).lean())?.state).toBe('pending');
    await mod.post(`/api/v1/live-sessions/${sessionId}/close`);
    expect(
      await emitAck(modSocket, 'live:moderate', { questionId: q.id, decision: 'approve' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('approves a pending question into the public room; rejects another with a reason', async () => {
    const sessionId = await openSession(true);
    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });
    const { socket } = await citizen();
    const first = await ask(socket, sessionId, 'Godkänn mig');
    const second = await ask(socket, sessionId, 'Avslå mig');
    const arriving = nextEvent(watcher, 'live:question');
    const approved = await ok(
      emitAck(modSocket, 'live:moderate', { questionId: first.id, decision: 'approve' }),
    );
    expect(approved.state).toBe('visible');
    expect(await arriving).toMatchObject({ id: first.id, state: 'visible', text: 'Godkänn mig' });
    const rejected = await ok<{ state: string; reason: string }>(
      emitAck(modSocket, 'live:moderate', {
        questionId: second.id,
        decision: 'reject',
        reason: 'Personangrepp',
      }),
    );
    expect(rejected).toMatchObject({ state: 'rejected', reason: 'Personangrepp' });
    expect(
      await emitAck(modSocket, 'live:moderate', { questionId: first.id, decision: 'approve' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const record = await app.client().get(`/api/v1/live-sessions/${sessionId}`);
    expect(record.body.data.questions.map((q: { id: string }) => q.id)).toEqual([first.id]);
    expect(await AuditEntry.countDocuments({ 'subject.id': second.id })).toBe(2);
  });

  it('edits a typo (marked edited) and the room sees the new text', async () => {
    const sessionId = await openSession(false);
    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });
    const { socket } = await citizen();
    const q = await ask(socket, sessionId, 'Når öppnar badhuset?');
    const arriving = nextEvent(watcher, 'live:question', (e) => e.edited === true);
    await ok(
      emitAck(modSocket, 'live:moderate', {
        questionId: q.id,
        decision: 'edit',
        text: 'När öppnar badhuset?',
      }),
    );
    expect(await arriving).toMatchObject({ text: 'När öppnar badhuset?', edited: true });
  });

  it('merges a duplicate: votes combine and a person who voted for both counts once', async () => {
    const sessionId = await openSession(false);
    const { socket: a } = await citizen();
    const { socket: b } = await citizen();
    const target = await ask(a, sessionId, 'Varför höjs taxan?');
    const duplicate = await ask(b, sessionId, 'Varför blir taxan dyrare?');
    const voters = await Promise.all([citizen(), citizen(), citizen()]);
    // voter 0 votes for both, voter 1 for the target, voter 2 for the duplicate.
    await ok(emitAck(voters[0].socket, 'live:vote', { questionId: target.id, up: true }));
    await ok(emitAck(voters[0].socket, 'live:vote', { questionId: duplicate.id, up: true }));
    await ok(emitAck(voters[1].socket, 'live:vote', { questionId: target.id, up: true }));
    await ok(emitAck(voters[2].socket, 'live:vote', { questionId: duplicate.id, up: true }));
    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });
    const gone = nextEvent(watcher, 'live:question', (e) => e.id === duplicate.id);
    const combined = nextEvent(
      watcher,
      'live:question',
      (e) => e.id === target.id && e.votes === 3,
    );
    const merged = await ok<{ state: string; mergedInto: string }>(
      emitAck(modSocket, 'live:moderate', {
        questionId: duplicate.id,
        decision: 'merge',
        intoId: target.id,
      }),
    );
    expect(merged).toMatchObject({ state: 'merged', mergedInto: target.id });
    expect(await gone).toMatchObject({ state: 'merged' });
    await combined;
    expect(await LiveVoteModel.countDocuments({ questionId: target.id })).toBe(3);
    expect(await LiveVoteModel.countDocuments({ questionId: duplicate.id })).toBe(0);
    expect(
      await emitAck(modSocket, 'live:moderate', {
        questionId: target.id,
        decision: 'merge',
        intoId: target.id,
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });

  it('bans a participant with a reason: they can no longer ask or vote in that session', async () => {
    const sessionId = await openSession(false);
    const { socket: troll } = await citizen();
    const { socket: other } = await citizen();
    const bad = await ask(troll, sessionId, 'Olämplig fråga');
    const good = await ask(other, sessionId, 'Bra fråga');
    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });
    const removed = nextEvent(watcher, 'live:question', (e) => e.id === bad.id);
    await ok(
      emitAck(modSocket, 'live:moderate', { questionId: bad.id, decision: 'ban', reason: 'Hot' }),
    );
    expect(await removed).toMatchObject({ state: 'rejected', text: '' });
    expect(await emitAck(troll, 'live:ask', { sessionId, text: 'Igen' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await emitAck(troll, 'live:vote', { questionId: good.id, up: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const join = await ok<{ abilities: { banned: boolean; ask: boolean } }>(
      emitAck(troll, 'live:join', { sessionId }),
    );
    expect(join.abilities).toMatchObject({ banned: true, ask: false });
    expect(
      await AuditEntry.countDocuments({ action: 'live.participant.ban', 'subject.id': sessionId }),
    ).toBe(1);
    // Banned in this session only.
    const elsewhere = await openSession(false);
    await ask(troll, elsewhere, 'Här får jag fråga');
  });
});

describe('live:mark', () => {
  it('refuses anonymous sockets, citizens, officials not of the session, bad payloads', async () => {
    const sessionId = await openSession(false);
    const { socket } = await citizen();
    const q = await ask(socket, sessionId);
    const anonymous = await socketFor();
    expect(
      await emitAck(anonymous, 'live:mark', { questionId: q.id, state: 'answering' }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const outsider = await socketFor((await signedInUser(app, { roles: ['official'] })).client);
    expect(
      await emitAck(outsider, 'live:mark', { questionId: q.id, state: 'answering' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const payload of [
      { questionId: q.id, state: 'visible' },
      { questionId: q.id, state: 'answered', answer: 'x'.repeat(2001) },
      { questionId: q.id, state: { $ne: 'x' } },
    ]) {
      expect(await emitAck(modSocket, 'live:mark', payload)).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
    }
  });

  it("lets the session's official mark one question answering at a time, then answered", async () => {
    const official = await signedInUser(app, { roles: ['official'] });
    const sessionId = await openSession(false, [official.id]);
    const officialSocket = await socketFor(official.client);
    const { socket } = await citizen();
    const q1 = await ask(socket, sessionId, 'Första');
    const q2 = await ask(socket, sessionId, 'Andra');
    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });

    const banner = nextEvent(watcher, 'live:session', (s) => s.answeringId === q1.id);
    const answering = await ok(
      emitAck(officialSocket, 'live:mark', { questionId: q1.id, state: 'answering' }),
    );
    expect(answering.state).toBe('answering');
    await banner;
    const back = nextEvent(
      watcher,
      'live:question',
      (e) => e.id === q1.id && e.state === 'visible',
    );
    await ok(emitAck(officialSocket, 'live:mark', { questionId: q2.id, state: 'answering' }));
    await back;
    const states = await LiveQuestionModel.find({ sessionId }).lean();
    expect(states.filter((q) => q.state === 'answering').map((q) => String(q._id))).toEqual([
      q2.id,
    ]);

    const done = nextEvent(watcher, 'live:question', (e) => e.state === 'answered');
    const cleared = nextEvent(watcher, 'live:session', (s) => s.answeringId === undefined);
    await ok(
      emitAck(officialSocket, 'live:mark', {
        questionId: q2.id,
        state: 'answered',
        answer: 'Vi återkommer skriftligt.',
      }),
    );
    expect(await done).toMatchObject({ id: q2.id, answer: 'Vi återkommer skriftligt.' });
    await cleared;

    const { socket: asker } = await citizen();
    const premod = await openSession(true, [official.id]);
    const pending = await ask(asker, premod);
    expect(
      await emitAck(officialSocket, 'live:mark', { questionId: pending.id, state: 'answering' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await mod.post(`/api/v1/live-sessions/${sessionId}/close`);
    expect(
      await emitAck(officialSocket, 'live:mark', { questionId: q1.id, state: 'answered' }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('answers and the people who asked', () => {
  it('names who answered and the body they sat on; an answered question takes no votes (409)', async () => {
    const body = await Body.create({ name: 'Kultur- och fritidsnämnden', sortKey: 'kultur' });
    const bodyId = String(body._id);
    const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const member = await signedInUser(app, {
      roles: [{ role: 'official', bodyId }],
      displayName: 'Karin Berg',
    });
    const outsider = await signedInUser(app, { roles: ['official'] });
    await Body.updateOne({ _id: bodyId }, { $push: { members: { userId: member.id } } });
    const meeting = await createMeeting(secretary.client, bodyId);
    // The panel is chosen among the body's members: anyone else is refused.
    const refused = await secretary.client.post('/api/v1/live-sessions', {
      title: 'Fråga nämnden',
      meetingId: meeting.id,
      premoderation: false,
      officialIds: [outsider.id],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation_failed');
    const created = await secretary.client.post('/api/v1/live-sessions', {
      title: 'Fråga nämnden',
      meetingId: meeting.id,
      premoderation: false,
      officialIds: [member.id],
    });
    expect(created.status, created.text).toBe(201);
    const sessionId = created.body.data.id as string;
    // A session of the body is its staff's: the body's own secretary opens it.
    expect((await secretary.client.post(`/api/v1/live-sessions/${sessionId}/open`)).status).toBe(
      200,
    );

    const { socket } = await citizen();
    const q = await ask(socket, sessionId, 'När öppnar biblioteket på söndagar?');
    const memberSocket = await socketFor(member.client);
    const answered = await ok<{ answeredBy?: unknown }>(
      emitAck(memberSocket, 'live:mark', { questionId: q.id, state: 'answered', answer: 'I maj.' }),
    );
    expect(answered.answeredBy).toEqual({
      displayName: 'Karin Berg',
      body: 'Kultur- och fritidsnämnden',
    });
    const record = await app.client().get(`/api/v1/live-sessions/${sessionId}`);
    expect(record.body.data.questions[0].answeredBy).toEqual({
      displayName: 'Karin Berg',
      body: 'Kultur- och fritidsnämnden',
    });
    expect(await emitAck(socket, 'live:vote', { questionId: q.id, up: true })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('shows my pending question to me alone, and tells me when it was not published', async () => {
    const sessionId = await openSession(true);
    const { socket } = await citizen();
    const pending = await ask(socket, sessionId, 'Väntar min fråga?');
    const join = await ok<{ mine: Array<{ id: string; state: string; text: string }> }>(
      emitAck(socket, 'live:join', { sessionId }),
    );
    expect(join.mine).toEqual([
      expect.objectContaining({ id: pending.id, state: 'pending', text: 'Väntar min fråga?' }),
    ]);
    const other = await citizen();
    const theirs = await ok<{ mine: unknown[] }>(emitAck(other.socket, 'live:join', { sessionId }));
    expect(theirs.mine).toEqual([]);
    const rejected = await ask(socket, sessionId, 'Den här publiceras inte');
    const told = nextEvent(socket, 'live:question', (e) => e.id === rejected.id);
    await ok(
      emitAck(modSocket, 'live:moderate', {
        questionId: rejected.id,
        decision: 'reject',
        reason: 'Personangrepp',
      }),
    );
    expect(await told).toMatchObject({ state: 'rejected', reason: 'Personangrepp' });
  });
});
