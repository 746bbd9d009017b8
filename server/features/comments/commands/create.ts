// Writing a comment (or a reply, with parentId) on a public thread that takes comments. Cleaned at
// the parse edge; at most 5 a minute (the runner's `comment` limit) and 50 a day per person, both
// reserved before the write. An official of the subject's body answers as an official (with party
// and position as they are now); pre-moderation holds others' comments for approval.
import mongoose from 'mongoose';
import { z } from 'zod';
import {
  COMMENT_LIMITS,
  CreateCommentSchema,
  ThreadSubjectTypeSchema,
} from '@shared/schemas/comments';
import type { CurrentUser } from '../../../auth/current-user';
import { defineCommand, type Step } from '../../../commands/define';
import { retryTransient } from '../../../db/retry';
import { conflict, notFound } from '../../../errors';
import { canModerateComment, speaksAsOfficial } from '../../../policies/comments';
import type { BodyScope } from '../../../policies/roles';
import { bodyMember, speaksForBody } from '../../bodies';
import type { SubjectInfo } from '../../subjects';
import { announceComment } from '../announce';
import { Comment, type CommentFields } from '../model';
import { premoderated } from '../moderation-model';
import { presentComment, type StoredComment } from '../present';
import { CleanBodySchema } from '../sanitize';
import { writableSubject } from '../subject';
import { tellOfComment } from '../tell';

const Input = CreateCommentSchema.extend({
  subjectType: ThreadSubjectTypeSchema,
  // Any string: an id that is none of ours is a thread that does not exist (404).
  subjectId: z.string(),
  body: CleanBodySchema,
});

type Placement = Pick<CommentFields, 'parentId' | 'rootId' | 'replyToId' | 'depth'>;

/** Where a reply goes: below the third level it joins the third level, under the same parent. */
async function placementOf(
  id: mongoose.Types.ObjectId,
  input: z.output<typeof Input>,
): Promise<Placement> {
  if (!input.parentId) return { parentId: null, rootId: String(id), replyToId: null, depth: 0 };
  const parent = await Comment.findOne({
    _id: input.parentId,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    published: true,
  }).lean();
  if (!parent) throw notFound('No such comment to reply to');
  if (parent.state !== 'visible') throw conflict('This comment cannot be answered');
  const atDeepest = parent.depth >= COMMENT_LIMITS.maxDepth - 1;
  return {
    parentId: atDeepest ? (parent.parentId ?? null) : String(parent._id),
    rootId: parent.rootId ?? String(parent._id),
    replyToId: String(parent._id),
    depth: atDeepest ? parent.depth : parent.depth + 1,
  };
}

/**
 * An official answers as one of the body that handles the subject only when they sit on it (a
 * grant for that body, or a seat in it under a grant for every body); elsewhere they write as
 * anyone does, with no badge naming a body they do not belong to.
 */
async function officialSnapshot(user: CurrentUser, bodyId: BodyScope) {
  if (bodyId === null || !speaksAsOfficial(user, bodyId)) return undefined;
  if (!(await speaksForBody(user, bodyId))) return undefined;
  return { bodyId, ...(await bodyMember(bodyId, user.id)) };
}

/**
 * The day's limit, taken once per request: the runner repeats the work after a transient database
 * error, and the repeat must not count the same comment twice.
 */
const dayLimitTaken = new WeakSet<object>();
async function takeDayLimit(step: Step<unknown, unknown>): Promise<void> {
  if (dayLimitTaken.has(step)) return;
  dayLimitTaken.add(step);
  await step.app.limits.takePerson('commentDay', step.user!.id);
}

export const createComment = defineCommand({
  name: 'comment.create',
  input: Input,
  load: (input): Promise<SubjectInfo> => writableSubject(input.subjectType, input.subjectId),
  policy: 'user',
  limit: 'comment',
  async work(step): Promise<StoredComment> {
    const { input, subject } = step;
    const user = step.user!;
    const bodyId = subject.bodyId ?? null;
    const id = new mongoose.Types.ObjectId();
    const placement = await placementOf(id, input);
    const official = await officialSnapshot(user, bodyId);
    // Officials of the body and moderators are not held for approval.
    const held =
      !official && !canModerateComment(user, bodyId) && (await premoderated(subject.bodyId));
    await takeDayLimit(step);
    const comment = await Comment.create({
      _id: id,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      bodyId: subject.bodyId,
      authorId: user.id,
      body: input.body,
      ...placement,
      state: held ? 'pending' : 'visible',
      published: !held,
      official,
    });
    if (official && placement.replyToId) {
      const answered = placement.replyToId;
      await retryTransient(() =>
        Comment.updateOne({ _id: answered }, { $set: { officialReplied: true } }),
      );
    }
    return comment.toObject();
  },
  audit: (comment) => ({
    action: 'comment.create',
    subject: { type: 'comment', id: String(comment._id) },
    after: {
      subjectType: comment.subjectType,
      subjectId: comment.subjectId,
      state: comment.state,
      official: Boolean(comment.official),
    },
  }),
  announce: (comment, { app }, rooms) => announceComment(app.io, rooms, comment),
  followUp: (comment, { app }) => tellOfComment(app, comment),
  present: (comment, { user }) => presentComment(comment, user),
});
