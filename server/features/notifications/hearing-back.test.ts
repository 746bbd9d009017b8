// Hearing back, end to end over real HTTP on the real database: a reply to my comment (and an
// official's answer) reaches me; my hidden comment tells me the rule; following a meeting, a body
// or a document (204, idempotent, 404 for what does not exist) brings the changes there; the daily
// digest gathers mail into one; and a withdrawn proposal's followers are told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';
import { opened } from '../../../test/helpers/proposals';
import { User } from '../../auth/user-model';
import { runDigests } from './digest';
import { NotificationModel } from './model';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

interface Listed {
  kind: string;
  subject: { type: string; id: string; title: string };
  path: string;
  [key: string]: unknown;
}

async function notificationsOf(client: Awaited<ReturnType<typeof signedInUser>>['client']) {
  const res = await client.get<{ data: Listed[] }>('/api/v1/notifications');
  expect(res.status).toBe(200);
  return res.body.data;
}

async function mails(): Promise<Array<{ to: string; subject: string; text: string }>> {
  return (await app.client().get('/dev-mailbox.json')).body.data;
}

describe('replies and moderation', () => {
  it('tells me of a reply, and that an official answered, but not of my own replies', async () => {
    const bodyId = await makeBody('Tekniska nämnden');
    const secretary = await secretaryOf(app, bodyId);
    const documentId = await createDocument(secretary.client, bodyId, {
      title: 'Parkeringen vid torget',
    });
    const me = await signedInUser(app);
    const neighbour = await signedInUser(app, { displayName: 'Grannen Gun' });
    const official = await signedInUser(app, {
      displayName: 'Tjänsteperson Tove',
      roles: [{ role: 'official', bodyId }],
    });
    const mine = await me.client.post<{ data: { id: string } }>(
      `/api/v1/documents/${documentId}/comments`,
      { body: 'Varför tas parkeringen bort?' },
    );
    expect(mine.status).toBe(201);
    const parentId = mine.body.data.id;
    expect(
      (
        await neighbour.client.post(`/api/v1/documents/${documentId}/comments`, {
          body: 'Det undrar jag också.',
          parentId,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await official.client.post(`/api/v1/documents/${documentId}/comments`, {
          body: 'Platserna flyttas till Storgatan.',
          parentId,
        })
      ).status,
    ).toBe(201);
    // My own reply to myself tells nobody.
    await me.client.post(`/api/v1/documents/${documentId}/comments`, {
      body: 'Tack för svaret.',
      parentId,
    });
    const list = await notificationsOf(me.client);
    expect(list.map((n) => [n.kind, n.official, n.by])).toEqual([
      ['comment_reply', true, 'Tjänsteperson Tove'],
      ['comment_reply', false, 'Grannen Gun'],
    ]);
    expect(list[0]).toMatchObject({
      subject: { type: 'document', id: documentId, title: 'Parkeringen vid torget' },
      path: expect.stringMatching(new RegExp(`^/handlingar/${documentId}#kommentar-`)),
    });
    expect(await notificationsOf(neighbour.client)).toEqual([]);
  });

  it('tells the author that their comment was hidden, naming the rule', async () => {
    const bodyId = await makeBody('Kulturnämnden');
    const secretary = await secretaryOf(app, bodyId);
    const documentId = await createDocument(secretary.client, bodyId, {
      title: 'Bibliotekets tider',
    });
    const author = await signedInUser(app);
    const moderator = await signedInUser(app, { roles: [{ role: 'moderator', bodyId }] });
    const comment = await author.client.post<{ data: { id: string } }>(
      `/api/v1/documents/${documentId}/comments`,
      { body: 'Köp billiga klockor på min sida!' },
    );
    const hidden = await moderator.client.post(`/api/v1/comments/${comment.body.data.id}/hide`, {
      rule: 'spam',
      reason: 'Reklam',
    });
    expect(hidden.status).toBe(200);
    expect(await notificationsOf(author.client)).toMatchObject([
      {
        kind: 'comment_moderated',
        state: 'hidden',
        rule: 'spam',
        subject: { id: documentId, title: 'Bibliotekets tider' },
      },
    ]);
  });
});

describe('following', () => {
  it('follows a meeting, a body and a document (204, twice is fine) and lists them; unknown ones are 404', async () => {
    const bodyId = await makeBody('Miljönämnden');
    const secretary = await secretaryOf(app, bodyId);
    const meeting = await createMeeting(secretary.client, bodyId);
    const documentId = await createDocument(secretary.client, bodyId, { title: 'Miljöplanen' });
    const me = await signedInUser(app);
    for (const path of [
      `/api/v1/meetings/${meeting.id}/follow`,
      `/api/v1/bodies/${bodyId}/follow`,
      `/api/v1/documents/${documentId}/follow`,
    ]) {
      expect((await me.client.post(path)).status, path).toBe(204);
      expect((await me.client.post(path)).status, path).toBe(204);
      expect((await me.client.get(path)).body.data).toEqual({ following: true });
      expect((await app.client().post(path)).status).toBe(401);
    }
    const follows = await me.client.get<{ data: Array<{ type: string; title: string }> }>(
      '/api/v1/follows',
    );
    expect(follows.body.data.map((f) => [f.type, f.title]).sort()).toEqual([
      ['body', 'Miljönämnden'],
      ['document', 'Miljöplanen'],
      ['meeting', 'Sammanträde med kommunstyrelsen'],
    ]);
    const missing = new mongoose.Types.ObjectId().toString();
    for (const plural of ['meetings', 'bodies', 'documents']) {
      expect((await me.client.post(`/api/v1/${plural}/${missing}/follow`)).status).toBe(404);
    }
    const draft = await createMeeting(secretary.client, bodyId, { publish: false });
    expect((await me.client.post(`/api/v1/meetings/${draft.id}/follow`)).status).toBe(404);
    expect((await me.client.delete(`/api/v1/documents/${documentId}/follow`)).status).toBe(204);
    expect((await me.client.get(`/api/v1/documents/${documentId}/follow`)).body.data).toEqual({
      following: false,
    });
  });

  it('brings what changes: a new meeting and document of a followed body, a changed meeting, a comment on a followed document', async () => {
    const bodyId = await makeBody('Socialnämnden');
    const secretary = await secretaryOf(app, bodyId);
    const follower = await signedInUser(app);
    const other = await signedInUser(app);
    await follower.client.post(`/api/v1/bodies/${bodyId}/follow`);
    const meeting = await createMeeting(secretary.client, bodyId);
    const documentId = await createDocument(secretary.client, bodyId, { title: 'Äldreplanen' });
    await follower.client.post(`/api/v1/meetings/${meeting.id}/follow`);
    await follower.client.post(`/api/v1/documents/${documentId}/follow`);
    const moved = await secretary.client.patch(`/api/v1/meetings/${meeting.id}`, {
      location: 'Stora salen',
    });
    expect(moved.status).toBe(200);
    await other.client.post(`/api/v1/documents/${documentId}/comments`, { body: 'Bra plan.' });
    const list = await notificationsOf(follower.client);
    expect(list.map((n) => [n.kind, n.event, n.subject.type]).reverse()).toEqual([
      ['followed_activity', 'meeting_published', 'meeting'],
      ['followed_activity', 'document_published', 'document'],
      // Following both the meeting and its body: told once.
      ['followed_activity', 'meeting_changed', 'meeting'],
      ['followed_activity', 'comment', 'document'],
    ]);
    // Nobody is told of their own change, and those who follow nothing hear nothing.
    expect(await notificationsOf(other.client)).toEqual([]);
    expect(await notificationsOf(secretary.client)).toEqual([]);
  });
});

describe('the daily digest', () => {
  it('sends one mail a day with everything instead of one per event', async () => {
    const bodyId = await makeBody('Byggnadsnämnden');
    const secretary = await secretaryOf(app, bodyId);
    const reader = await signedInUser(app);
    const address = `sammanfattning-${reader.id}@example.se`;
    await User.updateOne({ _id: reader.id }, { $set: { email: address } });
    const set = await reader.client.put('/api/v1/notification-settings', {
      email: address,
      emailMode: 'daily',
    });
    expect(set.body.data).toMatchObject({ email: address, emailMode: 'daily' });
    await reader.client.post(`/api/v1/bodies/${bodyId}/follow`);
    await createDocument(secretary.client, bodyId, { title: 'Detaljplan Norr' });
    await createDocument(secretary.client, bodyId, { title: 'Detaljplan Söder' });
    expect(await NotificationModel.countDocuments({ userId: reader.id, digest: true })).toBe(2);
    // Not yet a day: nothing goes out.
    await runDigests(app.server.ctx, new Date());
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    await runDigests(app.server.ctx, tomorrow);
    const mine = (await mails()).filter((m) => m.to === address);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toBe('Dagens aviseringar från Mötesplats (2)');
    expect(mine[0]!.text).toContain('Detaljplan Norr');
    expect(mine[0]!.text).toContain('Detaljplan Söder');
    expect(await NotificationModel.countDocuments({ userId: reader.id, digest: true })).toBe(0);
    // Sent once: a second run finds nothing.
    await runDigests(app.server.ctx, tomorrow);
    expect((await mails()).filter((m) => m.to === address)).toHaveLength(1);
  });
});

describe('withdrawing a proposal', () => {
  it('lets only the author withdraw, with the reason on the timeline, and tells the followers', async () => {
    const { author, id } = await opened(app);
    const signer = await signedInUser(app);
    await signer.client.post(`/api/v1/proposals/${id}/signatures`);
    await signer.client.post(`/api/v1/proposals/${id}/follow`);
    expect((await signer.client.post(`/api/v1/proposals/${id}/withdraw`, {})).status).toBe(403);
    const res = await author.client.post<{
      data: { status: string; timeline: Array<{ kind: string; reason?: string }>; upcoming: [] };
    }>(`/api/v1/proposals/${id}/withdraw`, { reason: 'Kommunen har redan beslutat om detta.' });
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('withdrawn');
    expect(res.body.data.timeline.at(-1)).toMatchObject({
      kind: 'withdrawn',
      reason: 'Kommunen har redan beslutat om detta.',
    });
    expect(res.body.data.upcoming).toEqual([]);
    // It stays readable (it was public), but cannot be withdrawn again.
    expect((await app.client().get(`/api/v1/proposals/${id}`)).body.data.status).toBe('withdrawn');
    expect((await author.client.post(`/api/v1/proposals/${id}/withdraw`, {})).status).toBe(409);
    expect(await notificationsOf(signer.client)).toMatchObject([
      { kind: 'proposal_status', status: 'withdrawn', step: 'withdrawn' },
    ]);
  });

  it('shows the coming steps with dates while open', async () => {
    const { id } = await opened(app);
    const res = await app.client().get<{
      data: { closesAt: string; upcoming: Array<{ kind: string; due: string }> };
    }>(`/api/v1/proposals/${id}`);
    const { closesAt, upcoming } = res.body.data;
    expect(upcoming.map((s) => s.kind)).toEqual(['signing_ends', 'referral', 'answer']);
    expect(upcoming[0]!.due).toBe(closesAt);
    expect(Date.parse(upcoming[2]!.due)).toBeGreaterThan(Date.parse(upcoming[1]!.due));
  });
});
