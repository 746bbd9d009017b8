// The sitting (sammanträde) in the body-scope table: everything acts on a meeting, agenda item or
// vote of the home body, so a person holding every staff role in another body is refused; the
// state and a vote are public reads. Things are built in the home body by its secretary.
import { createMeeting } from '../helpers/records';
import type { ScopeFixtures, ScopeTable } from './table';

const published = (fx: ScopeFixtures) => createMeeting(fx.homeStaff, fx.homeBodyId);

// One meeting in session and one open vote serve every entry (a refusal changes nothing), which
// keeps the home secretary well within the write limit.
const sessions = new WeakMap<ScopeFixtures, Promise<{ id: string; itemIds: string[] }>>();
const votes = new WeakMap<ScopeFixtures, Promise<string>>();

function inSession(fx: ScopeFixtures): Promise<{ id: string; itemIds: string[] }> {
  if (!sessions.has(fx)) sessions.set(fx, startOne(fx));
  return sessions.get(fx)!;
}

function openVote(fx: ScopeFixtures): Promise<string> {
  if (!votes.has(fx)) votes.set(fx, openOne(fx));
  return votes.get(fx)!;
}

async function startOne(fx: ScopeFixtures): Promise<{ id: string; itemIds: string[] }> {
  const meeting = await published(fx);
  const res = await fx.homeStaff.post(`/api/v1/meetings/${meeting.id}/session/start`, {});
  if (res.status !== 200) throw new Error(`start: ${res.status} ${res.text}`);
  return meeting;
}

async function openOne(fx: ScopeFixtures): Promise<string> {
  const { itemIds } = await inSession(fx);
  const res = await fx.homeStaff.post<{ data: { id: string } }>(
    `/api/v1/agenda-items/${itemIds[0]}/votes`,
    { question: 'Bifall till förslaget?', kind: 'open' },
  );
  if (res.status !== 201) throw new Error(`vote: ${res.status} ${res.text}`);
  return res.body.data.id;
}

const onMeeting = (body?: unknown) => ({
  refuse: async (fx: ScopeFixtures) => ({ params: { id: (await inSession(fx)).id }, body }),
});
const onItem = (body: unknown = {}) => ({
  refuse: async (fx: ScopeFixtures) => ({
    params: { itemId: (await inSession(fx)).itemIds[0]! },
    body,
  }),
});

export const councilScope: ScopeTable = {
  'GET /api/v1/meetings/:id/state': { open: 'anyone', why: 'what the public follows live' },
  'POST /api/v1/meetings/:id/session/start': {
    refuse: async (fx) => ({ params: { id: (await published(fx)).id } }),
  },
  'POST /api/v1/meetings/:id/session/adjourn': onMeeting({}),
  'POST /api/v1/meetings/:id/session/resume': onMeeting({}),
  'POST /api/v1/meetings/:id/session/close': onMeeting({}),
  'PUT /api/v1/meetings/:id/attendance': onMeeting({ entries: [] }),
  'PUT /api/v1/meetings/:id/current-item': {
    refuse: async (fx) => {
      const { id, itemIds } = await inSession(fx);
      return { params: { id }, body: { itemId: itemIds[0] } };
    },
  },
  'POST /api/v1/agenda-items/:itemId/speakers': onItem(),
  'POST /api/v1/agenda-items/:itemId/speakers/withdraw': onItem(),
  'POST /api/v1/agenda-items/:itemId/speakers/next': onItem(),
  'PUT /api/v1/agenda-items/:itemId/speakers/order': onItem({ speakerIds: [] }),
  'POST /api/v1/agenda-items/:itemId/motions': onItem({ text: 'Bifall' }),
  'POST /api/v1/agenda-items/:itemId/reservations': onItem({ text: 'Reservation' }),
  'POST /api/v1/agenda-items/:itemId/recusals': onItem(),
  'POST /api/v1/agenda-items/:itemId/votes': onItem({ question: 'Bifall?', kind: 'open' }),
  'GET /api/v1/votes/:id': { open: 'anyone', why: 'totals, and names of open votes after closing' },
  'POST /api/v1/votes/:id/ballots': {
    refuse: async (fx) => ({ params: { id: await openVote(fx) }, body: { choice: 'ja' } }),
  },
  'POST /api/v1/votes/:id/close': {
    refuse: async (fx) => ({ params: { id: await openVote(fx) } }),
  },
  'GET /api/v1/meetings/:id/minutes-draft': onMeeting(),
  'PUT /api/v1/meetings/:id/minutes-draft': onMeeting({ text: 'Protokoll' }),
};
