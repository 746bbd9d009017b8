// The sitting over real HTTP and Socket.IO: start, roll call with a substitute and quorum, items
// in turn (chapters), speakers, motions, an open and a secret vote with ballots replaced and
// recorded by the secretary, refusals (absent, recused, closed), reservations, recusals, the room's
// `meeting:state` with seq and the whole state at join (names of the current item's votes only),
// closing and the minutes draft.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app';
import { signedInUser } from '../../../../test/helpers/factories';
import type { HttpClient } from '../../../../test/helpers/http';
import { connectSocket, emitAck, nextEvent } from '../../../../test/helpers/socket';
import type { MeetingStateView } from '@shared/schemas/council';
import { Ballot } from './model';
import { seatedCouncil, type Council, type Person } from './sitting-fixture';

let app: TestApp;
let secretary: HttpClient;
let members: Person[];
let substitute: Person;
let meetingId: string;
let itemIds: string[];
let state: Council['state'];

beforeAll(async () => {
  app = await startTestApp();
  ({ secretary, members, substitute, meetingId, itemIds, state } = await seatedCouncil(app));
});
afterAll(async () => {
  await app.close();
});

describe('a whole sitting', () => {
  it('is refused before it starts and to anyone but the secretary', async () => {
    const early = await secretary.put(`/api/v1/meetings/${meetingId}/attendance`, { entries: [] });
    expect(early.status).toBe(409);
    expect(
      (await members[0]!.client.post(`/api/v1/meetings/${meetingId}/session/start`, {})).status,
    ).toBe(403);
  });

  it('starts, and the roll call gives quorum with a substitute', async () => {
    const started = await secretary.post<{ data: { status: string } }>(
      `/api/v1/meetings/${meetingId}/session/start`,
      {},
    );
    expect(started.status).toBe(200);
    expect(started.body.data.status).toBe('in_session');
    expect((await secretary.post(`/api/v1/meetings/${meetingId}/session/start`, {})).status).toBe(
      409,
    );

    // Two present: no quorum (3 of 5 needed).
    const two = await secretary.put<{ data: { present: number; quorum: boolean; seats: number } }>(
      `/api/v1/meetings/${meetingId}/attendance`,
      { entries: [0, 1].map((i) => ({ userId: members[i]!.id, present: true })) },
    );
    expect(two.body.data).toMatchObject({ present: 2, seats: 5, quorum: false });
    // A substitute for a present member is refused; for an absent one serves.
    const bad = await secretary.put(`/api/v1/meetings/${meetingId}/attendance`, {
      entries: [{ userId: substitute.id, present: true, substituteFor: members[0]!.id }],
    });
    expect(bad.status).toBe(400);
    const res = await secretary.put<{ data: { present: number; quorum: boolean } }>(
      `/api/v1/meetings/${meetingId}/attendance`,
      {
        entries: [
          { userId: members[2]!.id, present: true },
          { userId: members[3]!.id, present: true },
          { userId: members[4]!.id, present: false },
          { userId: substitute.id, present: true, substituteFor: members[4]!.id },
        ],
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ present: 5, quorum: true, required: 3 });
    const s = await state();
    const sub = s.attendance.members.find((m) => m.userId === substitute.id)!;
    expect(sub.serving).toBe(true);
    expect(sub.substituteFor?.userId).toBe(members[4]!.id);
  });

  it('announces every change to the room with a rising seq; a late joiner gets the whole state', async () => {
    const follower = await connectSocket(app);
    const join = await emitAck<{ seq: number; state: MeetingStateView }>(follower, 'meeting:join', {
      meetingId,
    });
    expect(join.ok).toBe(true);
    if (!join.ok) return;
    expect(join.data.state.status).toBe('in_session');
    expect(join.data.state.attendance.present).toBe(5);
    const next = nextEvent<MeetingStateView>(
      follower,
      'meeting:state',
      (p) => p.currentItemId === itemIds[0],
    );
    expect(
      (await secretary.put(`/api/v1/meetings/${meetingId}/current-item`, { itemId: itemIds[0] }))
        .status,
    ).toBe(200);
    const event = await next;
    expect(event.seq).toBeGreaterThan(join.data.seq);
    expect(event.items[0]!.startedAt).toBeDefined();
    follower.disconnect();
  });

  it('keeps the speakers list: members ask, the secretary adds a replik and gives the floor', async () => {
    const item = itemIds[0]!;
    expect(
      (await members[1]!.client.post(`/api/v1/agenda-items/${item}/speakers`, {})).status,
    ).toBe(201);
    // The same member twice: listed once.
    await members[1]!.client.post(`/api/v1/agenda-items/${item}/speakers`, {});
    expect(
      (await members[2]!.client.post(`/api/v1/agenda-items/${item}/speakers`, {})).status,
    ).toBe(201);
    // An absent member may not (members[4] is absent).
    expect(
      (await members[4]!.client.post(`/api/v1/agenda-items/${item}/speakers`, {})).status,
    ).toBe(403);
    let s = await state();
    expect(s.speakers.map((x) => x.userId)).toEqual([members[1]!.id, members[2]!.id]);
    const first = await secretary.post<{ data: { speaking: { userId: string } } }>(
      `/api/v1/agenda-items/${item}/speakers/next`,
      {},
    );
    expect(first.body.data.speaking.userId).toBe(members[1]!.id);
    await secretary.post(`/api/v1/agenda-items/${item}/speakers`, {
      userId: members[3]!.id,
      replik: true,
    });
    s = await state();
    expect(s.speakers[0]).toMatchObject({ userId: members[3]!.id, replik: true });
    expect(s.speaking?.userId).toBe(members[1]!.id);
    // members[2] withdraws.
    await members[2]!.client.post(`/api/v1/agenda-items/${item}/speakers/withdraw`, {});
    s = await state();
    expect(s.speakers.map((x) => x.userId)).toEqual([members[3]!.id]);
  });

  it('records motions, an open vote by name with ballots replaced and recorded by the secretary', async () => {
    const item = itemIds[0]!;
    expect(
      (
        await members[1]!.client.post(`/api/v1/agenda-items/${item}/motions`, {
          text: 'Bifall till förslaget',
        })
      ).status,
    ).toBe(201);
    await secretary.post(`/api/v1/agenda-items/${item}/motions`, {
      text: 'Avslag',
      userId: members[2]!.id,
    });
    const opened = await secretary.post<{ data: { id: string; status: string; eligible: number } }>(
      `/api/v1/agenda-items/${item}/votes`,
      { question: 'Bifall till förslaget?', kind: 'open' },
    );
    expect(opened.status).toBe(201);
    expect(opened.body.data).toMatchObject({ status: 'open', eligible: 5 });
    const voteId = opened.body.data.id;
    expect(
      (
        await secretary.post(`/api/v1/agenda-items/${item}/votes`, {
          question: 'Två?',
          kind: 'open',
        })
      ).status,
    ).toBe(409);
    const cast = (p: Person, choice: string) =>
      p.client.post(`/api/v1/votes/${voteId}/ballots`, { choice });
    expect((await cast(members[0]!, 'nej')).status).toBe(200);
    expect((await cast(members[0]!, 'ja')).status).toBe(200); // replaces
    expect((await cast(members[1]!, 'ja')).status).toBe(200);
    expect((await cast(substitute, 'nej')).status).toBe(200);
    // The absent member is refused; a citizen too.
    expect((await cast(members[4]!, 'ja')).status).toBe(403);
    const { client: citizen } = await signedInUser(app);
    expect((await citizen.post(`/api/v1/votes/${voteId}/ballots`, { choice: 'ja' })).status).toBe(
      403,
    );
    // The secretary sees who has not voted, and records one.
    const seen = await secretary.get<{
      data: { notVoted: Array<{ userId: string }>; voted: number };
    }>(`/api/v1/votes/${voteId}`);
    expect(seen.body.data.voted).toBe(3);
    expect(seen.body.data.notVoted.map((p) => p.userId).sort()).toEqual(
      [members[2]!.id, members[3]!.id].sort(),
    );
    const recorded = await secretary.post<{ data: { recordedBySecretary: boolean } }>(
      `/api/v1/votes/${voteId}/ballots`,
      { choice: 'avstar', userId: members[2]!.id },
    );
    expect(recorded.body.data.recordedBySecretary).toBe(true);
    // The public does not see names while open.
    const publicOpen = await app
      .client()
      .get<{ data: { ballots?: unknown; notVoted?: unknown } }>(`/api/v1/votes/${voteId}`);
    expect(publicOpen.body.data.ballots).toBeUndefined();
    expect(publicOpen.body.data.notVoted).toBeUndefined();
    const closed = await secretary.post<{ data: { result: Record<string, number> } }>(
      `/api/v1/votes/${voteId}/close`,
      {},
    );
    expect(closed.body.data.result).toEqual({ ja: 2, nej: 1, avstar: 1, absent: 1 });
    expect((await cast(members[3]!, 'ja')).status).toBe(409);
    // The room is on this item: its state names who voted how.
    const onItem = (await state()).items[0]!.votes.find((v) => v.id === voteId)!;
    expect(onItem.ballots).toHaveLength(4);
    expect(onItem.named).toBeUndefined();
    const after = await app.client().get<{
      data: { ballots: Array<{ userId: string; choice: string; recordedBySecretary?: boolean }> };
    }>(`/api/v1/votes/${voteId}`);
    expect(after.body.data.ballots).toHaveLength(4);
    expect(after.body.data.ballots.find((b) => b.userId === members[2]!.id)).toMatchObject({
      choice: 'avstar',
      recordedBySecretary: true,
    });
    expect(await Ballot.countDocuments({ voteId })).toBe(4);
  });

  it('stores one ballot when the same member’s devices send at once', async () => {
    const item = itemIds[0]!;
    const opened = await secretary.post<{ data: { id: string } }>(
      `/api/v1/agenda-items/${item}/votes`,
      {
        question: 'Återremiss?',
        kind: 'open',
      },
    );
    const voteId = opened.body.data.id;
    const answers = await Promise.all(
      ['ja', 'nej', 'ja', 'nej', 'avstar', 'ja'].map((choice) =>
        members[0]!.client.post(`/api/v1/votes/${voteId}/ballots`, { choice }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await Ballot.countDocuments({ voteId })).toBe(1);
    const closed = await secretary.post<{
      data: { result: { ja: number; nej: number; avstar: number } };
    }>(`/api/v1/votes/${voteId}/close`, {});
    const r = closed.body.data.result;
    expect(r.ja + r.nej + r.avstar).toBe(1);
  });

  it('takes recused members out of quorum and votes; a secret vote shows totals only', async () => {
    const item = itemIds[1]!;
    await secretary.put(`/api/v1/meetings/${meetingId}/current-item`, { itemId: item });
    expect(
      (await members[3]!.client.post(`/api/v1/agenda-items/${item}/recusals`, {})).status,
    ).toBe(201);
    let s = await state();
    const onItem = s.items.find((i) => i.itemId === item)!;
    expect(onItem.quorum.present).toBe(4);
    expect(onItem.recusals.map((r) => r.userId)).toEqual([members[3]!.id]);
    const opened = await secretary.post<{ data: { id: string; eligible: number } }>(
      `/api/v1/agenda-items/${item}/votes`,
      { question: 'Val av ombud: Anna Berg?', kind: 'secret' },
    );
    expect(opened.body.data.eligible).toBe(4);
    const voteId = opened.body.data.id;
    expect(
      (await members[3]!.client.post(`/api/v1/votes/${voteId}/ballots`, { choice: 'ja' })).status,
    ).toBe(403);
    for (const p of [members[0]!, members[1]!, members[2]!]) {
      expect(
        (await p.client.post(`/api/v1/votes/${voteId}/ballots`, { choice: 'ja' })).status,
      ).toBe(200);
    }
    const closed = await secretary.post<{
      data: { result: Record<string, number>; ballots?: unknown };
    }>(`/api/v1/votes/${voteId}/close`, {});
    expect(closed.body.data.result).toEqual({ ja: 3, nej: 0, avstar: 0, absent: 2 });
    expect(closed.body.data.ballots).toBeUndefined();
    expect(
      (
        await secretary.put(`/api/v1/meetings/${meetingId}/agenda-items/${item}/decision`, {
          text: 'Anna Berg väljs till ombud.',
        })
      ).status,
    ).toBe(200);
    // A reservation on the first item.
    expect(
      (
        await members[2]!.client.post(`/api/v1/agenda-items/${itemIds[0]}/reservations`, {
          text: 'Till förmån för eget yrkande',
        })
      ).status,
    ).toBe(201);
    s = await state();
    expect(s.items[0]!.reservations[0]).toMatchObject({ userId: members[2]!.id });
    expect(s.items[1]!.decision).toBe('Anna Berg väljs till ombud.');
  });

  it('keeps the state small: names only on the current item, the rest on demand, never secret ones', async () => {
    // The room has moved on to item 2: item 1's open votes are totals and a marker, for followers
    // at join as for every broadcast.
    const follower = await connectSocket(app);
    const join = await emitAck<{ state: MeetingStateView }>(follower, 'meeting:join', {
      meetingId,
    });
    follower.disconnect();
    expect(join.ok).toBe(true);
    if (!join.ok) return;
    const s = join.data.state;
    expect(s.currentItemId).toBe(itemIds[1]);
    const past = s.items[0]!.votes;
    expect(past).toHaveLength(2);
    for (const vote of past) {
      expect(vote).toMatchObject({ kind: 'open', status: 'closed', named: true });
      expect(vote.ballots).toBeUndefined();
      expect(vote.result).not.toBeNull();
    }
    expect(JSON.stringify(s.items[0])).not.toContain('choice');
    // Anyone reads a past vote's names; closed, it may be kept by shared caches for a moment.
    const named = await app.client().get<{
      data: { ballots: Array<{ userId: string; choice: string; displayName: string }> };
    }>(`/api/v1/votes/${past[0]!.id}`);
    expect(named.status).toBe(200);
    expect(named.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(named.body.data.ballots).toHaveLength(4);
    expect(named.body.data.ballots).toContainEqual(
      expect.objectContaining({ userId: members[2]!.id, choice: 'avstar' }),
    );
    // The secret vote on the current item: neither names nor the marker, in the state or the API,
    // for the public or the secretary.
    const secret = s.items[1]!.votes[0]!;
    expect(secret.kind).toBe('secret');
    expect(secret.ballots).toBeUndefined();
    expect(secret.named).toBeUndefined();
    for (const client of [app.client(), secretary]) {
      const res = await client.get<{ data: { ballots?: unknown; named?: unknown } }>(
        `/api/v1/votes/${secret.id}`,
      );
      expect(res.status).toBe(200);
      expect(res.body.data.ballots).toBeUndefined();
      expect(res.body.data.named).toBeUndefined();
    }
  });

  it('adjourns and resumes, closes (not while a vote is open) and writes the minutes draft', async () => {
    expect((await secretary.post(`/api/v1/meetings/${meetingId}/session/adjourn`, {})).status).toBe(
      200,
    );
    expect((await state()).adjourned).toBe(true);
    expect((await secretary.post(`/api/v1/meetings/${meetingId}/session/resume`, {})).status).toBe(
      200,
    );
    const opened = await secretary.post<{ data: { id: string } }>(
      `/api/v1/agenda-items/${itemIds[2]}/votes`,
      {
        question: 'Bifall?',
        kind: 'open',
      },
    );
    expect((await secretary.post(`/api/v1/meetings/${meetingId}/session/close`, {})).status).toBe(
      409,
    );
    await secretary.post(`/api/v1/votes/${opened.body.data.id}/close`, {});
    expect((await secretary.get(`/api/v1/meetings/${meetingId}/minutes-draft`)).status).toBe(404);
    const closed = await secretary.post<{ data: { status: string; chapters: unknown[] } }>(
      `/api/v1/meetings/${meetingId}/session/close`,
      {},
    );
    expect(closed.status).toBe(200);
    expect(closed.body.data.status).toBe('closed');
    expect(closed.body.data.chapters).toHaveLength(2);
    const draft = await secretary.get<{ data: { text: string; html: string } }>(
      `/api/v1/meetings/${meetingId}/minutes-draft`,
    );
    expect(draft.status).toBe(200);
    const text = draft.body.data.text;
    expect(text).toContain('Ersättare Berg (Centerpartiet) för Ledamot4 Svensson');
    expect(text).toContain('§ 1 Budget 2027');
    expect(text).toContain('Bifall till förslaget');
    expect(text).toContain('Ja 2, Nej 1, Avstår 1, Frånvarande 1');
    expect(text).toContain('Avstår: Ledamot2 Svensson (Socialdemokraterna) *');
    expect(text).toContain('Sluten omröstning: Val av ombud: Anna Berg?');
    expect(text).toContain('Jäv: Ledamot3 Svensson (Moderaterna)');
    expect(text).toContain('Reservationer');
    expect(text).toContain('Beslut: Anna Berg väljs till ombud.');
    expect(draft.body.data.html).toContain('<h2>§ 1 Budget 2027</h2>');
    // Members may not read it; the secretary edits it.
    expect(
      (await members[0]!.client.get(`/api/v1/meetings/${meetingId}/minutes-draft`)).status,
    ).toBe(403);
    const edited = await secretary.put<{ data: { text: string } }>(
      `/api/v1/meetings/${meetingId}/minutes-draft`,
      { text: `${text}\nJusteras av Ledamot1 Svensson.` },
    );
    expect(edited.body.data.text).toContain('Justeras av');
    // OParl: the item's result and resolution text, and our extension with the votes by name.
    const oparl = await app
      .client()
      .get<Record<string, unknown>>(`/api/oparl/v1/agendaItem/${itemIds[0]}`);
    expect(oparl.status).toBe(200);
    const votes = oparl.body['motesplats:votes'] as Array<{
      kind: string;
      result: Record<string, number>;
      ballots?: Array<{ name: string; choice: string }>;
    }>;
    expect(votes[0]!.result).toEqual({ ja: 2, nej: 1, avstar: 1, absent: 1 });
    expect(votes[0]!.ballots).toContainEqual(
      expect.objectContaining({ name: 'Ledamot2 Svensson', choice: 'avstar' }),
    );
    const secretItem = await app
      .client()
      .get<Record<string, unknown>>(`/api/oparl/v1/agendaItem/${itemIds[1]}`);
    expect(secretItem.body).toMatchObject({ resolutionText: 'Anna Berg väljs till ombud.' });
    const secret = (secretItem.body['motesplats:votes'] as Array<{ ballots?: unknown }>)[0]!;
    expect(secret.ballots).toBeUndefined();
    // Nothing more after closing.
    expect(
      (await members[0]!.client.post(`/api/v1/agenda-items/${itemIds[0]}/speakers`, {})).status,
    ).toBe(409);
  });
});
