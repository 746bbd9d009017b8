// The council records in the body-scope table: bodies (a body is its own scope; creating one
// belongs to no body), meetings and their agenda items, decisions and minutes (the meeting's
// body), documents (the document's body), and the public reads (notice board, feeds, OParl,
// search). Things are built in the home body by its secretary through the real API.
import { buildUser } from '../helpers/factories';
import { createDocument, createMeeting } from '../helpers/records';
import type { ScopeFixtures, ScopeTable } from './table';

const published = (fx: ScopeFixtures) => createMeeting(fx.homeStaff, fx.homeBodyId);

/** A person of no body, for seats. */
async function someone(fx: ScopeFixtures): Promise<string> {
  return String((await buildUser(fx.app))._id);
}

/** A person seated in the home body as `seat` (member or secretary) by its secretary. */
async function seated(fx: ScopeFixtures, seat: 'members' | 'secretaries'): Promise<string> {
  const userId = await someone(fx);
  const res =
    seat === 'members'
      ? await fx.homeStaff.put(`/api/v1/bodies/${fx.homeBodyId}/members`, { userId })
      : await fx.homeStaff.post(`/api/v1/bodies/${fx.homeBodyId}/secretaries`, { userId });
  if (res.status !== 200) throw new Error(`seat: ${res.status} ${res.text}`);
  return userId;
}

/** A published meeting of the home body with its minutes (a protokoll of the body) attached. */
async function withMinutes(fx: ScopeFixtures): Promise<string> {
  const { id } = await published(fx);
  const documentId = await createDocument(fx.homeStaff, fx.homeBodyId, { kind: 'protokoll' });
  const res = await fx.homeStaff.put(`/api/v1/meetings/${id}/minutes`, { documentId });
  if (res.status !== 200) throw new Error(`minutes: ${res.status} ${res.text}`);
  return id;
}

const document = (fx: ScopeFixtures) => createDocument(fx.homeStaff, fx.homeBodyId);

const bodies: ScopeTable = {
  'GET /api/v1/bodies': { open: 'anyone' },
  'POST /api/v1/bodies': {
    // A new body belongs to no body: grants scoped to one do not create bodies.
    refuse: () => ({ body: { name: 'Valnämnden' } }),
  },
  'GET /api/v1/bodies/:id': { open: 'anyone' },
  'PATCH /api/v1/bodies/:id': {
    refuse: (fx) => ({ params: { id: fx.homeBodyId }, body: { shortName: 'X' } }),
  },
  'DELETE /api/v1/bodies/:id': { refuse: (fx) => ({ params: { id: fx.homeBodyId } }) },
  'PUT /api/v1/bodies/:id/members': {
    refuse: async (fx) => ({ params: { id: fx.homeBodyId }, body: { userId: await someone(fx) } }),
  },
  'DELETE /api/v1/bodies/:id/members/:userId': {
    refuse: async (fx) => ({
      params: { id: fx.homeBodyId, userId: await seated(fx, 'members') },
    }),
  },
  'POST /api/v1/bodies/:id/secretaries': {
    refuse: async (fx) => ({ params: { id: fx.homeBodyId }, body: { userId: await someone(fx) } }),
  },
  'DELETE /api/v1/bodies/:id/secretaries/:userId': {
    refuse: async (fx) => ({
      params: { id: fx.homeBodyId, userId: await seated(fx, 'secretaries') },
    }),
  },
};

const meetings: ScopeTable = {
  'GET /api/v1/meetings': {
    open: 'anyone',
    why: 'published meetings; drafts only of the bodies the caller keeps',
  },
  'POST /api/v1/meetings': {
    refuse: (fx) => ({
      body: { bodyId: fx.homeBodyId, title: 'Sammanträde', startsAt: '2026-12-01T09:00:00+01:00' },
    }),
  },
  'GET /api/v1/meetings/:id': { open: 'anyone', why: 'published ones; a draft is 404 to others' },
  'PATCH /api/v1/meetings/:id': {
    refuse: async (fx) => ({ params: { id: (await published(fx)).id }, body: { title: 'Ny' } }),
  },
  'DELETE /api/v1/meetings/:id': {
    refuse: async (fx) => ({ params: { id: (await published(fx)).id } }),
  },
  'POST /api/v1/meetings/:id/publish': {
    refuse: async (fx) => ({
      params: { id: (await createMeeting(fx.homeStaff, fx.homeBodyId, { publish: false })).id },
    }),
    // A draft is hidden from everyone who may not manage it.
    expect: 404,
  },
  'POST /api/v1/meetings/:id/agenda-items': {
    refuse: async (fx) => ({ params: { id: (await published(fx)).id }, body: { title: 'Övrigt' } }),
  },
  'PATCH /api/v1/meetings/:id/agenda-items/:itemId': {
    refuse: async (fx) => {
      const { id, itemIds } = await published(fx);
      return { params: { id, itemId: itemIds[0]! }, body: { title: 'Ändrad' } };
    },
  },
  'DELETE /api/v1/meetings/:id/agenda-items/:itemId': {
    refuse: async (fx) => {
      const { id, itemIds } = await published(fx);
      return { params: { id, itemId: itemIds[0]! } };
    },
  },
  'PUT /api/v1/meetings/:id/agenda-order': {
    refuse: async (fx) => {
      const { id, itemIds } = await published(fx);
      return { params: { id }, body: { itemIds } };
    },
  },
  'PUT /api/v1/meetings/:id/agenda-items/:itemId/decision': {
    refuse: async (fx) => {
      const { id, itemIds } = await published(fx);
      return { params: { id, itemId: itemIds[0]! }, body: { text: 'Bifall' } };
    },
  },
  'PUT /api/v1/meetings/:id/minutes': {
    refuse: async (fx) => ({
      params: { id: (await published(fx)).id },
      body: {
        documentId: await createDocument(fx.homeStaff, fx.homeBodyId, { kind: 'protokoll' }),
      },
    }),
  },
  'POST /api/v1/meetings/:id/minutes/approval': {
    refuse: async (fx) => ({ params: { id: await withMinutes(fx) }, body: {} }),
  },
  'socket meeting:join': {
    open: 'anyone',
    why: 'published meetings; a draft’s room only for those who may manage it (404)',
  },
  'socket meeting:leave': { open: 'anyone' },
};

const documents: ScopeTable = {
  'GET /api/v1/documents': { open: 'anyone', why: 'the public registry' },
  'POST /api/v1/documents': {
    refuse: (fx) => ({
      body: {
        title: 'Tjänsteskrivelse',
        kind: 'tjansteskrivelse',
        bodyId: fx.homeBodyId,
        date: '2026-11-02',
        secrecy: 'public',
      },
    }),
  },
  'GET /api/v1/documents/:id': { open: 'anyone' },
  'PATCH /api/v1/documents/:id': {
    refuse: async (fx) => ({ params: { id: await document(fx) }, body: { title: 'Ändrad' } }),
  },
  'DELETE /api/v1/documents/:id': {
    refuse: async (fx) => ({ params: { id: await document(fx) } }),
  },
  // GET /api/v1/documents/:id/text and …/file: test/scope/reading.ts (confidential content).
};

const OPARL = [
  'system',
  'body',
  'body/kommun',
  'organization',
  'organization/:id',
  'person',
  'person/:id',
  'meeting',
  'meeting/:id',
  'agendaItem',
  'agendaItem/:id',
  'paper',
  'paper/:id',
  'file',
  'file/:id',
];

const publicReads: ScopeTable = {
  'GET /api/v1/notice-board': { open: 'anyone' },
  'GET /api/v1/search': { open: 'anyone', why: 'the public archive (limited per address)' },
  'GET /feeds/meetings.ics': { open: 'anyone' },
  'GET /feeds/bodies/:id/meetings.ics': { open: 'anyone' },
  'GET /feeds/documents.atom': { open: 'anyone' },
  ...Object.fromEntries(
    OPARL.map((path) => [`GET /api/oparl/v1/${path}`, { open: 'anyone', why: 'open data' }]),
  ),
};

export const recordsScope: ScopeTable = { ...bodies, ...meetings, ...documents, ...publicReads };
