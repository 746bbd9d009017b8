// Editing one's own comment within 15 minutes of writing it (marked edited).
import { z } from 'zod';
import { COMMENT_LIMITS } from '@shared/schemas/comments';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { conflict } from '../../../errors';
import { isCommentAuthor } from '../../../policies/comments';
import { announceComment } from '../announce';
import { loadComment } from '../load';
import { presentComment, type StoredComment } from '../present';
import { CleanBodySchema } from '../sanitize';

export const editComment = defineCommand({
  name: 'comment.edit',
  input: z.object({ id: IdSchema, body: CleanBodySchema }),
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: (user, { comment }) => isCommentAuthor(user, comment),
  async work({ input, subject: { comment } }): Promise<StoredComment> {
    if (comment.state !== 'visible' && comment.state !== 'pending') {
      throw conflict('This comment can no longer be edited');
    }
    if (Date.now() - comment.createdAt.getTime() > COMMENT_LIMITS.editWindowMs) {
      throw conflict('A comment can be edited for 15 minutes after it was written');
    }
    comment.body = input.body;
    comment.editedAt = new Date();
    await comment.save();
    return comment.toObject();
  },
  audit: (comment) => ({
    action: 'comment.edit',
    subject: { type: 'comment', id: String(comment._id) },
    after: { editedAt: comment.editedAt },
  }),
  announce: (comment, { app }, rooms) => announceComment(app.io, rooms, comment),
  present: (comment, { user }) => presentComment(comment, user),
});
