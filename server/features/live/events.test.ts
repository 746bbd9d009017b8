// Live sessions over Socket.IO: every event refuses anonymous callers, malformed payloads, the
// wrong role and a closed session in the acknowledgement (the connection stays up), and what the
// room observes after each action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, emitAck, nextEvent, type TestSocket } from '../../../test/helpers/socket';
import type { HttpClient } from '../../../test/helpers/http';
import { LiveQuestionModel, LiveVoteModel } from './model';
import { User } from '../../auth/user-model';
import { recheckUserSockets } from '../../realtime/room-guards';

let app: TestApp;
let mod: HttpClient;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  app = await startTestApp();
  mod = (await signedInUser(app, { roles: ['moderator'] })).client;
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

async function openSession(
  options: { premoderation?: boolean; officialIds?: string[]; open?: boolean } = {},
) {
  const res = await mod.post('/api/v1/live-sessions', {
    title: 'Samtal',
    premoderation: options.premoderation ?? false,
    officialIds: options.officialIds,
  });
  const id = res.body.data.id as string;
  if (options.open !== false) await mod.post(`/api/v1/live-sessions/${id}/open`);
  return id;
}

async function citizen() {
  const user = await signedInUser(app, { displayName: `Medborgare ${Math.random()}` });
  return { ...user, socket: await socketFor(user.client) };
}

async function ask(socket: TestSocket, sessionId: string, text = 'En fråga?', anonymous = false) {
  const ack = await emitAck(socket, 'live:ask', { sessionId, text, anonymous });
  if (!ack.ok) throw new Error(JSON.stringify(ack));
  return ack.data as { id: string; state: string; seq: number };
}

const INJECTIONS = [{ $gt: '' }, { $ne: null }, 42, ['a'], null];

describe('live:join and live:leave', () => {
  it('lets anonymous sockets watch: full state with seq, only visible questions', async () => {
    const sessionId = await openSession({ premoderation: true });
    const { socket } = await citizen();
    const pending = await ask(socket, sessionId, 'Väntar på granskning');
    const watcher = await socketFor();
    const ack = await emitAck(watcher, 'live:join', { sessionId });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data.session).toMatchObject({ id: sessionId, status: 'open' });
    expect(ack.data.questions).toEqual([]);
    expect(ack.data.seq).toBeGreaterThanOrEqual(pending.seq);
    expect(ack.data.abilities).toEqual({ ask: false, moderate: false, mark: false, banned: false });
    expect((await emitAck(watcher, 'live:leave', { sessionId })).ok).toBe(true);
  });

  it('refuses malformed payloads and unknown sessions in the ack, never dropping the socket', async () => {
    const watcher = await socketFor();
    for (const sessionId of [...INJECTIONS, 'x'.repeat(10_000), undefined]) {
      const ack = await emitAck(watcher, 'live:join', { sessionId });
      expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    }
    const extra = await emitAck(watcher, 'live:join', {
      sessionId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
      $where: 'x',
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    const missing = await emitAck(watcher, 'live:join', { sessionId: 'aaaaaaaaaaaaaaaaaaaaaaaa' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(watcher.connected).toBe(true);
  });

  it('lets only moderators into the moderators room; pending questions reach them alone', async () => {
    const sessionId = await openSession({ premoderation: true });
    const anonymous = await socketFor();
    expect(await emitAck(anonymous, 'live:join', { sessionId, moderator: true })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    const { socket: citizenSocket } = await citizen();
    expect(await emitAck(citizenSocket, 'live:join', { sessionId, moderator: true })).toMatchObject(
      { ok: false, error: { code: 'forbidden' } },
    );

    const moderator = await socketFor(mod);
    const joined = await emitAck(moderator, 'live:join', { sessionId, moderator: true });
    expect(joined.ok && joined.data.abilities.moderate).toBe(true);
    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });
    const publicEvents: unknown[] = [];
    watcher.on('live:question', (q) => publicEvents.push(q));

    const { socket: asker, user } = await citizen();
    const arriving = nextEvent(moderator, 'live:question');
    const pending = await ask(asker, sessionId, 'Anonym fråga', true);
    expect(pending.state).toBe('pending');
    const seen = await arriving;
    expect(seen).toMatchObject({
      id: pending.id,
      state: 'pending',
      anonymous: true,
      author: { displayName: user.displayName },
    });
    // Barrier: the watcher's own round trip is answered after everything the server sent it
    // before (one connection, in order), so a pending question sent to it would be here by now.
    await emitAck(watcher, 'live:join', { sessionId });
    expect(publicEvents).toEqual([]);
  });

  it('drops a person who loses the moderator role out of the moderators room', async () => {
    const sessionId = await openSession({ premoderation: true });
    const demoted = await signedInUser(app, { roles: ['moderator'] });
    const socket = await socketFor(demoted.client);
    await emitAck(socket, 'live:join', { sessionId, moderator: true });
    await User.updateOne({ _id: demoted.user._id }, { $set: { roles: [{ role: 'citizen' }] } });
    await recheckUserSockets(app.server.ctx.io, demoted.id);
    const events: unknown[] = [];
    socket.on('live:question', (q) => events.push(q));
    const { socket: asker } = await citizen();
    await ask(asker, sessionId, 'Ska inte synas för den som tappat rollen');
    // Barrier: this socket's own round trip is answered after everything sent to it before.
    await emitAck(socket, 'live:join', { sessionId });
    expect(events).toEqual([]);
  });
});

describe('live:ask', () => {
  it('refuses anonymous sockets, bad text and injections, a closed or unknown session', async () => {
    const sessionId = await openSession();
    const anonymous = await socketFor();
    expect(await emitAck(anonymous, 'live:ask', { sessionId, text: 'Hej?' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    const { socket } = await citizen();
    for (const text of ['', '   ', 'x'.repeat(301), 'x'.repeat(20_000), ...INJECTIONS]) {
      const ack = await emitAck(socket, 'live:ask', { sessionId, text });
      expect(ack).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    }
    expect(
      await emitAck(socket, 'live:ask', { sessionId, text: 'ok', anonymous: 'yes' }),
    ).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(
      await emitAck(socket, 'live:ask', { sessionId: 'aaaaaaaaaaaaaaaaaaaaaaaa', text: 'ok' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const scheduled = await openSession({ open: false });
    expect(await emitAck(socket, 'live:ask', { sessionId: scheduled, text: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await mod.post(`/api/v1/live-sessions/${sessionId}/close`);
    expect(await emitAck(socket, 'live:ask', { sessionId, text: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await LiveQuestionModel.countDocuments({ sessionId })).toBe(0);
    expect(socket.connected).toBe(true);
  });

  it('without premoderation shows the question to the room at once; anonymous hides the name', async () => {
    const sessionId = await openSession();
    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });
    const { socket, user } = await citizen();
    const arriving = nextEvent(watcher, 'live:question');
    const asked = await ask(socket, sessionId, '  Varför stänger biblioteket?  ', true);
    expect(asked).toMatchObject({ state: 'visible', text: 'Varför stänger biblioteket?' });
    const seen = await arriving;
    expect(seen).toMatchObject({ id: asked.id, state: 'visible', votes: 0, sessionId });
    expect(seen.author).toBeUndefined();
    expect(JSON.stringify(seen)).not.toContain(user.displayName);
    expect(seen.seq).toBeGreaterThan(0);
  });

  it('allows at most 3 questions a minute per person', async () => {
    const sessionId = await openSession();
    const { socket } = await citizen();
    for (let i = 0; i < 3; i++) await ask(socket, sessionId, `Fråga ${i}`);
    expect(await emitAck(socket, 'live:ask', { sessionId, text: 'En till' })).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    expect(await LiveQuestionModel.countDocuments({ sessionId })).toBe(3);
  });
});

describe('live:vote', () => {
  it('refuses anonymous, malformed, unknown; counts one vote per person; can take it back', async () => {
    const sessionId = await openSession();
    const { socket: asker } = await citizen();
    const question = await ask(asker, sessionId);
    const anonymous = await socketFor();
    expect(
      await emitAck(anonymous, 'live:vote', { questionId: question.id, up: true }),
    ).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const { socket: voter } = await citizen();
    for (const payload of [
      { questionId: question.id, up: 'true' },
      { questionId: { $gt: '' }, up: true },
      { questionId: question.id },
    ]) {
      expect(await emitAck(voter, 'live:vote', payload)).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
    }
    expect(
      await emitAck(voter, 'live:vote', { questionId: 'aaaaaaaaaaaaaaaaaaaaaaaa', up: true }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const watcher = await socketFor();
    await emitAck(watcher, 'live:join', { sessionId });
    const first = await emitAck(voter, 'live:vote', { questionId: question.id, up: true });
    const again = await emitAck(voter, 'live:vote', { questionId: question.id, up: true });
    expect(first).toEqual({ ok: true, data: { questionId: question.id, votes: 1, voted: true } });
    expect(again).toMatchObject({ ok: true, data: { votes: 1 } });
    await nextEvent(watcher, 'live:question', (q) => q.id === question.id && q.votes === 1);
    const back = await emitAck(voter, 'live:vote', { questionId: question.id, up: false });
    expect(back).toMatchObject({ ok: true, data: { votes: 0, voted: false } });
    const backAgain = await emitAck(voter, 'live:vote', { questionId: question.id, up: false });
    expect(backAgain).toMatchObject({ ok: true, data: { votes: 0 } });
    await nextEvent(watcher, 'live:question', (q) => q.id === question.id && q.votes === 0);
    expect(await LiveVoteModel.countDocuments({ questionId: question.id })).toBe(0);
  });

  it('counts concurrent votes exactly, and refuses votes on a pending question or a closed session', async () => {
    const sessionId = await openSession();
    const { socket: asker } = await citizen();
    const question = await ask(asker, sessionId);
    const voters = await Promise.all(Array.from({ length: 12 }, () => citizen()));
    await Promise.all(
      voters.flatMap(({ socket }) => [
        emitAck(socket, 'live:vote', { questionId: question.id, up: true }),
        emitAck(socket, 'live:vote', { questionId: question.id, up: true }),
      ]),
    );
    expect(await LiveVoteModel.countDocuments({ questionId: question.id })).toBe(12);
    // The stored count follows with the next vote broadcast.
    await expect
      .poll(async () => (await LiveQuestionModel.findById(question.id).lean())?.votes)
      .toBe(12);

    const premod = await openSession({ premoderation: true });
    const pending = await ask(asker, premod);
    expect(
      await emitAck(voters[0]!.socket, 'live:vote', { questionId: pending.id, up: true }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await mod.post(`/api/v1/live-sessions/${sessionId}/close`);
    expect(
      await emitAck(voters[0]!.socket, 'live:vote', { questionId: question.id, up: false }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it("counts a person's take-back once, however many arrive at the same moment", async () => {
    const sessionId = await openSession();
    const { socket: asker } = await citizen();
    const question = await ask(asker, sessionId);
    const voters = await Promise.all(Array.from({ length: 6 }, () => citizen()));
    for (const { socket } of voters) {
      await emitAck(socket, 'live:vote', { questionId: question.id, up: true });
    }
    await expect
      .poll(async () => (await LiveQuestionModel.findById(question.id).lean())?.votes)
      .toBe(6);
    // Everything in flight at once: eight take-backs each, then one vote again from the first.
    await Promise.all(
      voters.flatMap(({ socket }) =>
        Array.from({ length: 8 }, () =>
          emitAck(socket, 'live:vote', { questionId: question.id, up: false }),
        ),
      ),
    );
    await emitAck(voters[0]!.socket, 'live:vote', { questionId: question.id, up: true });
    expect(await LiveVoteModel.countDocuments({ questionId: question.id })).toBe(1);
    await expect
      .poll(async () => (await LiveQuestionModel.findById(question.id).lean())?.votes)
      .toBe(1);
  });
});
