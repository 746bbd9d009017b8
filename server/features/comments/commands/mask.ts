// Finer moderation than hiding: masking a part of a comment (a phone number, an address) under a
// rule, and keeping a reported comment shown (the reports are settled, nothing changes). Both for
// moderators of the thread's subject's body, like hiding. The masked text never reaches the audit
// log or the public moderation log; it is kept on the comment only where the rule allows
// (MASK_DISCARDS_ORIGINAL), for the municipality's own handling, and never presented.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { MASK_DISCARDS_ORIGINAL, MaskCommentSchema } from '@shared/schemas/comments';
import { defineCommand } from '../../../commands/define';
import { conflict, validationFailed } from '../../../errors';
import { canModerateComment } from '../../../policies/comments';
import { announceComment } from '../announce';
import { loadComment, type LoadedComment } from '../load';
import { maskHtml } from '../mask';
import { Comment } from '../model';
import { logModeration, resolveReports } from '../moderation';
import { presentComment, type StoredComment } from '../present';

const mayModerate = (user: Parameters<typeof canModerateComment>[0], { bodyId }: LoadedComment) =>
  canModerateComment(user, bodyId);

export const maskComment = defineCommand({
  name: 'comment.mask',
  input: MaskCommentSchema.extend({ id: IdSchema }),
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: mayModerate,
  async work({ input, user, subject }): Promise<{ comment: StoredComment; count: number }> {
    const { comment: loaded } = subject;
    if (loaded.state === 'deleted') throw conflict('The author has deleted this comment');
    const { html, count } = maskHtml(loaded.body, input.text, input.rule);
    if (count === 0) {
      throw validationFailed('text: not found in the comment', [
        { path: 'text', message: 'not found in the comment', code: 'custom' },
      ]);
    }
    const keep = !MASK_DISCARDS_ORIGINAL.includes(input.rule);
    const mask = {
      rule: input.rule,
      moderatorId: user!.id,
      at: new Date(),
      count,
      ...(keep ? { original: loaded.body } : {}),
    };
    // Conditional on the body read: an edit meanwhile is a conflict, not a lost mask.
    const comment = await Comment.findOneAndUpdate(
      { _id: loaded._id, body: loaded.body, state: loaded.state },
      { $set: { body: html }, $push: { masks: mask } },
      { returnDocument: 'after' },
    ).lean<StoredComment>();
    if (!comment) throw conflict('The comment changed meanwhile; reload it');
    await resolveReports(String(comment._id));
    await logModeration(comment, 'masked', input.rule);
    return { comment, count };
  },
  // Neither the masked text nor the body: only what was done and under which rule.
  audit: ({ comment, count }, { input }) => ({
    action: 'comment.mask',
    subject: { type: 'comment', id: input.id },
    after: {
      state: comment.state,
      rule: input.rule,
      masked: count,
      originalKept: !MASK_DISCARDS_ORIGINAL.includes(input.rule),
    },
  }),
  announce: ({ comment }, { app }, rooms) => announceComment(app.io, rooms, comment),
  present: ({ comment }, { user }) => presentComment(comment, user),
});

export const keepComment = defineCommand({
  name: 'comment.keep',
  input: z.object({ id: IdSchema }),
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: mayModerate,
  async work({ subject }): Promise<StoredComment> {
    if (subject.comment.state !== 'visible') throw conflict('Only a shown comment is kept');
    await resolveReports(String(subject.comment._id));
    return subject.comment.toObject();
  },
  audit: (_comment, { input }) => ({
    action: 'comment.keep',
    subject: { type: 'comment', id: input.id },
    after: { state: 'visible', reports: 'resolved' },
  }),
  present: (comment, { user }) => presentComment(comment, user),
});
