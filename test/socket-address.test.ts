// The client address of a socket action is resolved as HTTP resolves it (docs/security.md): behind
// the configured proxy (TRUST_PROXY=on) the handshake's X-Forwarded-For names the client, and the
// audit entry of a live question carries that address; without TRUST_PROXY the header is ignored
// (anyone could write it) and the entry carries the connection's own address.
import { afterAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../server/audit/model';
import { verifyAuditChain } from '../server/audit/verify';
import { startTestApp, type TestApp } from './helpers/app';
import { signedInUser } from './helpers/factories';
import { connectSocket, emitAck, type TestSocket } from './helpers/socket';

const FORWARDED = '203.0.113.7';
const apps: TestApp[] = [];
const sockets: TestSocket[] = [];
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const app of apps) await app.close();
});

/** Asks a question over a socket whose handshake says X-Forwarded-For; answers its audit entry. */
async function askThroughProxy(env: Record<string, string>) {
  const app = await startTestApp(env);
  apps.push(app);
  const moderator = await signedInUser(app, { roles: ['moderator'] });
  const created = await moderator.client.post('/api/v1/live-sessions', {
    title: 'Fråga politikerna',
    premoderation: false,
  });
  const sessionId = created.body.data.id as string;
  await moderator.client.post(`/api/v1/live-sessions/${sessionId}/open`);
  const citizen = await signedInUser(app);
  const socket = await connectSocket(app, citizen.client, {
    headers: { 'x-forwarded-for': FORWARDED },
  });
  sockets.push(socket);
  const ack = await emitAck(socket, 'live:ask', { sessionId, text: 'Vem lagar vägen?' });
  expect(ack.ok, JSON.stringify(ack)).toBe(true);
  const questionId = ack.ok ? (ack.data.id as string) : '';
  const entry = await AuditEntry.findOne({
    action: 'live.question.ask',
    'subject.id': questionId,
  }).lean();
  return { app, socket, questionId, sessionId, citizen, entry };
}

describe('the client address of a socket action', () => {
  it('behind the proxy (TRUST_PROXY=on) is the forwarded one, in the audit entry', async () => {
    const { socket, questionId, sessionId, citizen, entry } = await askThroughProxy({
      TRUST_PROXY: 'on',
    });
    expect(entry?.actor).toBe(citizen.id);
    expect(entry?.ip).toBe(FORWARDED);

    // A vote is audited in its session's batched entry, with the same address.
    const voted = await emitAck(socket, 'live:vote', { questionId, up: true });
    expect(voted.ok, JSON.stringify(voted)).toBe(true);
    await expect
      .poll(
        async () => {
          const batch = await AuditEntry.findOne({
            action: 'live.votes',
            'subject.id': sessionId,
          }).lean();
          return (batch?.after as { votes?: unknown[] } | undefined)?.votes;
        },
        { timeout: 5_000 },
      )
      .toEqual([
        expect.objectContaining({ userId: citizen.id, questionId, vote: 'add', ip: FORWARDED }),
      ]);
    // The batched entry is a link of the hash chain like any other.
    expect(await verifyAuditChain()).toMatchObject({ ok: true, breaks: [] });
  });

  it('without TRUST_PROXY ignores X-Forwarded-For: the connection’s own address', async () => {
    const { entry } = await askThroughProxy({});
    expect(entry?.ip).toBeDefined();
    expect(entry?.ip).not.toBe(FORWARDED);
    expect(entry?.ip).toMatch(/127\.0\.0\.1$/);
  });
});
