// The HTTP API of comment threads: read and write a thread on a document, agenda item or
// proposal; edit, delete, agree with a comment. Each route is a command (commands/), declared
// and documented here; moderation-routes.ts has the moderators' and officials' routes.
import type { Request } from 'express';
import {
  AgreementSchema,
  CommentSchema,
  CreateCommentSchema,
  EditCommentSchema,
  ThreadPageSchema,
  ThreadQuerySchema,
  type ThreadSubjectType,
} from '@shared/schemas/comments';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { agreeWithComment, withdrawAgreement } from './commands/agree';
import { createComment } from './commands/create';
import { deleteComment } from './commands/delete';
import { editComment } from './commands/edit';
import { listComments } from './commands/queries';

const tags = ['comments'];

/** URL segment → subject type. */
const SUBJECT_PATHS: Record<string, ThreadSubjectType> = {
  documents: 'document',
  'agenda-items': 'agendaItem',
  proposals: 'proposal',
};

/** The thread commands' input: the query or body, and the subject the path names. */
const threadInput = (subjectType: ThreadSubjectType) => (req: Request) => {
  const from: unknown = req.method === 'GET' ? req.query : req.body;
  const base = from && typeof from === 'object' && !Array.isArray(from) ? from : {};
  return Promise.resolve({ ...base, subjectType, subjectId: String(req.params.id) });
};

export function commentRoutes(app: AppContext): CommandRouter {
  const router = new CommandRouter(app, '/api/v1');
  for (const [segment, type] of Object.entries(SUBJECT_PATHS)) {
    router
      .get(`/${segment}/:id/comments`, listComments, {
        summary: `The comment thread of a ${type}: a page of top-level comments with their replies`,
        tags,
        reply: 'body',
        query: ThreadQuerySchema,
        input: threadInput(type),
        response: ThreadPageSchema,
        errors: { 400: 'Bad cursor or sort', 404: 'No such public subject' },
      })
      .post(`/${segment}/:id/comments`, createComment, {
        summary: `Comment on a ${type} (or reply, with parentId); body is cleaned HTML`,
        tags,
        status: 201,
        body: CreateCommentSchema,
        input: threadInput(type),
        response: CommentSchema,
        errors: {
          404: 'No such public subject or parent',
          409: 'The subject takes no comments, or the parent is not shown',
          429: 'More than 5 comments a minute or 50 a day',
        },
      });
  }
  return router
    .patch('/comments/:id', editComment, {
      summary: 'Edit own comment within 15 minutes (marked edited)',
      tags,
      auth: 'author',
      body: EditCommentSchema,
      response: CommentSchema,
      errors: { 409: 'The edit window has passed, or the comment is not shown' },
    })
    .delete('/comments/:id', deleteComment, {
      summary: 'Delete own comment (a tombstone keeps the thread shape)',
      tags,
      auth: 'author',
      status: 204,
    })
    .post('/comments/:id/agree', agreeWithComment, {
      summary: '"Instämmer": agree with a comment, once per person (not one\'s own)',
      tags,
      status: 201,
      auth: 'user',
      response: AgreementSchema,
      errors: { 409: 'Already agreed, or the comment is not shown' },
    })
    .delete('/comments/:id/agree', withdrawAgreement, {
      summary: 'Withdraw an agreement',
      tags,
      response: AgreementSchema,
      errors: { 404: 'No such comment or no agreement' },
    });
}
