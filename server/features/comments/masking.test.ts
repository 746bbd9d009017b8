// Masking a part of a comment and keeping a reported one, over real HTTP: 401 → 400 → 403 → the
// masked public text, the rule named, the audit entry without the masked text, the original kept
// only where the rule allows; the queue shows author and time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { makeBody, realDocument } from '../../../test/helpers/comments';
import { AuditEntry } from '../../audit/model';
import { Comment } from './model';

let app: TestApp;
let bodyId: string;
let moderator: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Kommunstyrelsen');
  moderator = await signedInUser(app, { roles: ['moderator'] });
});
afterAll(async () => {
  await app?.close();
});

async function commentOn(body: string, displayName = 'Karin Berg') {
  const subject = await realDocument(app, bodyId, { title: 'Parkbänkar' });
  const author = await signedInUser(app, { displayName });
  const res = await author.client.post(`/api/v1/documents/${subject}/comments`, { body });
  expect(res.status).toBe(201);
  return { subject, author, id: res.body.data.id as string };
}

describe('masking a part of a comment', () => {
  it('replaces every occurrence in the public text, names the rule, keeps no personal data', async () => {
    const { subject, author, id } = await commentOn(
      '<p>Ring mig på 070-123 45 67 eller <a href="mailto:karin@example.se">karin@example.se</a>, 070-123 45 67!</p>',
    );
    const url = `/api/v1/comments/${id}/mask`;
    expect((await app.client().post(url, { text: '070', rule: 'spam' })).status).toBe(401);
    expect((await moderator.client.post(url, { text: '', rule: 'personal_data' })).status).toBe(
      400,
    );
    expect((await moderator.client.post(url, { text: '070', rule: 'nope' })).status).toBe(400);
    expect((await author.client.post(url, { text: '070', rule: 'spam' })).status).toBe(403);
    const missing = await moderator.client.post(url, { text: '08-555', rule: 'personal_data' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('validation_failed');

    const res = await moderator.client.post(url, {
      text: '070-123 45 67',
      rule: 'personal_data',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.body).toContain('[maskerat: känsliga personuppgifter]');
    expect(res.body.data.body).not.toContain('070-123');
    expect(res.body.data.state).toBe('visible');

    // The e-mail address: the link text and its mailto: are both gone.
    const email = await moderator.client.post(url, {
      text: 'karin@example.se',
      rule: 'personal_data',
    });
    expect(email.status).toBe(200);
    const thread = await app.client().get(`/api/v1/documents/${subject}/comments`);
    const shown = JSON.stringify(thread.body);
    expect(shown).not.toContain('070-123');
    expect(shown).not.toContain('karin@example.se');
    expect(thread.body.data[0].body.match(/\[maskerat: känsliga personuppgifter\]/g)).toHaveLength(
      3,
    );

    // Personal data is not kept anywhere: not on the comment, not in the audit log.
    const stored = await Comment.findById(id).lean();
    expect(JSON.stringify(stored)).not.toContain('070-123');
    expect(stored?.masks).toHaveLength(2);
    expect(stored?.masks?.[0]).toMatchObject({ rule: 'personal_data', count: 2 });
    const audit = await AuditEntry.find({ action: 'comment.mask', 'subject.id': id }).lean();
    expect(audit).toHaveLength(2);
    expect(audit[0]?.after).toMatchObject({
      rule: 'personal_data',
      masked: 2,
      originalKept: false,
    });
    expect(JSON.stringify(audit)).not.toContain('070-123');

    // The public log names the rule.
    const log = await app.client().get('/api/v1/comments/moderation-log');
    expect(log.body.data[0]).toMatchObject({ action: 'masked', rule: 'personal_data' });
  });

  it('keeps the original under a rule that allows it (never presented)', async () => {
    const { id } = await commentOn('<p>Köp billiga klockor på klockor.example nu</p>');
    const res = await moderator.client.post(`/api/v1/comments/${id}/mask`, {
      text: 'klockor.example',
      rule: 'spam',
    });
    expect(res.body.data.body).toBe(
      '<p>Köp billiga klockor på [maskerat: reklam eller spam] nu</p>',
    );
    const stored = await Comment.findById(id).lean();
    expect(stored?.masks?.[0]?.original).toContain('klockor.example');
    expect(JSON.stringify(res.body)).not.toContain('klockor.example');
  });

  it('refuses a deleted comment', async () => {
    const { author, id } = await commentOn('<p>Mitt nummer 070-1</p>');
    expect((await author.client.delete(`/api/v1/comments/${id}`)).status).toBeLessThan(300);
    const res = await moderator.client.post(`/api/v1/comments/${id}/mask`, {
      text: '070-1',
      rule: 'personal_data',
    });
    expect(res.status).toBe(409);
  });
});

describe('the queue and keeping a reported comment', () => {
  it('shows author and time; keeping settles the reports and the comment leaves the queue', async () => {
    const { id } = await commentOn('<p>Ett anmält men rimligt inlägg</p>', 'Olle Anmäld');
    const reporter = await signedInUser(app);
    expect(
      (await reporter.client.post(`/api/v1/comments/${id}/report`, { reason: 'Fel' })).status,
    ).toBe(201);
    const queue = await moderator.client.get('/api/v1/comments/moderation-queue');
    const item = queue.body.data.find((q: { id: string }) => q.id === id);
    expect(item).toMatchObject({ state: 'visible', authorName: 'Olle Anmäld' });
    expect(Date.parse(item.createdAt)).toBeGreaterThan(0);

    const url = `/api/v1/comments/${id}/keep`;
    expect((await app.client().post(url)).status).toBe(401);
    expect((await reporter.client.post(url)).status).toBe(403);
    const kept = await moderator.client.post(url);
    expect(kept.status).toBe(200);
    expect(kept.body.data.state).toBe('visible');
    const after = await moderator.client.get('/api/v1/comments/moderation-queue');
    expect(after.body.data.some((q: { id: string }) => q.id === id)).toBe(false);
    expect(await AuditEntry.countDocuments({ action: 'comment.keep', 'subject.id': id })).toBe(1);

    // A hidden comment is not "kept": 409.
    await moderator.client.post(`/api/v1/comments/${id}/hide`, { rule: 'spam', reason: 'Spam' });
    expect((await moderator.client.post(url)).status).toBe(409);
  });
});
