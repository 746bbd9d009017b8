// The HTTP API of comment moderation and the officials' inbox: report, hide, restore, the
// moderator queue, the public moderation log, the inbox and the moderation settings. Each route
// is a command (commands/), declared and documented here.
import { z } from 'zod';
import {
  BodyCommentSettingsSchema,
  CommentSchema,
  CommentSettingsSchema,
  InboxThreadSchema,
  ModerationLogEntrySchema,
  QueueItemSchema,
} from '@shared/schemas/comments';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { keepComment, maskComment } from './commands/mask';
import { hideComment, restoreComment } from './commands/moderate';
import { commentInbox, commentModerationLog, commentModerationQueue } from './commands/queries';
import { reportComment } from './commands/report';
import {
  getBodyCommentSettings,
  getCommentSettings,
  setBodyPremoderation,
  setCommentSettings,
} from './commands/settings';

const tags = ['comments', 'moderation'];
const list = (schema: z.ZodType) => z.object({ data: z.array(schema), total: z.number() });
const moderatorOfBody = 'moderator or admin of the subject’s body (or of every body)';

export function moderationRoutes(app: AppContext): CommandRouter {
  return (
    new CommandRouter(app, '/api/v1')
      // The fixed paths (queue, log, inbox) before the /comments/:id ones.
      .get('/comments/moderation-queue', commentModerationQueue, {
        summary: 'Held, automatically hidden and reported comments awaiting a moderator',
        tags: ['moderation'],
        auth: 'moderator (lists only the bodies they moderate)',
        reply: 'body',
        response: list(QueueItemSchema),
      })
      .get('/comments/moderation-log', commentModerationLog, {
        summary:
          'The public moderation log: what was hidden, when and under which rule (no content)',
        tags: ['moderation'],
        reply: 'body',
        response: list(ModerationLogEntrySchema),
      })
      .get('/comments/inbox', commentInbox, {
        summary: "An official's inbox: threads on their bodies' subjects with unanswered comments",
        tags: ['comments'],
        auth: 'official (lists only the bodies they are an official of)',
        reply: 'body',
        response: list(InboxThreadSchema),
      })
      .post('/comments/:id/report', reportComment, {
        summary: 'Report a comment with a reason; enough reports hide it pending review',
        tags: ['comments'],
        status: 201,
        response: z.object({ id: z.string(), state: z.string() }),
        errors: { 403: 'Own comment', 409: 'Already reported by you, or not shown' },
      })
      .post('/comments/:id/hide', hideComment, {
        summary: 'Hide a comment under a rule with a reason (a held comment is rejected)',
        tags,
        auth: moderatorOfBody,
        response: CommentSchema,
        errors: { 409: 'Deleted by its author' },
      })
      .post('/comments/:id/restore', restoreComment, {
        summary: 'Show a hidden, reported or held comment again (approves a held comment)',
        tags,
        auth: moderatorOfBody,
        response: CommentSchema,
        errors: { 409: 'Already shown or deleted' },
      })
      .post('/comments/:id/mask', maskComment, {
        summary:
          'Mask a part of a comment (every occurrence of the text) as “[maskerat: <rule>]”; the comment stays as it is otherwise',
        tags,
        auth: moderatorOfBody,
        response: CommentSchema,
        errors: {
          400: 'The text does not occur in the comment',
          409: 'Deleted by its author, or changed meanwhile',
        },
      })
      .post('/comments/:id/keep', keepComment, {
        summary: 'Keep a reported comment shown: its open reports are settled',
        tags,
        auth: moderatorOfBody,
        response: CommentSchema,
        errors: { 409: 'Not shown' },
      })
      .get('/comment-settings', getCommentSettings, {
        summary: 'The report threshold',
        tags: ['moderation'],
        auth: 'admin, moderator (without a body)',
        response: CommentSettingsSchema,
      })
      .put('/comment-settings', setCommentSettings, {
        summary: 'Set the number of reports that hides a comment pending review (default 3)',
        tags: ['moderation'],
        auth: 'admin, moderator (without a body)',
        response: CommentSettingsSchema,
      })
      .get('/comment-settings/bodies/:bodyId', getBodyCommentSettings, {
        summary: "Whether a body's threads are pre-moderated",
        tags: ['moderation'],
        auth: 'admin, moderator, secretary of the body',
        response: BodyCommentSettingsSchema,
      })
      .put('/comment-settings/bodies/:bodyId', setBodyPremoderation, {
        summary: "Switch pre-moderation of a body's threads on or off",
        tags: ['moderation'],
        auth: 'admin, moderator, secretary of the body',
        response: BodyCommentSettingsSchema,
      })
  );
}
