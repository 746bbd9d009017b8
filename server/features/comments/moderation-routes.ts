// HTTP routes of comment moderation: report, hide, restore, the moderator queue, the public
// moderation log, the official inbox and the moderation settings.
import { Router } from 'express';
import { z } from 'zod';
import {
  BodyCommentSettingsSchema,
  CommentSchema,
  CommentSettingsSchema,
  HideCommentSchema,
  InboxThreadSchema,
  ModerationLogEntrySchema,
  QueueItemSchema,
  ReportCommentSchema,
} from '@shared/schemas/comments';
import { ErrorBodySchema, IdSchema, PageQuerySchema } from '@shared/schemas/common';
import type { AppContext } from '../../context';
import { currentUser, requireUser } from '../../auth/current-user';
import { requestIp } from '../../audit/service';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { officialInbox } from './inbox';
import {
  hideComment,
  moderationLog,
  moderationQueue,
  reportComment,
  restoreComment,
} from './moderation';
import { getBodySettings, getSettings, setBodyPremoderation, setReportThreshold } from './settings';

const error = (description: string) => ({ description, schema: ErrorBodySchema });
const one = (schema: z.ZodType) => z.object({ data: schema });
const list = (schema: z.ZodType) => z.object({ data: z.array(schema), total: z.number() });

describeApi({
  method: 'post',
  path: '/api/v1/comments/{id}/report',
  summary: 'Report a comment with a reason; enough reports hide it pending review',
  tags: ['comments'],
  auth: 'user',
  body: ReportCommentSchema,
  responses: {
    201: { description: 'Reported', schema: one(z.object({ id: z.string(), state: z.string() })) },
    400: error('No reason'),
    401: error('Not logged in'),
    403: error('Own comment'),
    404: error('No such comment'),
    409: error('Already reported by you, or not shown'),
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/comments/{id}/hide',
  summary: 'Hide a comment under a rule with a reason (a held comment is rejected)',
  tags: ['comments', 'moderation'],
  auth: 'moderator',
  body: HideCommentSchema,
  responses: {
    200: { description: 'The hidden comment', schema: one(CommentSchema) },
    400: error('Unknown rule or no reason'),
    401: error('Not logged in'),
    403: error('Not a moderator'),
    404: error('No such comment'),
    409: error('Deleted by its author'),
  },
});
describeApi({
  method: 'post',
  path: '/api/v1/comments/{id}/restore',
  summary: 'Show a hidden, reported or held comment again (approves a held comment)',
  tags: ['comments', 'moderation'],
  auth: 'moderator',
  responses: {
    200: { description: 'The shown comment', schema: one(CommentSchema) },
    401: error('Not logged in'),
    403: error('Not a moderator'),
    404: error('No such comment'),
    409: error('Already shown or deleted'),
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/comments/moderation-queue',
  summary: 'Held, automatically hidden and reported comments awaiting a moderator',
  tags: ['moderation'],
  auth: 'moderator',
  responses: {
    200: { description: 'The queue, oldest first', schema: list(QueueItemSchema) },
    401: error('Not logged in'),
    403: error('Not a moderator'),
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/comments/moderation-log',
  summary: 'The public moderation log: what was hidden, when and under which rule (no content)',
  tags: ['moderation'],
  query: PageQuerySchema,
  responses: { 200: { description: 'Newest first', schema: list(ModerationLogEntrySchema) } },
});
describeApi({
  method: 'get',
  path: '/api/v1/comments/inbox',
  summary: "An official's inbox: threads on their bodies' subjects with unanswered comments",
  tags: ['comments'],
  auth: 'official',
  responses: {
    200: { description: 'Threads, latest activity first', schema: list(InboxThreadSchema) },
    401: error('Not logged in'),
    403: error('Not an official'),
  },
});
describeApi({
  method: 'put',
  path: '/api/v1/comment-settings',
  summary: 'Set the number of reports that hides a comment pending review (default 3)',
  tags: ['moderation'],
  auth: 'admin, moderator',
  body: CommentSettingsSchema,
  responses: {
    200: { description: 'The settings', schema: one(CommentSettingsSchema) },
    400: error('Not a number from 1 to 100'),
    401: error('Not logged in'),
    403: error('Not an admin or moderator'),
  },
});
describeApi({
  method: 'put',
  path: '/api/v1/comment-settings/bodies/{bodyId}',
  summary: "Switch pre-moderation of a body's threads on or off",
  tags: ['moderation'],
  auth: 'admin, moderator, secretary of the body',
  body: BodyCommentSettingsSchema,
  responses: {
    200: { description: 'The settings', schema: one(BodyCommentSettingsSchema) },
    400: error('Bad input'),
    401: error('Not logged in'),
    403: error('Wrong role'),
    404: error('No such body'),
  },
});

describeApi({
  method: 'get',
  path: '/api/v1/comment-settings',
  summary: 'The report threshold',
  tags: ['moderation'],
  auth: 'admin, moderator',
  responses: {
    200: { description: 'The settings', schema: one(CommentSettingsSchema) },
    401: error('Not logged in'),
    403: error('Not an admin or moderator'),
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/comment-settings/bodies/{bodyId}',
  summary: "Whether a body's threads are pre-moderated",
  tags: ['moderation'],
  auth: 'admin, moderator, secretary of the body',
  responses: {
    200: { description: 'The settings', schema: one(BodyCommentSettingsSchema) },
    401: error('Not logged in'),
    403: error('Wrong role'),
    404: error('No such body'),
  },
});

export function moderationRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/comments/moderation-queue', requireUser, async (req, res) => {
    const data = await moderationQueue(currentUser(req));
    res.json({ data, total: data.length });
  });
  router.get('/comments/moderation-log', async (req, res) => {
    const { page, pageSize } = parseInput(PageQuerySchema, req.query);
    res.json(await moderationLog(page, pageSize));
  });
  router.get('/comments/inbox', requireUser, async (req, res) => {
    const data = await officialInbox(currentUser(req));
    res.json({ data, total: data.length });
  });
  router.post('/comments/:id/report', requireUser, async (req, res) => {
    const { reason } = parseInput(ReportCommentSchema, req.body);
    res.status(201).json({
      data: await reportComment(
        ctx,
        currentUser(req),
        String(req.params.id),
        reason,
        requestIp(req),
      ),
    });
  });
  router.post('/comments/:id/hide', requireUser, async (req, res) => {
    const input = parseInput(HideCommentSchema, req.body);
    res.json({
      data: await hideComment(ctx, currentUser(req), String(req.params.id), input, requestIp(req)),
    });
  });
  router.post('/comments/:id/restore', requireUser, async (req, res) => {
    res.json({
      data: await restoreComment(ctx, currentUser(req), String(req.params.id), requestIp(req)),
    });
  });
  router.get('/comment-settings', requireUser, async (req, res) => {
    res.json({ data: await getSettings(req.user) });
  });
  router.put('/comment-settings', requireUser, async (req, res) => {
    const input = parseInput(CommentSettingsSchema, req.body);
    res.json({
      data: await setReportThreshold(currentUser(req), input.reportThreshold, requestIp(req)),
    });
  });
  router.get('/comment-settings/bodies/:bodyId', requireUser, async (req, res) => {
    const { bodyId } = parseInput(z.object({ bodyId: IdSchema }), req.params);
    res.json({ data: await getBodySettings(req.user, bodyId) });
  });
  router.put('/comment-settings/bodies/:bodyId', requireUser, async (req, res) => {
    const { bodyId } = parseInput(z.object({ bodyId: IdSchema }), req.params);
    const { premoderation } = parseInput(BodyCommentSettingsSchema, req.body);
    res.json({
      data: await setBodyPremoderation(currentUser(req), bodyId, premoderation, requestIp(req)),
    });
  });
  return router;
}
