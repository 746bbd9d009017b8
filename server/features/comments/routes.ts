// HTTP routes of comment threads: read and write a thread on a document, agenda item or
// proposal; edit, delete, agree with a comment. Thin: parse, call the service, present.
import { Router } from 'express';
import { z } from 'zod';
import {
  AgreementSchema,
  CommentSchema,
  CreateCommentSchema,
  EditCommentSchema,
  ThreadPageSchema,
  ThreadQuerySchema,
  type ThreadSubjectType,
} from '@shared/schemas/comments';
import { ErrorBodySchema } from '@shared/schemas/common';
import type { AppContext } from '../../context';
import { currentUser, requireUser } from '../../auth/current-user';
import { requestIp } from '../../audit/service';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { createComment, deleteComment, editComment, setAgreement } from './service';
import { listThread } from './thread';

/** URL segment → subject type. */
const SUBJECT_PATHS: Record<string, ThreadSubjectType> = {
  documents: 'document',
  'agenda-items': 'agendaItem',
  proposals: 'proposal',
};

const error = (description: string) => ({ description, schema: ErrorBodySchema });
const one = (schema: z.ZodType) => z.object({ data: schema });

for (const [segment, type] of Object.entries(SUBJECT_PATHS)) {
  const path = `/api/v1/${segment}/{id}/comments`;
  describeApi({
    method: 'get',
    path,
    summary: `The comment thread of a ${type}: a page of top-level comments with their replies`,
    tags: ['comments'],
    query: ThreadQuerySchema,
    responses: {
      200: { description: 'A page of the thread', schema: ThreadPageSchema },
      400: error('Bad cursor or sort'),
      404: error('No such public subject'),
    },
  });
  describeApi({
    method: 'post',
    path,
    summary: `Comment on a ${type} (or reply, with parentId); body is cleaned HTML`,
    tags: ['comments'],
    auth: 'user',
    body: CreateCommentSchema,
    responses: {
      201: {
        description: 'The comment (state "pending" under pre-moderation)',
        schema: one(CommentSchema),
      },
      400: error('Empty or over-long body'),
      401: error('Not logged in'),
      404: error('No such public subject or parent'),
      409: error('The subject takes no comments, or the parent is not shown'),
      429: error('More than 5 comments a minute or 50 a day'),
    },
  });
}
describeApi({
  method: 'patch',
  path: '/api/v1/comments/{id}',
  summary: 'Edit own comment within 15 minutes (marked edited)',
  tags: ['comments'],
  auth: 'user',
  body: EditCommentSchema,
  responses: {
    200: { description: 'The edited comment', schema: one(CommentSchema) },
    400: error('Empty or over-long body'),
    401: error('Not logged in'),
    403: error('Not the author'),
    404: error('No such comment'),
    409: error('The edit window has passed, or the comment is not shown'),
  },
});
describeApi({
  method: 'delete',
  path: '/api/v1/comments/{id}',
  summary: 'Delete own comment (a tombstone keeps the thread shape)',
  tags: ['comments'],
  auth: 'user',
  responses: {
    204: { description: 'Deleted' },
    401: error('Not logged in'),
    403: error('Not the author'),
    404: error('No such comment'),
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/comments/{id}/agree',
  summary: '"Instämmer": agree with a comment, once per person',
  tags: ['comments'],
  auth: 'user',
  responses: {
    201: { description: 'The new count', schema: one(AgreementSchema) },
    401: error('Not logged in'),
    403: error('Own comment'),
    404: error('No such comment'),
    409: error('Already agreed, or the comment is not shown'),
  },
});
describeApi({
  method: 'delete',
  path: '/api/v1/comments/{id}/agree',
  summary: 'Withdraw an agreement',
  tags: ['comments'],
  auth: 'user',
  responses: {
    200: { description: 'The new count', schema: one(AgreementSchema) },
    401: error('Not logged in'),
    404: error('No such comment or no agreement'),
  },
});

export function commentRoutes(ctx: AppContext): Router {
  const router = Router();

  for (const [segment, type] of Object.entries(SUBJECT_PATHS)) {
    router.get(`/${segment}/:id/comments`, async (req, res) => {
      const query = parseInput(ThreadQuerySchema, req.query);
      res.json(await listThread(type, String(req.params.id), query, req.user));
    });
    router.post(`/${segment}/:id/comments`, requireUser, async (req, res) => {
      const input = parseInput(CreateCommentSchema, req.body);
      const comment = await createComment(
        ctx,
        currentUser(req),
        type,
        String(req.params.id),
        input,
        requestIp(req),
      );
      res.status(201).json({ data: comment });
    });
  }

  router.patch('/comments/:id', requireUser, async (req, res) => {
    const input = parseInput(EditCommentSchema, req.body);
    res.json({
      data: await editComment(
        ctx,
        currentUser(req),
        String(req.params.id),
        input.body,
        requestIp(req),
      ),
    });
  });
  router.delete('/comments/:id', requireUser, async (req, res) => {
    await deleteComment(ctx, currentUser(req), String(req.params.id), requestIp(req));
    res.status(204).end();
  });
  router.post('/comments/:id/agree', requireUser, async (req, res) => {
    res.status(201).json({
      data: await setAgreement(ctx, currentUser(req), String(req.params.id), true, requestIp(req)),
    });
  });
  router.delete('/comments/:id/agree', requireUser, async (req, res) => {
    res.json({
      data: await setAgreement(ctx, currentUser(req), String(req.params.id), false, requestIp(req)),
    });
  });
  return router;
}
