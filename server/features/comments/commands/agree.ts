// "Instämmer": agreeing with a shown comment, once per person (the unique index on (comment,
// person) makes a second one 409), never with one's own; and withdrawing it. The count is
// recomputed from the agreements after each change, so concurrent agreements cannot drift it.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { isDuplicateKey } from '../../../db/errors';
import { retryTransient } from '../../../db/retry';
import { conflict, notFound } from '../../../errors';
import { isCommentAuthor } from '../../../policies/comments';
import { announceComment } from '../announce';
import { loadComment } from '../load';
import { Comment, CommentAgreement } from '../model';

const Input = z.object({ id: IdSchema });

async function recount(commentId: string): Promise<number> {
  const agreeCount = await CommentAgreement.countDocuments({ commentId });
  await retryTransient(() => Comment.updateOne({ _id: commentId }, { $set: { agreeCount } }));
  return agreeCount;
}

export const agreeWithComment = defineCommand({
  name: 'comment.agree',
  input: Input,
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: (user, { comment }) => !isCommentAuthor(user, comment),
  async work({ input, user, subject: { comment } }) {
    if (comment.state !== 'visible') throw conflict('This comment cannot be agreed with');
    try {
      await retryTransient(() =>
        CommentAgreement.create({ commentId: input.id, userId: user!.id }),
      );
    } catch (error) {
      if (isDuplicateKey(error)) throw conflict('You have already agreed with this comment');
      throw error;
    }
    return recount(input.id);
  },
  audit: (agreeCount, { input }) => ({
    action: 'comment.agree',
    subject: { type: 'comment', id: input.id },
    after: { agreeCount },
  }),
  announce: (_count, { app, subject: { comment } }, rooms) =>
    announceComment(app.io, rooms, comment),
  present: (agreeCount) => ({ agreeCount, agreedByMe: true }),
});

export const withdrawAgreement = defineCommand({
  name: 'comment.unagree',
  input: Input,
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: 'user',
  async work({ input, user }) {
    const removed = await retryTransient(() =>
      CommentAgreement.deleteOne({ commentId: input.id, userId: user!.id }),
    );
    if (removed.deletedCount === 0) throw notFound('You have not agreed with this comment');
    return recount(input.id);
  },
  audit: (agreeCount, { input }) => ({
    action: 'comment.unagree',
    subject: { type: 'comment', id: input.id },
    after: { agreeCount },
  }),
  announce: (_count, { app, subject: { comment } }, rooms) =>
    announceComment(app.io, rooms, comment),
  present: (agreeCount) => ({ agreeCount, agreedByMe: false }),
});
