// Moderation over real HTTP: reports (twice is 409; the threshold hides pending review), hiding
// under a rule, restoring, the queue, the public log, pre-moderation, settings, the official
// inbox and the GDPR export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { opened } from '../../../test/helpers/proposals';
import { AuditEntry } from '../../audit/model';
import { Proposal } from '../proposals/model';
import { Comment } from './model';
import { makeBody, realDocument } from '../../../test/helpers/comments';

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

const thread = (id: string) => `/api/v1/documents/${id}/comments`;

async function commentOn(subject: string, body = 'Ett inlägg', segment = 'documents') {
  const author = await signedInUser(app);
  const res = await author.client.post(`/api/v1/${segment}/${subject}/comments`, { body });
  expect(res.status).toBe(201);
  return { author, comment: res.body.data as { id: string } };
}

describe('reporting', () => {
  it('needs a login and a reason; twice by the same person is 409; own comment is 403', async () => {
    const subject = await realDocument(app, bodyId, { title: 'Fler parkbänkar' });
    const { author, comment } = await commentOn(subject);
    const url = `/api/v1/comments/${comment.id}/report`;
    expect((await app.client().post(url, { reason: 'x' })).status).toBe(401);
    const reporter = await signedInUser(app);
    expect((await reporter.client.post(url, {})).status).toBe(400);
    expect((await reporter.client.post(url, { reason: '   ' })).status).toBe(400);
    expect((await author.client.post(url, { reason: 'mitt eget' })).status).toBe(403);
    expect((await reporter.client.post(url, { reason: 'Personangrepp' })).status).toBe(201);
    const again = await reporter.client.post(url, { reason: 'igen' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('hides a comment pending review after 3 reports, and moderators see it in the queue', async () => {
    const subject = await realDocument(app, bodyId, { title: 'Cykelbana' });
    const { comment } = await commentOn(subject, 'Du är en idiot');
    const url = `/api/v1/comments/${comment.id}/report`;
    for (let i = 0; i < 2; i++) {
      const r = await (await signedInUser(app)).client.post(url, { reason: `anmälan ${i}` });
      expect(r.body.data.state).toBe('visible');
    }
    const third = await (await signedInUser(app)).client.post(url, { reason: 'tredje' });
    expect(third.body.data.state).toBe('flagged');
    const page = await app.client().get(thread(subject));
    expect(page.body.data[0]).toMatchObject({ id: comment.id, state: 'flagged', body: '' });
    expect(JSON.stringify(page.body)).not.toContain('idiot');

    expect((await app.client().get('/api/v1/comments/moderation-queue')).status).toBe(401);
    const citizen = await signedInUser(app);
    expect((await citizen.client.get('/api/v1/comments/moderation-queue')).status).toBe(403);
    const queue = await moderator.client.get('/api/v1/comments/moderation-queue');
    expect(queue.status).toBe(200);
    const item = queue.body.data.find((q: { id: string }) => q.id === comment.id);
    expect(item).toMatchObject({
      state: 'flagged',
      originalBody: 'Du är en idiot',
      subject: { title: 'Cykelbana', path: `/handlingar/${subject}` },
    });
    expect(item.reports.map((r: { reason: string }) => r.reason)).toEqual([
      'anmälan 0',
      'anmälan 1',
      'tredje',
    ]);
  });

  it('uses the configured threshold', async () => {
    const citizen = await signedInUser(app);
    expect(
      (await app.client().put('/api/v1/comment-settings', { reportThreshold: 1 })).status,
    ).toBe(401);
    expect(
      (await citizen.client.put('/api/v1/comment-settings', { reportThreshold: 1 })).status,
    ).toBe(403);
    expect(
      (await moderator.client.put('/api/v1/comment-settings', { reportThreshold: 0 })).status,
    ).toBe(400);
    const set = await moderator.client.put('/api/v1/comment-settings', { reportThreshold: 1 });
    expect(set.body.data).toEqual({ reportThreshold: 1 });
    const subject = await realDocument(app, bodyId);
    const { comment } = await commentOn(subject);
    const r = await citizen.client.post(`/api/v1/comments/${comment.id}/report`, {
      reason: 'spam',
    });
    expect(r.body.data.state).toBe('flagged');
    await moderator.client.put('/api/v1/comment-settings', { reportThreshold: 3 });
    expect((await moderator.client.get('/api/v1/comment-settings')).body.data.reportThreshold).toBe(
      3,
    );
  });
});

describe('hiding and restoring', () => {
  it('lets only moderators hide under a rule; the thread shows the reason, the log the rule only', async () => {
    const subject = await realDocument(app, bodyId, { title: 'Nytt bibliotek' });
    const { author, comment } = await commentOn(subject, 'Kränkande text om grannen');
    const hide = `/api/v1/comments/${comment.id}/hide`;
    const input = { rule: 'personal_attack', reason: 'Personangrepp' };
    expect((await app.client().post(hide, input)).status).toBe(401);
    expect((await author.client.post(hide, input)).status).toBe(403);
    expect((await moderator.client.post(hide, { rule: 'nope', reason: 'x' })).status).toBe(400);
    expect((await moderator.client.post(hide, { rule: 'spam' })).status).toBe(400);
    const res = await moderator.client.post(hide, input);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ state: 'hidden', moderation: input, body: '' });

    const page = await app.client().get(thread(subject));
    expect(page.body.data[0]).toMatchObject({ state: 'hidden', moderation: input, body: '' });
    expect(JSON.stringify(page.body)).not.toContain('grannen');

    const log = await app.client().get('/api/v1/comments/moderation-log');
    expect(log.status).toBe(200);
    expect(log.body.data[0]).toMatchObject({
      action: 'hidden',
      rule: 'personal_attack',
      subjectType: 'document',
      subjectId: subject,
      subjectTitle: 'Nytt bibliotek',
    });
    expect(JSON.stringify(log.body)).not.toMatch(/grannen|Personangrepp/);
    expect((await app.client().get('/api/v1/comments/moderation-log?page=0')).status).toBe(400);

    const restore = `/api/v1/comments/${comment.id}/restore`;
    expect((await author.client.post(restore)).status).toBe(403);
    const back = await moderator.client.post(restore);
    expect(back.body.data).toMatchObject({ state: 'visible', body: 'Kränkande text om grannen' });
    expect((await moderator.client.post(restore)).status).toBe(409);
    const audit = await AuditEntry.find({ 'subject.id': comment.id }).lean();
    expect(audit.map((a) => a.action)).toEqual([
      'comment.create',
      'comment.hide',
      'comment.restore',
    ]);
  });
});

describe('pre-moderation', () => {
  it('holds comments of a body for approval when switched on', async () => {
    const body = await makeBody('Miljönämnden');
    const secretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId: body }] });
    const otherSecretary = await signedInUser(app, { roles: [{ role: 'secretary', bodyId }] });
    const url = `/api/v1/comment-settings/bodies/${body}`;
    expect((await app.client().put(url, { premoderation: true })).status).toBe(401);
    expect((await otherSecretary.client.put(url, { premoderation: true })).status).toBe(403);
    expect((await secretary.client.put(url, { premoderation: 'yes' })).status).toBe(400);
    // An unknown body is not found, whoever asks (bodies are public).
    expect(
      (
        await secretary.client.put(`/api/v1/comment-settings/bodies/${'0'.repeat(24)}`, {
          premoderation: true,
        })
      ).status,
    ).toBe(404);
    expect((await secretary.client.put(url, { premoderation: true })).body.data).toEqual({
      premoderation: true,
    });

    const subject = await realDocument(app, body);
    const author = await signedInUser(app);
    const held = await author.client.post(thread(subject), { body: 'Väntar' });
    expect(held.body.data).toMatchObject({ state: 'pending', body: 'Väntar' });
    const publicView = await app.client().get(thread(subject));
    expect(publicView.body).toMatchObject({ data: [], total: 0, premoderation: true });
    const queue = await moderator.client.get('/api/v1/comments/moderation-queue');
    expect(queue.body.data.some((q: { id: string }) => q.id === held.body.data.id)).toBe(true);
    const approved = await moderator.client.post(`/api/v1/comments/${held.body.data.id}/restore`);
    expect(approved.body.data.state).toBe('visible');
    expect((await app.client().get(thread(subject))).body.total).toBe(1);

    const refused = (await author.client.post(thread(subject), { body: 'Nej' })).body.data;
    await moderator.client.post(`/api/v1/comments/${refused.id}/hide`, {
      rule: 'off_topic',
      reason: 'Utanför ämnet',
    });
    expect((await app.client().get(thread(subject))).body.total).toBe(1);
    await secretary.client.put(url, { premoderation: false });
  });
});

describe('official inbox', () => {
  it('lists threads on the official’s bodies with comments no official has answered', async () => {
    const official = await signedInUser(app, { roles: [{ role: 'official', bodyId }] });
    const otherBody = await makeBody('Skolnämnden');
    const mine = await realDocument(app, bodyId, { title: 'Busslinje 4' });
    const notMine = await realDocument(app, otherBody, { title: 'Skolmat' });
    expect((await app.client().get('/api/v1/comments/inbox')).status).toBe(401);
    const citizen = await signedInUser(app);
    expect((await citizen.client.get('/api/v1/comments/inbox')).status).toBe(403);

    const { comment } = await commentOn(mine, 'Varför dras linjen in?');
    await commentOn(notMine, 'Mer grönt');
    const inbox = await official.client.get('/api/v1/comments/inbox');
    const entry = inbox.body.data.find((t: { subjectId: string }) => t.subjectId === mine);
    expect(entry).toMatchObject({ title: 'Busslinje 4', unanswered: 1, subjectType: 'document' });
    expect(inbox.body.data.some((t: { subjectId: string }) => t.subjectId === notMine)).toBe(false);

    await official.client.post(thread(mine), { body: 'Vi ser över det.', parentId: comment.id });
    const after = await official.client.get('/api/v1/comments/inbox');
    expect(after.body.data.some((t: { subjectId: string }) => t.subjectId === mine)).toBe(false);
  });
});

describe('a grant scoped to one body acts in that body only', () => {
  const spam = { rule: 'spam', reason: 'Reklam' };
  const hide = (client: typeof moderator.client, id: string) =>
    client.post(`/api/v1/comments/${id}/hide`, spam);
  const stateOf = async (id: string) => (await Comment.findById(id).lean())?.state;

  async function scopedWorld() {
    const bun = await makeBody('Barn- och utbildningsnämnden');
    const scoped = await signedInUser(app, { roles: [{ role: 'moderator', bodyId: bun }] });
    const own = await commentOn(await realDocument(app, bun), 'I min nämnd');
    const other = await commentOn(await realDocument(app, bodyId), 'I en annan nämnd');
    // A proposal no body handles yet (not referred).
    const proposal = await opened(app);
    const unreferred = await commentOn(proposal.id, 'Om förslaget', 'proposals');
    return { bun, scoped, own, other, proposal, unreferred };
  }

  it('a moderator of one body hides nothing elsewhere, not even on a proposal of no body', async () => {
    const { scoped, own, other, unreferred } = await scopedWorld();
    for (const target of [other, unreferred]) {
      const res = await hide(scoped.client, target.comment.id);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await stateOf(target.comment.id)).toBe('visible');
    }
    expect((await hide(scoped.client, own.comment.id)).status).toBe(200);
    expect(await stateOf(own.comment.id)).toBe('hidden');
    // A grant without a body moderates what belongs to no body; the scoped one cannot undo it.
    expect((await hide(moderator.client, unreferred.comment.id)).status).toBe(200);
    const restore = `/api/v1/comments/${unreferred.comment.id}/restore`;
    expect((await scoped.client.post(restore)).status).toBe(403);
    expect(await stateOf(unreferred.comment.id)).toBe('hidden');
    expect((await scoped.client.post(`/api/v1/comments/${own.comment.id}/restore`)).status).toBe(
      200,
    );
  });

  it('the queue lists only what the moderator may act on, judged by the subject’s body now', async () => {
    const { bun, scoped, own, other, proposal, unreferred } = await scopedWorld();
    const reporter = await signedInUser(app);
    for (const target of [own, other, unreferred]) {
      const r = await reporter.client.post(`/api/v1/comments/${target.comment.id}/report`, {
        reason: 'Stötande',
      });
      expect(r.status).toBe(201);
    }
    const ids = async (client: typeof moderator.client) =>
      (await client.get('/api/v1/comments/moderation-queue')).body.data.map(
        (q: { id: string }) => q.id,
      );
    expect(await ids(scoped.client)).toEqual([own.comment.id]);
    expect(await ids(moderator.client)).toEqual(
      expect.arrayContaining([own.comment.id, other.comment.id, unreferred.comment.id]),
    );

    // Referred to the moderator's body: its earlier comments are theirs to moderate now.
    await Proposal.updateOne(
      { _id: proposal.id },
      {
        $set: {
          status: 'referred',
          referral: { bodyId: bun, caseNumber: 'BUN 2026/1', at: new Date() },
        },
      },
    );
    expect(await ids(scoped.client)).toEqual([own.comment.id, unreferred.comment.id]);
    expect((await hide(scoped.client, unreferred.comment.id)).status).toBe(200);
  });

  it('the official inbox lists threads of the official’s own bodies only', async () => {
    const { bun, proposal, unreferred } = await scopedWorld();
    const official = await signedInUser(app, { roles: [{ role: 'official', bodyId: bun }] });
    const unanswered = async () =>
      (await official.client.get('/api/v1/comments/inbox')).body.data.find(
        (t: { subjectId: string }) => t.subjectId === proposal.id,
      )?.unanswered as number | undefined;
    expect(await unanswered()).toBeUndefined();
    // Speaking on a proposal of no body, the official is a citizen like any other.
    const aside = await official.client.post(`/api/v1/proposals/${proposal.id}/comments`, {
      body: 'Som privatperson',
      parentId: unreferred.comment.id,
    });
    expect(aside.body.data.author.official).toBe(false);
    await Proposal.updateOne(
      { _id: proposal.id },
      {
        $set: {
          status: 'referred',
          referral: { bodyId: bun, caseNumber: 'BUN 2026/2', at: new Date() },
        },
      },
    );
    // Referred to the official's body: its thread is theirs to answer, earlier comments included.
    expect(await unanswered()).toBe(2);
    const answer = await official.client.post(`/api/v1/proposals/${proposal.id}/comments`, {
      body: 'Nämnden svarar',
      parentId: unreferred.comment.id,
    });
    expect(answer.body.data.author.official).toBe(true);
    expect(await unanswered()).toBe(1);
  });
});

describe('personal data', () => {
  it('exports a person’s comments, agreements and reports', async () => {
    const subject = await realDocument(app, bodyId);
    const { author, comment } = await commentOn(subject, 'Min åsikt');
    const other = await commentOn(subject, 'Annan åsikt');
    await author.client.post(`/api/v1/comments/${other.comment.id}/agree`);
    await author.client.post(`/api/v1/comments/${other.comment.id}/report`, { reason: 'spam' });
    const res = await author.client.get('/api/v1/me/export');
    expect(res.status).toBe(200);
    expect(res.body.data.comments).toMatchObject({
      comments: [{ id: comment.id, body: 'Min åsikt' }],
      agreements: [{ commentId: other.comment.id }],
      reports: [{ commentId: other.comment.id, reason: 'spam' }],
    });
  });
});

describe('OpenAPI', () => {
  it('describes the comment routes', async () => {
    const res = await app.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, { summary: string }>>;
    for (const [path, method] of [
      ['/api/v1/documents/{id}/comments', 'post'],
      ['/api/v1/agenda-items/{id}/comments', 'get'],
      ['/api/v1/proposals/{id}/comments', 'get'],
      ['/api/v1/comments/{id}', 'patch'],
      ['/api/v1/comments/{id}/report', 'post'],
      ['/api/v1/comments/{id}/hide', 'post'],
      ['/api/v1/comments/{id}/restore', 'post'],
      ['/api/v1/comments/{id}/agree', 'post'],
      ['/api/v1/comments/moderation-queue', 'get'],
      ['/api/v1/comments/moderation-log', 'get'],
      ['/api/v1/comments/inbox', 'get'],
      ['/api/v1/comment-settings/bodies/{bodyId}', 'put'],
    ] as const) {
      expect(paths[path]?.[method]?.summary, `${method} ${path}`).toBeTruthy();
    }
  });
});

describe('every comment route', () => {
  it('answers anonymous callers 401, unknown or malformed ids 404, never 500', async () => {
    const subject = await realDocument(app, bodyId);
    const { comment } = await commentOn(subject);
    const anonymous = app.client();
    const calls: Array<[string, string, unknown?]> = [
      ['PATCH', `/api/v1/comments/${comment.id}`, { body: 'x' }],
      ['DELETE', `/api/v1/comments/${comment.id}`],
      ['POST', `/api/v1/comments/${comment.id}/agree`],
      ['DELETE', `/api/v1/comments/${comment.id}/agree`],
      ['POST', `/api/v1/comments/${comment.id}/report`, { reason: 'x' }],
      ['POST', `/api/v1/comments/${comment.id}/hide`, { rule: 'spam', reason: 'x' }],
      ['POST', `/api/v1/comments/${comment.id}/restore`],
      ['GET', '/api/v1/comments/moderation-queue'],
      ['GET', '/api/v1/comments/inbox'],
      ['GET', '/api/v1/comment-settings'],
      ['GET', `/api/v1/comment-settings/bodies/${bodyId}`],
    ];
    for (const [method, path, json] of calls) {
      const res = await anonymous.request(method, path, json === undefined ? {} : { json });
      expect(res.status, `${method} ${path}`).toBe(401);
    }
    const signed = await signedInUser(app);
    for (const id of ['000000000000000000000000', 'nope', '%E0%A4%A']) {
      for (const [method, path, json] of calls.slice(0, 7)) {
        const target = path.replace(comment.id, id);
        const res = await moderator.client.request(
          method,
          target,
          json === undefined ? {} : { json },
        );
        expect([400, 404], `${method} ${target}`).toContain(res.status);
      }
    }
    expect((await signed.client.get(`/api/v1/comment-settings/bodies/${bodyId}`)).status).toBe(403);
    expect((await signed.client.get('/api/v1/comment-settings')).status).toBe(403);
  });
});
