// Reporting a shown comment with a reason: once per person (a second report is 409), never one's
// own. Enough open reports hide the comment pending review ('flagged'); the request that makes
// the flip logs it publicly, audits it as the system's act and tells the thread.
import { IdSchema } from '@shared/schemas/common';
import { ReportCommentSchema } from '@shared/schemas/comments';
import { defineCommand } from '../../../commands/define';
import { isDuplicateKey } from '../../../db/errors';
import { conflict } from '../../../errors';
import { isCommentAuthor } from '../../../policies/comments';
import { announceComment } from '../announce';
import { loadComment } from '../load';
import { flagIfReportedEnough } from '../moderation';
import { CommentReport } from '../moderation-model';

export const reportComment = defineCommand({
  name: 'comment.report',
  input: ReportCommentSchema.extend({ id: IdSchema }),
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: (user, { comment }) => !isCommentAuthor(user, comment),
  async work({ input, user, subject: { comment } }) {
    if (comment.state !== 'visible' && comment.state !== 'flagged') {
      throw conflict('This comment is not shown');
    }
    try {
      await CommentReport.create({ commentId: input.id, userId: user!.id, reason: input.reason });
    } catch (error) {
      if (isDuplicateKey(error)) throw conflict('You have already reported this comment');
      throw error;
    }
    return { state: comment.state, flip: await flagIfReportedEnough(comment) };
  },
  audit: ({ flip }, { input }) => [
    { action: 'comment.report', subject: { type: 'comment', id: input.id } },
    ...(flip
      ? [
          {
            actor: 'system',
            action: 'comment.auto_hide',
            subject: { type: 'comment', id: input.id },
            before: { state: 'visible' },
            after: { state: 'flagged', reports: flip.reports },
          },
        ]
      : []),
  ],
  announce: ({ flip }, { app }, rooms) =>
    flip ? announceComment(app.io, rooms, flip.flagged) : undefined,
  present: ({ state, flip }, { input }) => ({ id: input.id, state: flip ? 'flagged' : state }),
});
