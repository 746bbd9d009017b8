// "Mitt arbete" over real HTTP and Socket.IO: 401 for the anonymous, no queues for citizens, each
// staff role's counts within its grants (a grant for another body counts nothing here), the
// official's identity (a reply names the body they sit on, or none), the official's unread
// documents (opening one brings the count down, for that person only; a copy kept for reading
// offline does not), and `work:changed` in the person's own room when a queue changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { connectSocket, nextEvent } from '../../../test/helpers/socket';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';
import { Body } from '../bodies/model';

let app: TestApp;
let ks: string;
let bun: string;
let secretary: HttpClient;
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

beforeAll(async () => {
  app = await startTestApp();
  ks = await makeBody('Kommunstyrelsen');
  bun = await makeBody('Barn- och utbildningsnämnden');
  secretary = (await secretaryOf(app, ks)).client;
});
afterAll(async () => {
  await app.close();
});

const work = async (client: HttpClient) => {
  const res = await client.get<{ data: Record<string, number> }>('/api/v1/me/work');
  expect(res.status).toBe(200);
  return res.body.data;
};

async function seat(bodyId: string, userId: string, position = 'ledamot') {
  await Body.updateOne(
    { _id: bodyId },
    { $push: { members: { userId, party: 'Centerpartiet', position } } },
  );
}

describe('GET /api/v1/me/work', () => {
  it('401 anonymous; a citizen has no queues', async () => {
    expect((await app.client().get('/api/v1/me/work')).status).toBe(401);
    const citizen = await signedInUser(app);
    expect(await work(citizen.client)).toEqual({});
  });

  it("counts a secretary's drafts and meetings waiting for decisions, minutes and approval, in the bodies they keep only", async () => {
    const mine = await secretaryOf(app, ks);
    const foreign = await secretaryOf(app, bun);
    await createMeeting(secretary, ks, { publish: false, startsAt: inAWeek() });
    // Held yesterday: no decisions, no minutes yet.
    await createMeeting(secretary, ks, {
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(await work(mine.client)).toMatchObject({
      draftMeetings: 1,
      decisionsMissing: 1,
      minutesMissing: 1,
      approvalMissing: 0,
    });
    expect(await work(foreign.client)).toEqual({
      draftMeetings: 0,
      decisionsMissing: 0,
      minutesMissing: 0,
      approvalMissing: 0,
    });
  });

  it("counts an official's coming meetings, their documents and unanswered comments of the bodies they sit on", async () => {
    const official = await signedInUser(app, { roles: ['citizen', 'official'] });
    await seat(ks, official.id);
    const elsewhere = await signedInUser(app, { roles: ['citizen', 'official'] });
    await seat(bun, elsewhere.id);
    const documentId = await createDocument(secretary, ks, { date: '2026-11-20' });
    const meeting = await createMeeting(secretary, ks, {
      startsAt: inAWeek(),
      documentIds: [documentId],
    });
    const citizen = await signedInUser(app);
    const asked = await citizen.client.post<{ data: { id: string } }>(
      `/api/v1/documents/${documentId}/comments`,
      { body: 'Varför byggs inte förskolan ut tidigare?' },
    );
    expect(asked.status).toBe(201);

    expect(await work(official.client)).toMatchObject({
      meetingsComing: 1,
      documentsToRead: 1,
      documentsUnread: 1,
      commentsUnanswered: 1,
      panelSessions: 0,
    });
    expect(await work(elsewhere.client)).toMatchObject({
      meetingsComing: 0,
      documentsToRead: 0,
      documentsUnread: 0,
      commentsUnanswered: 0,
    });
    const coming = await official.client.get<{ data: Array<{ id: string }> }>(
      '/api/v1/me/work/meetings',
    );
    expect(coming.body.data.map((m) => m.id)).toEqual([meeting.id]);
    const none = await elsewhere.client.get<{ data: unknown[] }>('/api/v1/me/work/meetings');
    expect(none.body.data).toEqual([]);

    // The inbox lists only the official's bodies' material, and names the comment to open at.
    const inbox = await official.client.get<{ data: Array<{ commentId: string }> }>(
      '/api/v1/comments/inbox',
    );
    expect(inbox.body.data.map((t) => t.commentId)).toEqual([asked.body.data.id]);
    const otherInbox = await elsewhere.client.get<{ data: unknown[] }>('/api/v1/comments/inbox');
    expect(otherInbox.body.data).toEqual([]);

    // An official of another body answers as anyone does; the official who sits on it as hers.
    const stray = await elsewhere.client.post<{ data: { author: { official: boolean } } }>(
      `/api/v1/documents/${documentId}/comments`,
      { body: 'Jag sitter inte i kommunstyrelsen.', parentId: asked.body.data.id },
    );
    expect(stray.body.data.author.official).toBe(false);
    // ...and their reply is one more comment waiting for an answer from this body.
    expect(await work(official.client)).toMatchObject({ commentsUnanswered: 2 });
    const reply = await official.client.post<{
      data: {
        author: { official: boolean; officialDetails: { bodyId: string; bodyName: string } };
      };
    }>(`/api/v1/documents/${documentId}/comments`, {
      body: 'Utbyggnaden är planerad till 2027.',
      parentId: asked.body.data.id,
    });
    expect(reply.body.data.author.official).toBe(true);
    expect(reply.body.data.author.officialDetails).toMatchObject({
      bodyId: ks,
      bodyName: 'Kommunstyrelsen',
    });
    expect(await work(official.client)).toMatchObject({ commentsUnanswered: 1 });
  });

  it("counts the documents of an official's coming meetings she has not opened, per meeting too", async () => {
    // A body of its own, so the other tests' meetings do not count here.
    const kfn = await makeBody('Kultur- och fritidsnämnden');
    const kfnSecretary = (await secretaryOf(app, kfn)).client;
    const reader = await signedInUser(app, { roles: ['citizen', 'official'] });
    const colleague = await signedInUser(app, { roles: ['citizen', 'official'] });
    await seat(kfn, reader.id);
    await seat(kfn, colleague.id);
    const plan = await createDocument(kfnSecretary, kfn, { title: 'Biblioteksplan 2027' });
    const report = await createDocument(kfnSecretary, kfn, {
      title: 'Utredning om fritidsgårdarna',
      secrecy: 'confidential',
      secrecyReference: 'OSL 26 kap. 1 §',
    });
    const meeting = await createMeeting(kfnSecretary, kfn, {
      startsAt: inAWeek(),
      documentIds: [plan, report],
    });
    const unreadOf = async (client: HttpClient) => {
      const coming = await client.get<{ data: Array<{ id: string; unreadDocumentIds: string[] }> }>(
        '/api/v1/me/work/meetings',
      );
      expect(coming.status).toBe(200);
      return coming.body.data.find((m) => m.id === meeting.id)?.unreadDocumentIds;
    };

    expect(await work(reader.client)).toMatchObject({ documentsToRead: 2, documentsUnread: 2 });
    expect((await unreadOf(reader.client))?.sort()).toEqual([plan, report].sort());

    // "Mina möten" keeps copies for reading offline as soon as it is shown: not a read.
    for (const id of [plan, report]) {
      expect((await reader.client.get(`/api/v1/documents/${id}/text?offline=1`)).status).toBe(200);
    }
    expect(await work(reader.client)).toMatchObject({ documentsUnread: 2 });

    // She opens the confidential report (its text): one document left to read.
    expect((await reader.client.get(`/api/v1/documents/${report}/text`)).status).toBe(200);
    expect(await work(reader.client)).toMatchObject({ documentsToRead: 2, documentsUnread: 1 });
    expect(await unreadOf(reader.client)).toEqual([plan]);

    // Read marks are her own: her colleague on the same body still has both to read.
    expect(await work(colleague.client)).toMatchObject({ documentsUnread: 2 });
    expect((await unreadOf(colleague.client))?.length).toBe(2);

    // Reading the plan too leaves nothing unread.
    expect((await reader.client.get(`/api/v1/documents/${plan}/text`)).status).toBe(200);
    expect(await work(reader.client)).toMatchObject({ documentsUnread: 0 });
    expect(await unreadOf(reader.client)).toEqual([]);
  });

  it("counts a moderator's reports and proposals to review", async () => {
    const moderator = await signedInUser(app, { roles: ['citizen', 'moderator'] });
    const before = await work(moderator.client);
    const author = await signedInUser(app);
    const created = await author.client.post('/api/v1/proposals', {
      title: 'Fler parkbänkar längs ån',
      body: 'Det behövs fler platser att vila på längs promenadstråket vid ån, särskilt för äldre.',
    });
    expect(created.status).toBe(201);
    expect(await work(moderator.client)).toMatchObject({
      proposalsToReview: (before.proposalsToReview ?? 0) + 1,
    });

    // A reported comment waits in the queue, and the moderator hears of it in their own room.
    const documentId = await createDocument(secretary, ks);
    const comment = await author.client.post<{ data: { id: string } }>(
      `/api/v1/documents/${documentId}/comments`,
      { body: 'Ring mig på 070-123 45 67.' },
    );
    const socket = await connectSocket(app, moderator.client);
    try {
      const changed = nextEvent(socket, 'work:changed');
      const reporter = await signedInUser(app);
      const reported = await reporter.client.post(
        `/api/v1/comments/${comment.body.data.id}/report`,
        {
          reason: 'Telefonnummer',
        },
      );
      expect(reported.status).toBe(201);
      await changed;
    } finally {
      socket.close();
    }
    expect(await work(moderator.client)).toMatchObject({
      reportsOpen: (before.reportsOpen ?? 0) + 1,
    });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await app
      .client()
      .get<{ paths: Record<string, { get?: unknown }> }>('/api/v1/openapi.json');
    expect(doc.body.paths['/api/v1/me/work']?.get).toBeDefined();
    expect(doc.body.paths['/api/v1/me/work/meetings']?.get).toBeDefined();
  });

  it('tells the secretary in their own room when their queue changes', async () => {
    const person = await secretaryOf(app, ks);
    const socket = await connectSocket(app, person.client);
    try {
      const changed = nextEvent<{ seq: number }>(socket, 'work:changed');
      await createMeeting(secretary, ks, { publish: false, startsAt: inAWeek() });
      expect((await changed).seq).toBeGreaterThan(0);
    } finally {
      socket.close();
    }
  });
});
