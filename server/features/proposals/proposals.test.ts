// Proposals over real HTTP: rules, submit (limits, plain text, similar-proposal rule), drafts,
// review, visibility, listing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import {
  moderator,
  opened,
  submitted,
  uniqueTitle,
  validBody,
} from '../../../test/helpers/proposals';
import { seedProposals } from './seed';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('proposal rules', () => {
  it('shows the defaults to anyone', async () => {
    const res = await app.client().get('/api/v1/proposal-rules');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      threshold: 50,
      signingDays: 90,
      similarRefusalMonths: 12,
      reviewRulesText: '',
    });
  });

  it('401 anonymous, 403 non-admin, 400 bad input, then an admin sets them', async () => {
    const rules = {
      threshold: 25,
      signingDays: 30,
      similarRefusalMonths: 6,
      reviewRulesText: 'Var snäll.',
    };
    expect((await app.client().put('/api/v1/proposal-rules', rules)).status).toBe(401);
    const citizen = await signedInUser(app);
    expect((await citizen.client.put('/api/v1/proposal-rules', rules)).status).toBe(403);
    const admin = await signedInUser(app, { roles: ['admin'] });
    const bad = await admin.client.put('/api/v1/proposal-rules', { ...rules, threshold: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^threshold/);
    const ok = await admin.client.put('/api/v1/proposal-rules', rules);
    expect(ok.status).toBe(200);
    expect((await app.client().get('/api/v1/proposal-rules')).body.data).toEqual(rules);
    // Approval uses the rules in force: threshold 25, 30 days.
    const p = await opened(app);
    const shown = await app.client().get(`/api/v1/proposals/${p.id}`);
    expect(shown.body.data.threshold).toBe(25);
    const days =
      (Date.parse(shown.body.data.closesAt) - Date.parse(shown.body.data.openedAt)) / 86_400_000;
    expect(days).toBe(30);
    await admin.client.put('/api/v1/proposal-rules', {
      threshold: 50,
      signingDays: 90,
      similarRefusalMonths: 12,
      reviewRulesText: '',
    });
  });
});

describe('anonymous callers', () => {
  it('get 401 from every personal or state-changing route', async () => {
    const p = await opened(app);
    const anon = app.client();
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/api/v1/proposals/mine'],
      ['GET', '/api/v1/proposals/review-queue'],
      ['PUT', `/api/v1/proposals/${p.id}`, { title: uniqueTitle(), body: validBody }],
      ['POST', `/api/v1/proposals/${p.id}/submit`],
      ['POST', `/api/v1/proposals/${p.id}/referral`, {}],
      ['POST', `/api/v1/proposals/${p.id}/answer`, {}],
      ['POST', `/api/v1/proposals/${p.id}/decision`, {}],
      ['DELETE', `/api/v1/proposals/${p.id}/follow`],
      ['GET', '/api/v1/notifications'],
      ['POST', '/api/v1/notifications/read', { all: true }],
      ['GET', '/api/v1/notification-settings'],
      ['PUT', '/api/v1/notification-settings', { email: 'a@example.se' }],
    ];
    for (const [method, path, json] of calls) {
      const res = await anon.request(method, path, json === undefined ? {} : { json });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
  });
});

describe('POST /api/v1/proposals', () => {
  it('401 for anonymous callers', async () => {
    const res = await app
      .client()
      .post('/api/v1/proposals', { title: uniqueTitle(), body: validBody });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('400 naming the field for too short, too long, or HTML', async () => {
    const { client } = await signedInUser(app);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'Kort', body: validBody }, 'title'],
      [{ title: 'x'.repeat(151), body: validBody }, 'title'],
      [{ title: uniqueTitle(), body: 'för kort' }, 'body'],
      [{ title: uniqueTitle(), body: 'a'.repeat(10_001) }, 'body'],
      [{ title: uniqueTitle(), body: `<script>alert(1)</script>${validBody}` }, 'body'],
      [{ title: `<b>${uniqueTitle()}</b>`, body: validBody }, 'title'],
      [{ body: validBody }, 'title'],
    ];
    for (const [input, field] of cases) {
      const res = await client.post('/api/v1/proposals', input);
      expect(res.status, JSON.stringify(input).slice(0, 60)).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message.startsWith(field)).toBe(true);
    }
    const mine = await client.get('/api/v1/proposals/mine');
    expect(mine.body.data.authored).toEqual([]);
  });

  it('stores plain text with line breaks and answers pending_review with a timeline', async () => {
    const author = await signedInUser(app, { givenName: 'Anna', surname: 'Andersson' });
    const title = uniqueTitle('Bättre busstider');
    const body = `${validBody}\r\n\r\nAndra stycket: 5 < 7 & "citat".`;
    const res = await author.client.post('/api/v1/proposals', { title, body });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      title,
      status: 'pending_review',
      author: { displayName: 'Anna Andersson' },
      signatureCount: 0,
      threshold: 50,
      closesAt: null,
    });
    expect(res.body.data.body).toBe(`${validBody}\n\nAndra stycket: 5 < 7 & "citat".`);
    expect(res.body.data.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'drafted',
      'submitted',
    ]);
    expect(res.body.data.timeline[1].actor).toEqual({ displayName: 'Anna Andersson' });
  });

  it('refuses a similar proposal within the refusal period (409 naming the earlier one)', async () => {
    const first = await submitted(app, 'Bygg en ny lekplats i Centralparken för barnen');
    const { client } = await signedInUser(app);
    const res = await client.post('/api/v1/proposals', {
      title: 'Bygga nya lekplatser i centralparken för barn',
      body: validBody,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details.similarProposalId).toBe(first.id);
    const different = await client.post('/api/v1/proposals', {
      title: 'Längre öppettider på simhallen under sommarlovet',
      body: validBody,
    });
    expect(different.status).toBe(201);
  });

  it('keeps a draft private, lets the author edit and submit it', async () => {
    const author = await signedInUser(app);
    const res = await author.client.post('/api/v1/proposals', {
      title: uniqueTitle(),
      body: validBody,
      draft: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.data.status).toBe('draft');
    const id = res.body.data.id;
    expect((await app.client().get(`/api/v1/proposals/${id}`)).status).toBe(404);
    const other = await signedInUser(app);
    const newTitle = uniqueTitle('Ändrad');
    expect(
      (await other.client.put(`/api/v1/proposals/${id}`, { title: newTitle, body: validBody }))
        .status,
    ).toBe(404);
    expect(
      (await author.client.put(`/api/v1/proposals/${id}`, { title: 'x', body: validBody })).status,
    ).toBe(400);
    const edited = await author.client.put(`/api/v1/proposals/${id}`, {
      title: newTitle,
      body: validBody,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data.title).toBe(newTitle);
    const sent = await author.client.post(`/api/v1/proposals/${id}/submit`);
    expect(sent.status).toBe(200);
    expect(sent.body.data.status).toBe('pending_review');
    // The author took that step: no notification to themselves.
    expect((await author.client.get('/api/v1/notifications')).body.total).toBe(0);
    expect((await author.client.post(`/api/v1/proposals/${id}/submit`)).status).toBe(409);
    expect(
      (await author.client.put(`/api/v1/proposals/${id}`, { title: newTitle, body: validBody }))
        .status,
    ).toBe(409);
  });
});

describe('POST /api/v1/proposals/:id/review', () => {
  it('401 anonymous, 403 for a citizen, 400 bad decision or missing reason', async () => {
    const p = await submitted(app);
    expect(
      (await app.client().post(`/api/v1/proposals/${p.id}/review`, { decision: 'approve' })).status,
    ).toBe(401);
    const citizen = await signedInUser(app);
    const denied = await citizen.client.post(`/api/v1/proposals/${p.id}/review`, {
      decision: 'approve',
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('forbidden');
    // Even the author may not approve their own proposal.
    expect(
      (await p.author.client.post(`/api/v1/proposals/${p.id}/review`, { decision: 'approve' }))
        .status,
    ).toBe(403);
    const mod = await moderator(app);
    expect(
      (await mod.client.post(`/api/v1/proposals/${p.id}/review`, { decision: 'maybe' })).status,
    ).toBe(400);
    const noReason = await mod.client.post(`/api/v1/proposals/${p.id}/review`, {
      decision: 'reject',
      rule: 'offensive',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/^reason/);
    expect((await app.client().get(`/api/v1/proposals/${p.id}`)).status).toBe(404);
  });

  it('approval opens signing for the period; the public sees it; a second review is 409', async () => {
    const sent = Date.now();
    const p = await submitted(app);
    const mod = await moderator(app);
    const queue = await mod.client.get<{
      data: Array<{ id: string; author: { displayName: string }; submittedAt: string | null }>;
    }>('/api/v1/proposals/review-queue');
    expect(queue.status).toBe(200);
    // Each row says who sent it in and when.
    const row = queue.body.data.find((x) => x.id === p.id);
    const author = await p.author.client.get<{ data: { displayName: string } }>('/api/v1/me');
    expect(row?.author.displayName).toBe(author.body.data.displayName);
    expect(row?.author.displayName).not.toBe('');
    const submittedAt = Date.parse(row?.submittedAt ?? '');
    expect(submittedAt).toBeGreaterThanOrEqual(sent - 1000);
    expect(submittedAt).toBeLessThanOrEqual(Date.now());
    expect((await p.author.client.get('/api/v1/proposals/review-queue')).status).toBe(403);
    const before = Date.now();
    const res = await mod.client.post(`/api/v1/proposals/${p.id}/review`, { decision: 'approve' });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('open');
    const closesAt = Date.parse(res.body.data.closesAt);
    expect(closesAt).toBeGreaterThanOrEqual(before + 90 * 86_400_000 - 1000);
    expect(closesAt).toBeLessThanOrEqual(Date.now() + 90 * 86_400_000 + 1000);
    const publicView = await app.client().get(`/api/v1/proposals/${p.id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.data.timeline.at(-1)).toMatchObject({
      kind: 'approved',
      status: 'open',
    });
    expect(publicView.body.data.viewer).toBeUndefined();
    expect(
      (await mod.client.post(`/api/v1/proposals/${p.id}/review`, { decision: 'approve' })).status,
    ).toBe(409);
    const after = await mod.client.get('/api/v1/proposals/review-queue');
    expect(after.body.data.map((x: { id: string }) => x.id)).not.toContain(p.id);
  });

  it('two moderators deciding at the same moment: one wins, one timeline entry', async () => {
    const p = await submitted(app);
    const [m1, m2] = [await moderator(app), await moderator(app)];
    const answers = await Promise.all([
      m1.client.post(`/api/v1/proposals/${p.id}/review`, { decision: 'approve' }),
      m2.client.post(`/api/v1/proposals/${p.id}/review`, {
        decision: 'reject',
        rule: 'unclear',
        reason: 'Otydligt.',
      }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const view = await p.author.client.get(`/api/v1/proposals/${p.id}`);
    const reviews = view.body.data.timeline.filter((e: { kind: string }) =>
      ['approved', 'rejected'].includes(e.kind),
    );
    expect(reviews).toHaveLength(1);
    expect(view.body.data.status).toBe(reviews[0].status);
  });

  it('rejection records the rule and reason, visible to the author only', async () => {
    const p = await submitted(app);
    const mod = await moderator(app);
    const res = await mod.client.post(`/api/v1/proposals/${p.id}/review`, {
      decision: 'reject',
      rule: 'not_municipal',
      reason: 'Frågan gäller staten.',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('rejected');
    const mine = await p.author.client.get(`/api/v1/proposals/${p.id}`);
    expect(mine.body.data.timeline.at(-1)).toMatchObject({
      kind: 'rejected',
      rule: 'not_municipal',
      reason: 'Frågan gäller staten.',
      actor: { displayName: mod.user.displayName },
    });
    expect((await app.client().get(`/api/v1/proposals/${p.id}`)).status).toBe(404);
  });
});

describe('GET /api/v1/proposals', () => {
  it('lists public proposals only, filters by status, sorts, and rejects bad query', async () => {
    const hidden = await submitted(app);
    const a = await opened(app);
    const b = await opened(app);
    const signer = await signedInUser(app);
    await signer.client.post(`/api/v1/proposals/${b.id}/signatures`);
    const res = await app
      .client()
      .get('/api/v1/proposals?status=open&sort=signatures&pageSize=100');
    expect(res.status).toBe(200);
    const ids = res.body.data.map((x: { id: string }) => x.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    expect(res.body.total).toBe(ids.length);
    const newest = await app.client().get('/api/v1/proposals?sort=newest&pageSize=100');
    const newestIds = newest.body.data.map((x: { id: string }) => x.id);
    expect(newestIds.indexOf(b.id)).toBeLessThan(newestIds.indexOf(a.id));
    expect((await app.client().get('/api/v1/proposals?status=pending_review')).status).toBe(400);
    expect((await app.client().get('/api/v1/proposals?sort=random')).status).toBe(400);
    expect((await app.client().get('/api/v1/proposals/not-an-id')).status).toBe(404);
  });
});

describe('demo content', () => {
  it('seeds open proposals that are listed and can be signed', async () => {
    await seedProposals(app.server.ctx);
    const res = await app.client().get('/api/v1/proposals?status=open&pageSize=100');
    const demo = res.body.data.find(
      (p: { title: string }) => p.title === 'Fler cykelställ vid Stationen och biblioteket',
    );
    expect(demo).toMatchObject({ status: 'open', author: { displayName: 'Elsa Exempel' } });
    const citizen = await signedInUser(app);
    expect((await citizen.client.post(`/api/v1/proposals/${demo.id}/signatures`)).status).toBe(201);
  });
});

describe('OpenAPI', () => {
  it('describes the proposal and notification operations', async () => {
    const doc = (await app.client().get('/api/v1/openapi.json')).body;
    expect(doc.paths['/api/v1/proposals'].get.summary).toBeTruthy();
    expect(doc.paths['/api/v1/proposals'].post.requestBody).toBeTruthy();
    expect(doc.paths['/api/v1/proposals/{id}/signatures'].post['x-requires']).toBe('user');
    expect(doc.paths['/api/v1/proposals/{id}/review'].post['x-requires']).toBe('moderator');
    expect(doc.paths['/api/v1/proposal-rules'].put['x-requires']).toBe('admin');
    expect(doc.paths['/api/v1/notifications'].get.summary).toBeTruthy();
  });
});
