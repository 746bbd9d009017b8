// A moderator's decisions on a comment, for moderators and administrators of the thread's
// subject's body (or of every body; a subject of no body needs such a grant): hide it under a rule
// with a reason (a held comment that is refused was never shown: it is rejected, not hidden), or
// show it again (approving a held one). Either settles the open reports and is logged publicly.
import { trusted } from 'mongoose';
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { HideCommentSchema, type CommentState } from '@shared/schemas/comments';
import { defineCommand } from '../../../commands/define';
import { conflict } from '../../../errors';
import { canModerateComment } from '../../../policies/comments';
import { announceComment } from '../announce';
import { loadComment, type LoadedComment } from '../load';
import { Comment } from '../model';
import { logModeration, resolveReports } from '../moderation';
import { presentComment, type StoredComment } from '../present';
import { tellOfComment, tellOfModeration } from '../tell';

interface Decided {
  comment: StoredComment;
  before: CommentState;
}

const mayModerate = (user: Parameters<typeof canModerateComment>[0], { bodyId }: LoadedComment) =>
  canModerateComment(user, bodyId);

/**
 * Applies `update` unless the comment is (by now) in one of the `refused` states, then settles
 * its open reports. A conditional update: the loaded document stays as it was.
 */
async function decide(
  loaded: LoadedComment,
  refused: CommentState[],
  update: Record<string, unknown>,
): Promise<StoredComment> {
  const id = String(loaded.comment._id);
  const stored = await Comment.findOneAndUpdate(
    { _id: id, state: trusted({ $nin: refused }) },
    update,
    { returnDocument: 'after' },
  ).lean<StoredComment>();
  if (!stored) throw conflict('The comment changed meanwhile; reload it');
  await resolveReports(id);
  return stored;
}

export const hideComment = defineCommand({
  name: 'comment.hide',
  input: HideCommentSchema.extend({ id: IdSchema }),
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: mayModerate,
  async work({ input, user, subject }): Promise<Decided> {
    const before = subject.comment.state;
    if (before === 'deleted') throw conflict('The author has deleted this comment');
    const state = subject.comment.published ? 'hidden' : 'rejected';
    const moderation = {
      rule: input.rule,
      reason: input.reason,
      moderatorId: user!.id,
      at: new Date(),
    };
    const comment = await decide(subject, ['deleted'], { $set: { state, moderation } });
    await logModeration(comment, state, input.rule);
    return { comment, before };
  },
  audit: ({ comment, before }, { input }) => ({
    action: 'comment.hide',
    subject: { type: 'comment', id: input.id },
    before: { state: before },
    after: { state: comment.state, rule: input.rule, reason: input.reason },
  }),
  announce: ({ comment }, { app }, rooms) => announceComment(app.io, rooms, comment),
  followUp: ({ comment }, { app, input }) => tellOfModeration(app, comment, input.rule),
  present: ({ comment }, { user }) => presentComment(comment, user),
});

export const restoreComment = defineCommand({
  name: 'comment.restore',
  input: z.object({ id: IdSchema }),
  load: ({ id }, actor) => loadComment(id, actor.user),
  policy: mayModerate,
  async work({ subject }): Promise<Decided & { firstShown: boolean }> {
    const before = subject.comment.state;
    if (before === 'deleted') throw conflict('The author has deleted this comment');
    if (before === 'visible') throw conflict('This comment is already shown');
    const firstShown = !subject.comment.published;
    const comment = await decide(subject, ['deleted', 'visible'], {
      $set: { state: 'visible', published: true },
      $unset: { moderation: 1 },
    });
    await logModeration(comment, firstShown ? 'approved' : 'restored');
    return { comment, before, firstShown };
  },
  audit: ({ before, firstShown }, { input }) => ({
    action: firstShown ? 'comment.approve' : 'comment.restore',
    subject: { type: 'comment', id: input.id },
    before: { state: before },
    after: { state: 'visible' },
  }),
  announce: ({ comment }, { app }, rooms) => announceComment(app.io, rooms, comment),
  // A held comment shown for the first time is news to whom it replies and to the followers.
  followUp: ({ comment, firstShown }, { app }) =>
    firstShown ? tellOfComment(app, comment) : Promise.resolve(),
  present: ({ comment }, { user }) => presentComment(comment, user),
});
