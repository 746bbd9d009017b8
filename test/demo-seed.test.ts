// The demo municipality on a fresh start looks alive: proposals at different stages (one past its
// goal, one answered), threads where an official replied, a live session with answered questions,
// meetings with decisions, an official persona with a coming meeting to read for and a question
// waiting for her answer; and seeding again adds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helpers/app';
import { seedDemoIfEmpty } from '../server/seed/demo';
import { features } from '../server/features';
import { seedConversations } from '../server/seed/conversations';
import { loginAs } from './helpers/saml';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoIfEmpty(app.server.ctx)).toBe(true);
  // Seeding the whole demo municipality takes a while on a busy two-core machine.
}, 180_000);
afterAll(async () => {
  await app?.close();
});

interface Proposal {
  id: string;
  title: string;
  status: string;
  signatureCount: number;
  threshold: number;
  answer: { text: string } | null;
  timeline: { kind: string }[];
}
interface Comment {
  parentId: string | null;
  author: { displayName: string; official: boolean; officialDetails?: { bodyName: string } };
}

describe('the demo municipality', () => {
  it('has proposals gathering signatures, one past its goal and one answered', async () => {
    const res = await app.client().get<{ data: Proposal[] }>('/api/v1/proposals?pageSize=100');
    const proposals = res.body.data;
    const open = proposals.filter((p) => p.status === 'open');
    expect(open.some((p) => p.signatureCount > 0 && p.signatureCount < p.threshold)).toBe(true);
    expect(open.some((p) => p.signatureCount >= p.threshold)).toBe(true);
    const answered = proposals.find((p) => p.status === 'answered');
    expect(answered).toBeDefined();
    const detail = await app.client().get<{ data: Proposal }>(`/api/v1/proposals/${answered!.id}`);
    expect(detail.body.data.answer?.text).toContain('utegym');
    expect(detail.body.data.timeline.map((e) => e.kind)).toEqual([
      'drafted',
      'submitted',
      'approved',
      'threshold_reached',
      'referred_to_body',
      'answered',
    ]);
    // The count shown is the count of signatures stored.
    const answeredComments = await app
      .client()
      .get<{ data: Comment[] }>(`/api/v1/proposals/${answered!.id}/comments`);
    expect(answeredComments.body.data.some((c) => c.author.official)).toBe(true);
  });

  it('has a document thread where an official of the body replied to a citizen', async () => {
    const docs = await app
      .client()
      .get<{ data: { id: string; kind: string; bodyName: string; secrecy: string }[] }>(
        '/api/v1/documents?pageSize=100',
      );
    let officialReplies = 0;
    for (const doc of docs.body.data.filter((d) => d.secrecy === 'public')) {
      const thread = await app
        .client()
        .get<{ data: Comment[] }>(`/api/v1/documents/${doc.id}/comments`);
      for (const comment of thread.body.data) {
        if (comment.author.official && comment.parentId) {
          officialReplies += 1;
          expect(comment.author.officialDetails?.bodyName).toBe(doc.bodyName);
        }
      }
    }
    expect(officialReplies).toBeGreaterThanOrEqual(1);
  });

  it('has a live session with answered questions, and one in the archive', async () => {
    const open = await app
      .client()
      .get<{ data: { id: string }[] }>('/api/v1/live-sessions?status=open');
    expect(open.body.data.length).toBeGreaterThanOrEqual(1);
    const session = await app.client().get<{
      data: { questions: { state: string; answer?: string; votes: number }[] };
    }>(`/api/v1/live-sessions/${open.body.data[0]!.id}`);
    const answered = session.body.data.questions.filter((q) => q.state === 'answered');
    expect(answered.length).toBeGreaterThanOrEqual(2);
    expect(answered.every((q) => q.answer && q.votes > 0)).toBe(true);
    const closed = await app.client().get<{ total: number }>('/api/v1/live-sessions?status=closed');
    expect(closed.body.total).toBeGreaterThanOrEqual(1);
  });

  it('has past meetings with decisions', async () => {
    const past = await app
      .client()
      .get<{ data: { items: { decision?: { text: string } | null }[] }[] }>(
        '/api/v1/meetings?when=past',
      );
    expect(past.body.data.some((m) => m.items.some((i) => i.decision?.text))).toBe(true);
  });

  it("gives the official persona (Karin Berg) work: her board's coming meeting and a question to answer", async () => {
    const karin = await loginAs(app, 'official');
    const work = await karin.get<{ data: Record<string, number> }>('/api/v1/me/work');
    expect(work.body.data.meetingsComing).toBeGreaterThanOrEqual(1);
    expect(work.body.data.documentsUnread).toBeGreaterThanOrEqual(1);
    expect(work.body.data.commentsUnanswered).toBeGreaterThanOrEqual(1);
    const meetings = await karin.get<{ data: Array<{ bodyName: string; items: unknown[] }> }>(
      '/api/v1/me/work/meetings',
    );
    expect(meetings.body.data.map((m) => m.bodyName)).toContain('Kommunstyrelsen');
    const inbox = await karin.get<{ data: Array<{ title: string }> }>('/api/v1/comments/inbox');
    expect(inbox.body.data.map((t) => t.title)).toContain(
      'Tjänsteskrivelse: investeringsplan för skolor och förskolor',
    );
  });

  it('adds nothing when the seeds run again', async () => {
    const count = async () => {
      const [proposals, live] = await Promise.all([
        app.client().get<{ total: number }>('/api/v1/proposals?pageSize=1'),
        app.client().get<{ total: number }>('/api/v1/live-sessions?pageSize=1'),
      ]);
      return [proposals.body.total, live.body.total];
    };
    const before = await count();
    for (const feature of features) await feature.seedDemo?.(app.server.ctx);
    await seedConversations(app.server.ctx);
    expect(await count()).toEqual(before);
  });
});
