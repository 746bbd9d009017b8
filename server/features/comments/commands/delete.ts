// Deleting one's own comment: a tombstone keeps its place and its replies, without content or
// author. Only the author deletes; moderators hide instead (with a rule and a reason, logged).
import { trusted } from 'mongoose';
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { isCommentAuthor } from '../../../policies/comments';
import { announceComment } from '../announce';
import { loadComment } from '../load';
import { Comment } from '../model';
import type { StoredComment } from '../present';

export const deleteComment = defineCommand({
  name: 'comment.delete',
  input: z.object({ id: IdSchema }),
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: (user, { comment }) => isCommentAuthor(user, comment),
  async work({ subject: { comment } }): Promise<{ comment: StoredComment; before?: string }> {
    // A conditional update (the loaded document stays as it was, should the work be repeated):
    // deleting twice changes nothing and tells no one.
    const deleted = await Comment.findOneAndUpdate(
      { _id: comment._id, state: trusted({ $ne: 'deleted' }) },
      { $set: { state: 'deleted', body: '', deletedAt: new Date() } },
      { returnDocument: 'after' },
    ).lean<StoredComment>();
    if (!deleted) return { comment: comment.toObject() };
    return { comment: deleted, before: comment.state };
  },
  audit: ({ comment, before }) =>
    before === undefined
      ? null
      : {
          action: 'comment.delete',
          subject: { type: 'comment', id: String(comment._id) },
          before: { state: before },
          after: { state: 'deleted' },
        },
  announce: ({ comment, before }, { app }, rooms) =>
    before ? announceComment(app.io, rooms, comment) : undefined,
  present: () => undefined,
});
