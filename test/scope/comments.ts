// Comment threads in the body-scope table. A comment belongs to the body of its thread's subject
// (here a public document of the home body); moderating it, and configuring the home body's
// threads, are refused to every role of another body. What no body owns (the report threshold)
// needs a grant without a body. Hiding on a proposal no body handles yet, and what the queue and
// the inbox list for a person of one body, are tested directly in server/features/comments.
import { realDocument } from '../helpers/comments';
import { signedInUser } from '../helpers/factories';
import type { ScopeFixtures, ScopeTable } from './table';

/** A citizen's comment on a public document of the home body. */
async function homeComment(fx: ScopeFixtures): Promise<string> {
  const documentId = await realDocument(fx.app, fx.homeBodyId);
  const citizen = await signedInUser(fx.app);
  const res = await citizen.client.post(`/api/v1/documents/${documentId}/comments`, {
    body: 'Ett inlägg i tråden',
  });
  if (res.status !== 201) throw new Error(`comment: ${res.status} ${res.text}`);
  return res.body.data.id as string;
}

/** The same, hidden by a moderator of every body. */
async function hiddenHomeComment(fx: ScopeFixtures): Promise<string> {
  const id = await homeComment(fx);
  const moderator = await signedInUser(fx.app, { roles: ['moderator'] });
  const res = await moderator.client.post(`/api/v1/comments/${id}/hide`, {
    rule: 'spam',
    reason: 'Reklam',
  });
  if (res.status !== 200) throw new Error(`hide: ${res.status} ${res.text}`);
  return id;
}

const thread = (segment: string): ScopeTable => ({
  [`GET /api/v1/${segment}/:id/comments`]: { open: 'anyone', why: 'public subjects; others 404' },
  [`POST /api/v1/${segment}/:id/comments`]: {
    open: 'signed-in',
    why: 'anyone signed in comments; only officials of the subject’s body answer as officials',
  },
});

export const commentsScope: ScopeTable = {
  ...thread('documents'),
  ...thread('agenda-items'),
  ...thread('proposals'),
  'PATCH /api/v1/comments/:id': {
    refuse: async (fx) => ({ params: { id: await homeComment(fx) }, body: { body: 'Ändrad' } }),
  },
  'DELETE /api/v1/comments/:id': {
    refuse: async (fx) => ({ params: { id: await homeComment(fx) } }),
  },
  'POST /api/v1/comments/:id/agree': { open: 'signed-in' },
  'DELETE /api/v1/comments/:id/agree': { open: 'own' },
  'POST /api/v1/comments/:id/report': { open: 'signed-in', why: 'anyone may report abuse' },
  'POST /api/v1/comments/:id/hide': {
    refuse: async (fx) => ({
      params: { id: await homeComment(fx) },
      body: { rule: 'personal_attack', reason: 'Personangrepp' },
    }),
  },
  'POST /api/v1/comments/:id/restore': {
    refuse: async (fx) => ({ params: { id: await hiddenHomeComment(fx) } }),
  },
  'POST /api/v1/comments/:id/mask': {
    refuse: async (fx) => ({
      params: { id: await homeComment(fx) },
      body: { text: 'inlägg', rule: 'personal_data' },
    }),
  },
  'POST /api/v1/comments/:id/keep': {
    refuse: async (fx) => ({ params: { id: await homeComment(fx) } }),
  },
  'GET /api/v1/comments/moderation-queue': {
    open: 'own',
    why: 'lists only the comments of bodies the caller moderates (moderation.test.ts)',
  },
  'GET /api/v1/comments/moderation-log': { open: 'anyone', why: 'public, without content' },
  'GET /api/v1/comments/inbox': {
    open: 'own',
    why: 'lists only threads of bodies the caller is an official of (moderation.test.ts)',
  },
  'GET /api/v1/comment-settings': { refuse: () => ({}) },
  'PUT /api/v1/comment-settings': { refuse: () => ({ body: { reportThreshold: 3 } }) },
  'GET /api/v1/comment-settings/bodies/:bodyId': {
    refuse: (fx) => ({ params: { bodyId: fx.homeBodyId } }),
  },
  'PUT /api/v1/comment-settings/bodies/:bodyId': {
    refuse: (fx) => ({ params: { bodyId: fx.homeBodyId }, body: { premoderation: true } }),
  },
  'socket thread:join': { open: 'anyone', why: 'public subjects; others not_found' },
  'socket thread:leave': { open: 'anyone' },
};
