// Minutes and the notice board over real HTTP: attach the minutes, announce their approval, the
// notice with posting day and appeal end (three weeks later), current until then, archived after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { signedInUser } from '../../../test/helpers/factories';
import type { HttpClient } from '../../../test/helpers/http';
import { connectSocket, emitAck, nextEvent } from '../../../test/helpers/socket';
import {
  createDocument,
  createMeeting,
  makeBody,
  secretaryOf,
} from '../../../test/helpers/records';
import { addDays, appealEndsOn, swedishDate } from './appeal';
import { Notice } from './model';
import { listNotices } from './service';

let app: TestApp;
let bodyId: string;
let secretary: HttpClient;
beforeAll(async () => {
  app = await startTestApp();
  bodyId = await makeBody('Kommunfullmäktige');
  secretary = (await secretaryOf(app, bodyId)).client;
});
afterAll(async () => {
  await app.close();
});

describe('appeal period', () => {
  it('ends three weeks after the day of posting, in Swedish time', () => {
    expect(appealEndsOn('2026-11-28')).toBe('2026-12-19');
    expect(appealEndsOn('2026-12-20')).toBe('2027-01-10');
    // 23:30 UTC on 31 December is already 1 January in Sweden.
    expect(swedishDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('minutes and approval', () => {
  it('401, 403, 400 (wrong kind, not yet attached), 409 on drafts; then posts the notice', async () => {
    const { id, itemIds } = await createMeeting(secretary, bodyId, {
      startsAt: '2026-11-02T18:00:00+01:00',
    });
    const minutesPath = `/api/v1/meetings/${id}/minutes`;
    const approvalPath = `/api/v1/meetings/${id}/minutes/approval`;
    const protokoll = await createDocument(secretary, bodyId, {
      title: 'Protokoll kommunfullmäktige 2026-11-02',
      kind: 'protokoll',
      caseNumber: 'KF 2026/200',
    });
    const other = await createDocument(secretary, bodyId, { kind: 'bilaga' });

    expect((await app.client().put(minutesPath, { documentId: protokoll })).status).toBe(401);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.put(minutesPath, { documentId: protokoll })).status).toBe(403);
    const wrongKind = await secretary.put(minutesPath, { documentId: other });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.message).toMatch(/^documentId/);
    const notAttached = await secretary.post(approvalPath, {});
    expect(notAttached.status).toBe(400);
    const draft = await createMeeting(secretary, bodyId, { publish: false });
    expect(
      (await secretary.put(`/api/v1/meetings/${draft.id}/minutes`, { documentId: protokoll }))
        .status,
    ).toBe(409);

    await secretary.put(`/api/v1/meetings/${id}/agenda-items/${itemIds[0]}/decision`, {
      text: 'Fullmäktige beslutar att anta budgeten.',
    });
    const attached = await secretary.put(minutesPath, { documentId: protokoll });
    expect(attached.status).toBe(200);
    expect(attached.body.data.minutes).toEqual({
      document: expect.objectContaining({ id: protokoll, kind: 'protokoll' }),
    });

    const viewer = await connectSocket(app);
    await emitAck(viewer, 'meeting:join', { meetingId: id });
    const event = nextEvent(viewer, 'meeting:updated');
    const future = await secretary.post(approvalPath, { approvedOn: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(future.body.error.message).toMatch(/^approvedOn/);
    // The posting day is the server's: a JSON body cannot backdate the notice.
    const backdated = await secretary.post(approvalPath, { postedAt: '2020-01-01T00:00:00Z' });
    expect(backdated.status).toBe(400);
    expect(backdated.body.error.message).toMatch(/^postedAt/);
    const approved = await secretary.post(approvalPath, {});
    expect(approved.status).toBe(200);
    const today = swedishDate();
    expect(approved.body.data.minutes).toMatchObject({
      approvedOn: today,
      postedOn: today,
      appealEndsOn: addDays(today, 21),
    });
    expect((await event).minutes.appealEndsOn).toBe(addDays(today, 21));
    viewer.disconnect();

    const twice = await secretary.post(approvalPath, {});
    expect(twice.status).toBe(409);

    const board = await app.client().get('/api/v1/notice-board');
    expect(board.status).toBe(200);
    expect(board.body.total).toBe(1);
    expect(board.body.data[0]).toMatchObject({
      kind: 'minutes',
      bodyName: 'Kommunfullmäktige',
      meetingId: id,
      documentId: protokoll,
      postedOn: today,
      appealEndsOn: addDays(today, 21),
      current: true,
    });
  });

  it('lists a notice until its appeal period ends, then in the archive', async () => {
    const { id } = await createMeeting(secretary, bodyId, {
      startsAt: '2026-09-01T18:00:00+02:00',
    });
    const protokoll = await createDocument(secretary, bodyId, { kind: 'protokoll' });
    await secretary.put(`/api/v1/meetings/${id}/minutes`, { documentId: protokoll });
    await secretary.post(`/api/v1/meetings/${id}/minutes/approval`, {});
    const notice = await Notice.findOne({ meetingId: id }).lean();
    const lastDay = new Date(`${notice!.appealEndsOn}T12:00:00Z`);
    const dayAfter = new Date(`${addDays(notice!.appealEndsOn, 1)}T12:00:00Z`);
    expect((await listNotices('current', 1, 50, lastDay)).data.map((n) => n.meetingId)).toContain(
      id,
    );
    expect(
      (await listNotices('current', 1, 50, dayAfter)).data.map((n) => n.meetingId),
    ).not.toContain(id);
    const archived = await listNotices('archived', 1, 50, dayAfter);
    expect(archived.data.find((n) => n.meetingId === id)).toMatchObject({ current: false });
    const bad = await app.client().get('/api/v1/notice-board?status=old');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^status/);
  });
});
