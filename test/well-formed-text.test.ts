// User text is made well-formed at the parse edge: a lone UTF-16 surrogate (which the database
// would store as U+FFFD) becomes U+FFFD and text is NFC-normalised before anything is checked,
// stored, answered or audited. So what the asker sees is what is stored, and the audit chain,
// which hashes what it stores, still verifies afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app';
import { signedInUser } from './helpers/factories';
import { connectSocket, emitAck } from './helpers/socket';
import { runCli } from './helpers/cli';
import { LiveQuestionModel } from '../server/features/live/model';
import { Comment } from '../server/features/comments/model';
import { AuditEntry } from '../server/audit/model';
import { verifyAuditChain } from '../server/audit/verify';
import { createDocument, makeBody, secretaryOf } from './helpers/records';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('live:ask with a lone surrogate', () => {
  it('stores, answers and audits "x\\ufffd"; the chain verifies', async () => {
    const moderator = await signedInUser(app, { roles: ['moderator'] });
    const created = await moderator.client.post('/api/v1/live-sessions', {
      title: 'Fr\u00e5gestund',
      premoderation: false,
    });
    const sessionId = created.body.data.id as string;
    await moderator.client.post(`/api/v1/live-sessions/${sessionId}/open`);
    const asker = await signedInUser(app);
    const socket = await connectSocket(app, asker.client);
    try {
      const ack = await emitAck(socket, 'live:ask', { sessionId, text: 'x\ud800' });
      expect(ack).toMatchObject({ ok: true, data: { text: 'x\ufffd' } });
      // NFD in, NFC out: "ä" typed as a + combining diaeresis.
      const nfd = await emitAck(socket, 'live:ask', { sessionId, text: 'Vad ha\u0308nder?' });
      expect(nfd).toMatchObject({ ok: true, data: { text: 'Vad h\u00e4nder?' } });
    } finally {
      socket.disconnect();
    }
    const stored = await LiveQuestionModel.find({ sessionId }).lean();
    expect(stored.map((q) => q.text).sort()).toEqual(['Vad h\u00e4nder?', 'x\ufffd']);
    const audited = await AuditEntry.find({ action: 'live.question.ask' }).lean();
    expect(audited.map((e) => (e.after as { text: string }).text).sort()).toEqual([
      'Vad h\u00e4nder?',
      'x\ufffd',
    ]);
    expect(await verifyAuditChain()).toMatchObject({ ok: true, breaks: [] });
  });
});

describe('a comment and a moderation reason with lone surrogates', () => {
  it('the comment is stored as answered; the hide reason is audited; the chain verifies', async () => {
    const bodyId = await makeBody('Tekniska nämnden');
    const secretary = await secretaryOf(app, bodyId);
    const documentId = await createDocument(secretary.client, bodyId);
    const author = await signedInUser(app);
    const posted = await author.client.post(`/api/v1/documents/${documentId}/comments`, {
      body: '<p>Bra f\u00f6rslag \udc00 men dyrt\ud83d</p>',
    });
    expect(posted.status).toBe(201);
    const body = posted.body.data.body as string;
    expect(body).not.toMatch(LONE);
    expect(body).toContain('\ufffd');
    const stored = await Comment.findById(posted.body.data.id).lean();
    expect(stored?.body).toBe(body);
    const thread = await app.client().get(`/api/v1/documents/${documentId}/comments`);
    expect(thread.body.data[0].body).toBe(body);

    const moderator = await signedInUser(app, { roles: ['moderator'] });
    const hidden = await moderator.client.post(`/api/v1/comments/${posted.body.data.id}/hide`, {
      rule: 'off_topic',
      reason: 'Utanf\u00f6r \ud800\u00e4mnet',
    });
    expect(hidden.status).toBe(200);
    const entry = await AuditEntry.findOne({ action: 'comment.hide' }).lean();
    expect((entry?.after as { reason: string }).reason).toBe('Utanf\u00f6r \ufffd\u00e4mnet');
    expect(await verifyAuditChain()).toMatchObject({ ok: true, breaks: [] });
    const cli = await runCli(app, ['audit-verify']);
    expect(cli.code).toBe(0);
  });
});
