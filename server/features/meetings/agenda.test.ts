// Agendas over real HTTP and Socket.IO: items added, edited, reordered and removed while draft;
// decisions on published meetings; viewers in room meeting:<id> see each published change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { connectSocket, emitAck, nextEvent } from '../../../test/helpers/socket';
import { AuditEntry } from '../../audit/model';
import { resolveSubject } from '../subjects';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';

let app: TestApp;
let bodyId: string;
let secretary: HttpClient;
beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody();
  secretary = (await secretaryOf(app, bodyId)).client;
});
afterAll(async () => {
  await app.close();
});

describe('agenda items', () => {
  it('401, 403, 400 on adding; then add, edit, reorder and remove while draft', async () => {
    const { id, itemIds } = await createMeeting(secretary, bodyId, {
      titles: ['Ett', 'Två', 'Tre'],
      publish: false,
    });
    const items = `/api/v1/meetings/${id}/agenda-items`;
    expect((await app.client().post(items, { title: 'X' })).status).toBe(401);
    const { client: other } = await secretaryOf(app, await makeBody('Kulturnämnden'));
    expect((await other.post(items, { title: 'X' })).status).toBe(404);
    const noTitle = await secretary.post(items, { title: '' });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.message).toMatch(/^title/);
    const unknownDoc = await secretary.post(items, {
      title: 'X',
      documentIds: ['0123456789abcdef01234567'],
    });
    expect(unknownDoc.status).toBe(400);
    expect(unknownDoc.body.error.message).toMatch(/^documentIds/);

    const documentId = await createDocument(secretary, bodyId);
    const edited = await secretary.patch(`${items}/${itemIds[1]}`, {
      title: 'Två, reviderad',
      documentIds: [documentId],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ title: 'Två, reviderad', number: 2 });
    expect(edited.body.data.documents[0].id).toBe(documentId);

    const order = `/api/v1/meetings/${id}/agenda-order`;
    const partial = await secretary.put(order, { itemIds: [itemIds[0]] });
    expect(partial.status).toBe(400);
    expect(partial.body.error.message).toMatch(/^itemIds/);
    const reordered = await secretary.put(order, {
      itemIds: [itemIds[2], itemIds[0], itemIds[1]],
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.data.items.map((i: { title: string }) => i.title)).toEqual([
      'Tre',
      'Ett',
      'Två, reviderad',
    ]);
    expect((await secretary.delete(`${items}/${itemIds[2]}`)).status).toBe(204);
    const after = await secretary.get(`/api/v1/meetings/${id}`);
    expect(
      after.body.data.items.map((i: { number: number; title: string }) => [i.number, i.title]),
    ).toEqual([
      [1, 'Ett'],
      [2, 'Två, reviderad'],
    ]);
    expect(await AuditEntry.countDocuments({ action: 'agenda.reorder' })).toBe(1);
    expect(await resolveSubject('agendaItem', itemIds[0]!)).toMatchObject({ public: false });
  });

  it('after publishing: items may be added and edited, not reordered or removed', async () => {
    const { id, itemIds } = await createMeeting(secretary, bodyId, { titles: ['A', 'B'] });
    const added = await secretary.post(`/api/v1/meetings/${id}/agenda-items`, {
      title: 'Extra ärende',
    });
    expect(added.status).toBe(201);
    expect(added.body.data.number).toBe(3);
    const reorder = await secretary.put(`/api/v1/meetings/${id}/agenda-order`, {
      itemIds: [itemIds[1], itemIds[0], added.body.data.id],
    });
    expect(reorder.status).toBe(409);
    const remove = await secretary.delete(`/api/v1/meetings/${id}/agenda-items/${itemIds[0]}`);
    expect(remove.status).toBe(409);
    expect(await resolveSubject('agendaItem', itemIds[0]!)).toMatchObject({
      public: true,
      path: `/moten/${id}#punkt-${itemIds[0]}`,
    });
  });
});

describe('decisions', () => {
  it('401, 403, 400, 409 on a draft; then records the decision', async () => {
    const draft = await createMeeting(secretary, bodyId, { publish: false });
    const draftPath = `/api/v1/meetings/${draft.id}/agenda-items/${draft.itemIds[0]}/decision`;
    expect((await secretary.put(draftPath, { text: 'Bifall' })).status).toBe(409);

    const { id, itemIds } = await createMeeting(secretary, bodyId);
    const path = `/api/v1/meetings/${id}/agenda-items/${itemIds[0]}/decision`;
    expect((await app.client().put(path, { text: 'Bifall' })).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.put(path, { text: 'Bifall' })).status).toBe(403);
    const empty = await secretary.put(path, { text: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^text/);
    // The meeting is ahead: recorded only on purpose, in advance.
    const early = await secretary.put(path, {
      text: 'Kommunstyrelsen beslutar att anta budgeten.',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.details).toEqual({ reason: 'decision_before_meeting' });
    expect((await app.client().get(`/api/v1/meetings/${id}`)).body.data.items[0].decision).toBe(
      undefined,
    );
    const decided = await secretary.put(path, {
      text: 'Kommunstyrelsen beslutar att anta budgeten.',
      inAdvance: true,
    });
    expect(decided.status).toBe(200);
    expect(decided.body.data.decision).toEqual({
      text: 'Kommunstyrelsen beslutar att anta budgeten.',
      decidedAt: expect.any(String),
    });
    const seen = await app.client().get(`/api/v1/meetings/${id}`);
    expect(seen.body.data.items[0].decision.text).toMatch(/anta budgeten/);
  });
});

describe('realtime: room meeting:<id>', () => {
  it('refuses to join a draft anonymously and bad payloads with 400, without dropping the socket', async () => {
    const draft = await createMeeting(secretary, bodyId, { publish: false });
    const socket = await connectSocket(app);
    try {
      const bad = await emitAck(socket, 'meeting:join', { meetingId: 'nope' });
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      const hidden = await emitAck(socket, 'meeting:join', { meetingId: draft.id });
      expect(hidden).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(socket.connected).toBe(true);
    } finally {
      socket.disconnect();
    }
  });

  it('viewers see agenda changes and decisions as they are published, each with the next seq', async () => {
    const { id, itemIds } = await createMeeting(secretary, bodyId, { titles: ['Budget'] });
    const viewer = await connectSocket(app);
    const stayer = await connectSocket(app);
    try {
      // Publishing was the room's first change.
      const joined = await emitAck(viewer, 'meeting:join', { meetingId: id });
      // The join also answers the sitting's whole state (CONTRACT: a late joiner gets it at once).
      expect(joined).toMatchObject({ ok: true, data: { seq: 1 } });
      expect((await app.client().get(`/api/v1/meetings/${id}`)).body.data.seq).toBe(1);
      await emitAck(stayer, 'meeting:join', { meetingId: id });

      const itemEvent = nextEvent(viewer, 'meeting:updated');
      await secretary.post(`/api/v1/meetings/${id}/agenda-items`, { title: 'Extra ärende' });
      const afterItem = await itemEvent;
      expect(afterItem.seq).toBe(2);
      expect(afterItem.items.map((i: { title: string }) => i.title)).toEqual([
        'Budget',
        'Extra ärende',
      ]);
      expect(afterItem.canManage).toBe(false);

      const decisionEvent = nextEvent(viewer, 'meeting:updated');
      await secretary.put(`/api/v1/meetings/${id}/agenda-items/${itemIds[0]}/decision`, {
        text: 'Bifall till förslaget.',
        inAdvance: true,
      });
      const afterDecision = await decisionEvent;
      expect(afterDecision.seq).toBe(3);
      expect(afterDecision.items[0].decision.text).toBe('Bifall till förslaget.');

      const left = await emitAck(viewer, 'meeting:leave', { meetingId: id });
      expect(left).toEqual({ ok: true, data: { seq: 3 } });
      const received: unknown[] = [];
      viewer.on('meeting:updated', (payload) => received.push(payload));
      // The viewer still in the room is the barrier: once it has the change, so would the other.
      const barrier = nextEvent(stayer, 'meeting:updated', (m) => m.location === 'Stora salen');
      await secretary.patch(`/api/v1/meetings/${id}`, { location: 'Stora salen' });
      expect((await barrier).seq).toBe(4);
      expect(received).toEqual([]);
    } finally {
      viewer.disconnect();
      stayer.disconnect();
    }
  });

  it('a secretary watching a draft sees it published', async () => {
    const { id } = await createMeeting(secretary, bodyId, { publish: false });
    const socket = await connectSocket(app, secretary);
    try {
      expect(await emitAck(socket, 'meeting:join', { meetingId: id })).toMatchObject({ ok: true });
      const event = nextEvent(socket, 'meeting:updated');
      await secretary.post(`/api/v1/meetings/${id}/publish`);
      expect((await event).status).toBe('published');
    } finally {
      socket.disconnect();
    }
  });

  it('viewers see a removed document leave the agenda', async () => {
    const documentId = await createDocument(secretary, bodyId, { title: 'Felaktig bilaga' });
    const { id } = await createMeeting(secretary, bodyId, { documentIds: [documentId] });
    const viewer = await connectSocket(app);
    try {
      await emitAck(viewer, 'meeting:join', { meetingId: id });
      const event = nextEvent(viewer, 'meeting:updated');
      expect((await secretary.delete(`/api/v1/documents/${documentId}`)).status).toBe(204);
      expect((await event).items[0].documents).toEqual([]);
    } finally {
      viewer.disconnect();
    }
  });
});
