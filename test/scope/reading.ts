// The officials' reading room in the body-scope table (issue 17): a confidential document's
// content and access log (the document's body), absences and substitutes (the meeting's body),
// the whole-meeting PDF (what the caller may read), and the caller's own reads and notes.
import { buildUser } from '../helpers/factories';
import { createDocument, createMeeting } from '../helpers/records';
import type { ScopeFixtures, ScopeTable } from './table';

const confidential = (fx: ScopeFixtures) =>
  createDocument(fx.homeStaff, fx.homeBodyId, {
    secrecy: 'confidential',
    secrecyReference: 'OSL 26 kap. 1 §',
  });

/** A member seated in the home body, for a substitute to serve for. */
async function member(fx: ScopeFixtures): Promise<string> {
  const userId = String((await buildUser(fx.app))._id);
  const res = await fx.homeStaff.put(`/api/v1/bodies/${fx.homeBodyId}/members`, { userId });
  if (res.status !== 200) throw new Error(`seat: ${res.status} ${res.text}`);
  return userId;
}

export const readingScope: ScopeTable = {
  'GET /api/v1/documents/:id/text': {
    // The foreign person is an official and secretary of another body: not of this one.
    refuse: async (fx) => ({ params: { id: await confidential(fx) } }),
  },
  'GET /api/v1/documents/:id/file': {
    refuse: async (fx) => ({ params: { id: await confidential(fx) } }),
  },
  'GET /api/v1/documents/:id/access-log': {
    refuse: async (fx) => ({ params: { id: await confidential(fx) } }),
  },
  'GET /api/v1/me/document-reads': { open: 'own' },
  'GET /api/v1/me/meetings': { open: 'own', why: 'the meetings of the caller’s own bodies' },
  'GET /api/v1/documents/:id/notes': { open: 'own', why: 'the caller’s private notes' },
  'POST /api/v1/documents/:id/notes': { open: 'own' },
  'GET /api/v1/agenda-items/:id/notes': { open: 'own' },
  'POST /api/v1/agenda-items/:id/notes': { open: 'own' },
  'DELETE /api/v1/notes/:id': { open: 'own', why: 'another person’s note is 404' },
  'GET /api/v1/meetings/:id/bundle.pdf': {
    open: 'anyone',
    why: 'each reader gets the documents they may read; confidential ones only for the body',
  },
  'POST /api/v1/meetings/:id/absence': {
    refuse: async (fx) => ({
      params: { id: (await createMeeting(fx.homeStaff, fx.homeBodyId)).id },
      body: {},
    }),
  },
  'GET /api/v1/meetings/:id/absences': {
    refuse: async (fx) => ({
      params: { id: (await createMeeting(fx.homeStaff, fx.homeBodyId)).id },
    }),
  },
  'PUT /api/v1/meetings/:id/substitutes': {
    refuse: async (fx) => ({
      params: { id: (await createMeeting(fx.homeStaff, fx.homeBodyId)).id },
      body: { userId: fx.foreignId, forUserId: await member(fx) },
    }),
  },
};
