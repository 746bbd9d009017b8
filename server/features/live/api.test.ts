// Live sessions over HTTP: create, open, close, list, read; the closed session stays readable as
// the public record with its answered questions and stored vote counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { connectSocket, emitAck, type TestSocket } from '../../../test/helpers/socket';
import { AuditEntry } from '../../audit/model';

let app: TestApp;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app.close();
});

async function socketFor(client?: Awaited<ReturnType<typeof signedInUser>>['client']) {
  const socket = await connectSocket(app, client);
  sockets.push(socket);
  return socket;
}

describe('POST /api/v1/live-sessions', () => {
  it('refuses anonymous callers with 401', async () => {
    const res = await app.client().post('/api/v1/live-sessions', {
      title: 'x',
      premoderation: false,
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('refuses citizens and officials with 403', async () => {
    for (const roles of [['citizen'], ['official']] as const) {
      const { client } = await signedInUser(app, { roles: [...roles] });
      const res = await client.post('/api/v1/live-sessions', { title: 'x', premoderation: false });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
  });

  it('refuses a session without a meeting to staff whose grants are scoped to a body', async () => {
    const bodyId = 'bbbbbbbbbbbbbbbbbbbbbbbb';
    const { client } = await signedInUser(app, {
      roles: [
        { role: 'secretary', bodyId },
        { role: 'moderator', bodyId },
      ],
    });
    const res = await client.post('/api/v1/live-sessions', {
      title: 'Fritt',
      premoderation: false,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('answers bad input with 400 validation_failed naming the field, and stores nothing', async () => {
    const { client } = await signedInUser(app, { roles: ['secretary'] });
    const before = await app.client().get('/api/v1/live-sessions');
    const bad = [
      {},
      { title: '', premoderation: true },
      { title: 'x'.repeat(201), premoderation: true },
      { title: 'ok', premoderation: 'yes' },
      { title: { $gt: '' }, premoderation: true },
      { title: 'ok', premoderation: true, meetingId: { $ne: null } },
      { title: 'ok', premoderation: true, streamUrl: 'javascript:alert(1)' },
      { title: 'ok', premoderation: true, officialIds: ['nope'] },
      { title: 'ok', premoderation: true, $where: '1' },
    ];
    for (const body of bad) {
      const res = await client.post('/api/v1/live-sessions', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    const after = await app.client().get('/api/v1/live-sessions');
    expect(after.body.total).toBe(before.body.total);
  });

  it('refuses an unknown meeting with 400', async () => {
    const { client } = await signedInUser(app, { roles: ['moderator'] });
    const res = await client.post('/api/v1/live-sessions', {
      title: 'Fråga',
      premoderation: true,
      meetingId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('meetingId');
  });

  it('creates a scheduled session for a secretary or moderator, audited', async () => {
    const official = await signedInUser(app, { roles: ['official'], displayName: 'Eva Ordf' });
    for (const role of ['secretary', 'moderator'] as const) {
      const { client, id } = await signedInUser(app, { roles: [role] });
      const res = await client.post('/api/v1/live-sessions', {
        title: 'Fråga politikerna',
        premoderation: true,
        streamUrl: 'https://stream.example.se/live',
        officialIds: [official.id],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.data).toMatchObject({
        id: expect.any(String),
        status: 'scheduled',
        title: 'Fråga politikerna',
        premoderation: true,
        streamUrl: 'https://stream.example.se/live',
        officials: [{ id: official.id, displayName: 'Eva Ordf' }],
      });
      const audit = await AuditEntry.findOne({
        action: 'live.session.create',
        'subject.id': res.body.data.id,
      }).lean();
      expect(audit?.actor).toBe(id);
    }
  });
});

describe('open and close', () => {
  it('401 anonymous, 403 citizen, 404 unknown, 400 malformed id', async () => {
    const { client: secretary } = await signedInUser(app, { roles: ['secretary'] });
    const created = await secretary.post('/api/v1/live-sessions', {
      title: 'S',
      premoderation: false,
    });
    const id = created.body.data.id as string;
    expect((await app.client().post(`/api/v1/live-sessions/${id}/open`)).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.post(`/api/v1/live-sessions/${id}/open`)).status).toBe(403);
    const missing = await secretary.post('/api/v1/live-sessions/aaaaaaaaaaaaaaaaaaaaaaaa/open');
    expect(missing.status).toBe(404);
    expect((await secretary.post('/api/v1/live-sessions/zzz/open')).status).toBe(400);
  });

  it('opens, closes, refuses a second open/close with 409, and the room sees live:session', async () => {
    const { client } = await signedInUser(app, { roles: ['moderator'] });
    const created = await client.post('/api/v1/live-sessions', {
      title: 'Öppet samtal',
      premoderation: false,
    });
    const id = created.body.data.id as string;
    const watcher = await socketFor();
    const join = await emitAck(watcher, 'live:join', { sessionId: id });
    expect(join.ok).toBe(true);
    const seen: Array<{ status: string; seq: number }> = [];
    watcher.on('live:session', (s) => seen.push(s));

    const opened = await client.post(`/api/v1/live-sessions/${id}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body.data.status).toBe('open');
    expect((await client.post(`/api/v1/live-sessions/${id}/open`)).status).toBe(409);
    const closed = await client.post(`/api/v1/live-sessions/${id}/close`);
    expect(closed.body.data.status).toBe('closed');
    expect((await client.post(`/api/v1/live-sessions/${id}/close`)).status).toBe(409);
    expect((await client.post(`/api/v1/live-sessions/${id}/open`)).status).toBe(409);
    await expect.poll(() => seen.map((s) => s.status)).toEqual(['open', 'closed']);
    expect(seen[1]!.seq).toBeGreaterThan(seen[0]!.seq);
  });
});

describe('reading and the archive', () => {
  it('lists sessions by status and keeps a closed session readable with answers and votes', async () => {
    const { client: mod } = await signedInUser(app, { roles: ['moderator'] });
    const created = await mod.post('/api/v1/live-sessions', {
      title: 'Arkiv',
      premoderation: true,
    });
    const id = created.body.data.id as string;
    await mod.post(`/api/v1/live-sessions/${id}/open`);

    const open = await app.client().get('/api/v1/live-sessions?status=open');
    expect(open.status).toBe(200);
    expect(open.body.data.map((s: { id: string }) => s.id)).toContain(id);
    expect((await app.client().get('/api/v1/live-sessions?status=nope')).status).toBe(400);

    const asker = await signedInUser(app);
    const voter = await signedInUser(app);
    const askSocket = await socketFor(asker.client);
    const voteSocket = await socketFor(voter.client);
    const modSocket = await socketFor(mod);
    const asked = await emitAck(askSocket, 'live:ask', { sessionId: id, text: 'Varför?' });
    const hidden = await emitAck(askSocket, 'live:ask', { sessionId: id, text: 'Väntar' });
    expect(asked.ok && hidden.ok, JSON.stringify([asked, hidden])).toBe(true);
    const qid = asked.ok ? asked.data.id : '';
    await emitAck(modSocket, 'live:moderate', { questionId: qid, decision: 'approve' });
    await emitAck(voteSocket, 'live:vote', { questionId: qid, up: true });
    await emitAck(askSocket, 'live:vote', { questionId: qid, up: true });
    await emitAck(modSocket, 'live:mark', {
      questionId: qid,
      state: 'answered',
      answer: 'Därför.',
    });
    await mod.post(`/api/v1/live-sessions/${id}/close`);

    const record = await app.client().get(`/api/v1/live-sessions/${id}`);
    expect(record.status).toBe(200);
    expect(record.body.data.status).toBe('closed');
    expect(record.body.data.questions).toEqual([
      expect.objectContaining({ id: qid, state: 'answered', answer: 'Därför.', votes: 2 }),
    ]);
    const byMeeting = await app.client().get('/api/v1/live-sessions?status=closed');
    expect(byMeeting.body.data.map((s: { id: string }) => s.id)).toContain(id);
    expect((await app.client().get('/api/v1/live-sessions/aaaaaaaaaaaaaaaaaaaaaaaa')).status).toBe(
      404,
    );
  });

  it('exports what a person asked and voted for', async () => {
    const { client: mod } = await signedInUser(app, { roles: ['moderator'] });
    const created = await mod.post('/api/v1/live-sessions', {
      title: 'GDPR',
      premoderation: false,
    });
    const id = created.body.data.id as string;
    await mod.post(`/api/v1/live-sessions/${id}/open`);
    const person = await signedInUser(app);
    const socket = await socketFor(person.client);
    const asked = await emitAck(socket, 'live:ask', { sessionId: id, text: 'Min fråga' });
    expect(asked.ok, JSON.stringify(asked)).toBe(true);
    const { collectPersonalData } = await import('../../auth/personal-data');
    const data = (await collectPersonalData(person.id)) as {
      live: { questions: Array<{ text: string }> };
    };
    expect(data.live.questions.map((q) => q.text)).toEqual(['Min fråga']);
  });
});
