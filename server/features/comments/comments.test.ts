// Comment threads over real HTTP on the real database: writing, cleaning, nesting, official
// replies, editing, deleting, agreeing, rate limits and pagination.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import { Body } from '../bodies/model';
import { Comment } from './model';
import {
  createTestSubject,
  makeBody,
  realDocument,
  registerTestSubjects,
} from '../../../test/helpers/comments';

let app: TestApp;
let bodyId: string;
let docId: string;

beforeAll(async () => {
  app = await startTestApp();
  // Agenda items stand in for a public subject that takes no comments (no real type has one).
  registerTestSubjects('agendaItem');
  bodyId = await makeBody('Kommunstyrelsen');
  docId = await realDocument(app, bodyId);
});
afterAll(async () => {
  await app?.close();
});

const thread = (id = docId) => `/api/v1/documents/${id}/comments`;

describe('writing a comment', () => {
  it('refuses anonymous writers with 401', async () => {
    const res = await app.client().post(thread(), { body: '<p>Hej</p>' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('refuses empty, markup-only and over-long bodies with 400', async () => {
    const { client } = await signedInUser(app);
    for (const body of ['', '   ', '<p> </p>', '<script>alert(1)</script>', 'x'.repeat(5_001)]) {
      const res = await client.post(thread(), { body });
      expect(res.status, body.slice(0, 30)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
    expect((await client.post(thread(), {})).status).toBe(400);
    expect((await client.post(thread(), { body: 'ok', parentId: 'nope' })).status).toBe(400);
  });

  it('measures text, not markup: 5,000 characters in bold is fine', async () => {
    const { client } = await signedInUser(app);
    const res = await client.post(thread(), {
      body: `<p><strong>${'å'.repeat(5_000)}</strong></p>`,
    });
    expect(res.status).toBe(201);
  });

  it('stores cleaned HTML and answers with the contract shape', async () => {
    const { client, user } = await signedInUser(app, { givenName: 'Karin', surname: 'Berg' });
    const res = await client.post(thread(), {
      body: '<p onclick="x()">Hej <b>fet</b> <i>kursiv</i> <a href="https://kommun.se" target="_blank">länk</a> <a href="javascript:alert(1)">farlig</a><script>alert(1)</script><img src=x onerror=alert(1)></p><ul><li>ett</li></ul>',
    });
    expect(res.status).toBe(201);
    const c = res.body.data;
    expect(c).toMatchObject({
      parentId: null,
      depth: 0,
      state: 'visible',
      author: { displayName: 'Karin Berg', official: false },
      agreeCount: 0,
      mine: true,
      editedAt: null,
    });
    expect(c.id).toMatch(/^[0-9a-f]{24}$/);
    expect(new Date(c.createdAt).toISOString()).toBe(c.createdAt);
    expect(c.body).toBe(
      '<p>Hej <strong>fet</strong> <em>kursiv</em> <a rel="nofollow ugc noopener" href="https://kommun.se">länk</a> <a rel="nofollow ugc noopener">farlig</a></p><ul><li>ett</li></ul>',
    );
    expect(JSON.stringify(c)).not.toContain(String(user._id));
    const stored = await Comment.findById(c.id).lean();
    expect(stored?.body).toBe(c.body);
  });

  it('answers 404 for unknown, unpublished or confidential subjects and 409 when closed', async () => {
    const { client } = await signedInUser(app);
    const hidden = await realDocument(app, bodyId, { secrecy: 'confidential' });
    const unpublished = await createTestSubject({ bodyId, public: false });
    const closed = await createTestSubject({ bodyId, commentable: false });
    const unknown = new mongoose.Types.ObjectId().toString();
    for (const id of [hidden, unknown, 'not-an-id']) {
      expect((await client.post(thread(id), { body: 'Hej' })).status).toBe(404);
      expect((await app.client().get(thread(id))).status).toBe(404);
    }
    const agendaThread = (id: string) => `/api/v1/agenda-items/${id}/comments`;
    expect((await client.post(agendaThread(unpublished), { body: 'Hej' })).status).toBe(404);
    const res = await client.post(agendaThread(closed), { body: 'Hej' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
    expect((await app.client().get(agendaThread(closed))).status).toBe(200);
    expect(
      await Comment.countDocuments({ subjectId: mongoose.trusted({ $in: [hidden, closed] }) }),
    ).toBe(0);
  });
});

describe('reading a thread', () => {
  it('nests replies at most three levels deep; deeper replies attach to the third level', async () => {
    const subject = await realDocument(app, bodyId);
    const { client } = await signedInUser(app);
    const post = async (body: string, parentId?: string) =>
      (await client.post(thread(subject), { body, parentId })).body.data;
    const root = await post('rot');
    const l2 = await post('nivå två', root.id);
    const l3 = await post('nivå tre', l2.id);
    const l4 = await post('nivå fyra', l3.id);
    expect([root.depth, l2.depth, l3.depth, l4.depth]).toEqual([0, 1, 2, 2]);
    expect(l4.parentId).toBe(l2.id);
    expect(l4.replyToId).toBe(l3.id);
    const res = await app.client().get(thread(subject));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(4);
    expect(res.body.data.map((c: { body: string }) => c.body)).toEqual([
      '<p>rot</p>'.replace(/<\/?p>/g, ''),
      'nivå två',
      'nivå tre',
      'nivå fyra',
    ]);
    expect(res.body.data[0].mine).toBe(false);
    expect((await client.post(thread(subject), { body: 'x', parentId: docId })).status).toBe(404);
  });

  it('rejects a bad cursor or sort with 400', async () => {
    expect((await app.client().get(`${thread()}?cursor=garbage`)).status).toBe(400);
    expect((await app.client().get(`${thread()}?sort=random`)).status).toBe(400);
  });
});

describe('official replies', () => {
  it('marks a member of the subject body as official with party and position', async () => {
    const official = await signedInUser(app, {
      givenName: 'Per',
      surname: 'Ek',
      roles: [{ role: 'official', bodyId }],
    });
    await Body.updateOne(
      { _id: bodyId },
      {
        $push: { members: { userId: official.id, party: 'Centerpartiet', position: 'ordförande' } },
      },
    );
    const outsider = await signedInUser(app, {
      roles: [{ role: 'official', bodyId: await makeBody('Miljönämnden') }],
    });
    const citizen = await signedInUser(app);
    const question = (await citizen.client.post(thread(), { body: 'En fråga' })).body.data;
    const reply = await official.client.post(thread(), { body: 'Ett svar', parentId: question.id });
    expect(reply.status).toBe(201);
    expect(reply.body.data.author).toEqual({
      displayName: 'Per Ek',
      official: true,
      officialDetails: {
        bodyId,
        bodyName: 'Kommunstyrelsen',
        party: 'Centerpartiet',
        position: 'ordförande',
      },
    });
    const other = await outsider.client.post(thread(), {
      body: 'Inte min nämnd',
      parentId: question.id,
    });
    expect(other.body.data.author.official).toBe(false);
  });
});

describe('editing and deleting', () => {
  it('lets only the author edit, within 15 minutes, and marks the edit', async () => {
    const author = await signedInUser(app);
    const other = await signedInUser(app);
    const c = (await author.client.post(thread(), { body: 'Först' })).body.data;
    expect((await app.client().patch(`/api/v1/comments/${c.id}`, { body: 'x' })).status).toBe(401);
    expect((await other.client.patch(`/api/v1/comments/${c.id}`, { body: 'x' })).status).toBe(403);
    expect((await author.client.patch(`/api/v1/comments/${c.id}`, { body: '' })).status).toBe(400);
    const edited = await author.client.patch(`/api/v1/comments/${c.id}`, {
      body: 'Sedan <em>ändrad</em>',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data.body).toBe('Sedan <em>ändrad</em>');
    expect(edited.body.data.editedAt).not.toBeNull();
    await Comment.collection.updateOne(
      { _id: new mongoose.Types.ObjectId(c.id) },
      { $set: { createdAt: new Date(Date.now() - 16 * 60_000) } },
    );
    const late = await author.client.patch(`/api/v1/comments/${c.id}`, { body: 'För sent' });
    expect(late.status).toBe(409);
    expect((await Comment.findById(c.id).lean())?.body).toBe('Sedan <em>ändrad</em>');
  });

  it('deletes own comment as a tombstone that keeps its replies in place', async () => {
    const subject = await realDocument(app, bodyId);
    const author = await signedInUser(app);
    const other = await signedInUser(app);
    const c = (await author.client.post(thread(subject), { body: 'Hemligt' })).body.data;
    const reply = (await other.client.post(thread(subject), { body: 'Svar', parentId: c.id })).body
      .data;
    expect((await app.client().delete(`/api/v1/comments/${c.id}`)).status).toBe(401);
    expect((await other.client.delete(`/api/v1/comments/${c.id}`)).status).toBe(403);
    expect((await author.client.delete(`/api/v1/comments/${c.id}`)).status).toBe(204);
    const res = await app.client().get(thread(subject));
    expect(res.body.data).toHaveLength(2);
    expect(res.body.data[0]).toMatchObject({
      id: c.id,
      state: 'deleted',
      body: '',
      author: { displayName: '' },
    });
    expect(res.body.data[1]).toMatchObject({ id: reply.id, parentId: c.id, body: 'Svar' });
    expect(JSON.stringify(res.body)).not.toContain('Hemligt');
    expect((await other.client.post(thread(subject), { body: 'x', parentId: c.id })).status).toBe(
      409,
    );
    expect((await author.client.patch(`/api/v1/comments/${c.id}`, { body: 'igen' })).status).toBe(
      409,
    );
  });
});

describe('agreeing ("instämmer")', () => {
  it('counts one agreement per person; a second is 409; it can be withdrawn', async () => {
    const author = await signedInUser(app);
    const a = await signedInUser(app);
    const b = await signedInUser(app);
    const c = (await author.client.post(thread(), { body: 'Bra idé' })).body.data;
    const url = `/api/v1/comments/${c.id}/agree`;
    expect((await app.client().post(url)).status).toBe(401);
    expect((await author.client.post(url)).status).toBe(403);
    expect((await a.client.post(url)).body.data).toEqual({ agreeCount: 1, agreedByMe: true });
    expect((await a.client.post(url)).status).toBe(409);
    expect((await b.client.post(url)).body.data.agreeCount).toBe(2);
    expect((await b.client.delete(url)).body.data).toEqual({ agreeCount: 1, agreedByMe: false });
    expect((await b.client.delete(url)).status).toBe(404);
    const page = await a.client.get(thread());
    const seen = page.body.data.find((x: { id: string }) => x.id === c.id);
    expect(seen).toMatchObject({ agreeCount: 1, agreedByMe: true });
    expect((await a.client.post('/api/v1/comments/000000000000000000000000/agree')).status).toBe(
      404,
    );
  });
});

describe('rate limits', () => {
  it('allows 5 comments a minute, then answers 429 rate_limited with Retry-After', async () => {
    const { client } = await signedInUser(app);
    for (let i = 0; i < 5; i++)
      expect((await client.post(thread(), { body: `nr ${i}` })).status).toBe(201);
    const res = await client.post(thread(), { body: 'en för mycket' });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('reserves before writing: 15 comments sent at once by one person leave exactly 5', async () => {
    const subject = await realDocument(app, bodyId);
    const { client, id } = await signedInUser(app);
    const answers = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        client.post(thread(subject), { body: `samtidigt ${i}` }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(201), ...Array(10).fill(429)]);
    expect(await Comment.countDocuments({ authorId: id })).toBe(5);
    expect((await app.client().get(thread(subject))).body.total).toBe(5);
  });

  it('allows 50 comments a day', async () => {
    const { client, id } = await signedInUser(app);
    // The day's 50 already used (as 50 comments over the last hours would have).
    for (let i = 0; i < 50; i++) await app.server.ctx.limits.takePerson('commentDay', id);
    const res = await client.post(thread(), { body: 'idag igen' });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('rate_limited');
    expect(await Comment.countDocuments({ authorId: id })).toBe(0);
  });
});

describe('proposal threads', () => {
  it('take comments once a proposal is open, not while it awaits review', async () => {
    const author = await signedInUser(app);
    const created = await author.client.post('/api/v1/proposals', {
      title: 'Fler papperskorgar i stadsparken',
      body: 'Det blir mycket skräp i parken på sommaren. Kommunen borde ställa ut fler papperskorgar.',
    });
    expect(created.status, created.text).toBe(201);
    const url = `/api/v1/proposals/${created.body.data.id}/comments`;
    const citizen = await signedInUser(app);
    expect((await citizen.client.post(url, { body: 'Bra!' })).status).toBe(404);
    const moderator = await signedInUser(app, { roles: ['moderator'] });
    const review = await moderator.client.post(`/api/v1/proposals/${created.body.data.id}/review`, {
      decision: 'approve',
    });
    expect(review.status, review.text).toBe(200);
    const res = await citizen.client.post(url, { body: 'Bra!' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ subjectType: 'proposal', body: 'Bra!' });
    expect((await app.client().get(url)).body.total).toBe(1);
  });
});
