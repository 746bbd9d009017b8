// Writing comments: create (rate-limited, cleaned, nested, official or pre-moderated), edit
// within the window, delete own (tombstone), agree. Each state change is audited, then
// broadcast to the thread.
import mongoose from 'mongoose';
import {
  COMMENT_LIMITS,
  type Comment as PresentedComment,
  type CreateCommentInput,
  type ThreadSubjectType,
} from '@shared/schemas/comments';
import type { AppContext } from '../../context';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, forbidden, notFound, rateLimited } from '../../errors';
import { canModerateComment, isCommentAuthor, speaksAsOfficial } from '../../policies/comments';
import { Body } from '../bodies/model';
import { Comment, CommentAgreement, op, type CommentDocument } from './model';
import { premoderated } from './moderation-model';
import { presentComment } from './present';
import { broadcastComment } from './realtime';
import { cleanCommentBody } from './sanitize';
import { readableSubject, writableSubject } from './subject';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Counted in the database, so the limit holds across app nodes. */
async function enforceRateLimit(userId: string): Promise<void> {
  const now = Date.now();
  const lastMinute = await Comment.countDocuments({
    authorId: userId,
    createdAt: op({ $gte: new Date(now - MINUTE) }),
  });
  if (lastMinute >= COMMENT_LIMITS.perMinute) {
    throw rateLimited(`At most ${COMMENT_LIMITS.perMinute} comments a minute`);
  }
  const lastDay = await Comment.countDocuments({
    authorId: userId,
    createdAt: op({ $gte: new Date(now - DAY) }),
  });
  if (lastDay >= COMMENT_LIMITS.perDay) {
    throw rateLimited(`At most ${COMMENT_LIMITS.perDay} comments a day`);
  }
}

async function officialSnapshot(user: CurrentUser, bodyId: string | undefined) {
  if (!bodyId || !speaksAsOfficial(user, bodyId)) return undefined;
  const body = await Body.findById(bodyId, { members: 1 })
    .lean()
    .catch(() => null);
  const member = body?.members.find((m) => m.userId === user.id);
  return {
    bodyId,
    ...(member?.party ? { party: member.party } : {}),
    ...(member?.position ? { position: member.position } : {}),
  };
}

/** A comment of the thread by id, or 404. */
export async function findComment(id: string): Promise<CommentDocument> {
  const comment = /^[0-9a-f]{24}$/i.test(id) ? await Comment.findById(id) : null;
  if (!comment) throw notFound('No such comment');
  return comment;
}

/** The comment, if its thread is readable and the caller may see it at all. */
export async function findReadableComment(
  id: string,
  user: CurrentUser | undefined,
): Promise<CommentDocument> {
  const comment = await findComment(id);
  await readableSubject(comment.subjectType, comment.subjectId);
  const mayModerate = user && canModerateComment(user, comment.bodyId ?? null);
  if (!comment.published && !mayModerate && user?.id !== comment.authorId) {
    throw notFound('No such comment');
  }
  return comment;
}

export async function createComment(
  ctx: AppContext,
  user: CurrentUser,
  subjectType: ThreadSubjectType,
  subjectId: string,
  input: CreateCommentInput,
  ip?: string,
): Promise<PresentedComment> {
  const subject = await writableSubject(subjectType, subjectId);
  await enforceRateLimit(user.id);
  const body = cleanCommentBody(input.body);

  const id = new mongoose.Types.ObjectId();
  let placement = {
    parentId: null as string | null,
    rootId: String(id),
    replyToId: null as string | null,
    depth: 0,
  };
  if (input.parentId) {
    const parent = await Comment.findOne({
      _id: input.parentId,
      subjectType,
      subjectId,
      published: true,
    }).lean();
    if (!parent) throw notFound('No such comment to reply to');
    if (parent.state !== 'visible') throw conflict('This comment cannot be answered');
    const atDeepest = parent.depth >= COMMENT_LIMITS.maxDepth - 1;
    placement = {
      // Below the third level a reply joins the third level, under the same parent.
      parentId: atDeepest ? (parent.parentId ?? null) : String(parent._id),
      rootId: parent.rootId ?? String(parent._id),
      replyToId: String(parent._id),
      depth: atDeepest ? parent.depth : parent.depth + 1,
    };
  }

  const official = await officialSnapshot(user, subject.bodyId);
  // Officials of the body and moderators are not held for approval.
  const held =
    !official &&
    !canModerateComment(user, subject.bodyId ?? null) &&
    (await premoderated(subject.bodyId));
  const comment = await Comment.create({
    _id: id,
    subjectType,
    subjectId,
    bodyId: subject.bodyId,
    authorId: user.id,
    body,
    ...placement,
    state: held ? 'pending' : 'visible',
    published: !held,
    official,
  });
  if (official && placement.replyToId) {
    await Comment.updateOne({ _id: placement.replyToId }, { $set: { officialReplied: true } });
  }
  await recordAudit({
    actor: user.id,
    action: 'comment.create',
    subject: { type: 'comment', id: String(id) },
    after: { subjectType, subjectId, state: comment.state, official: Boolean(official) },
    ip,
  });
  await broadcastComment(ctx.io, comment.toObject());
  return presentComment(comment.toObject(), user);
}

export async function editComment(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  rawBody: string,
  ip?: string,
): Promise<PresentedComment> {
  const comment = await findReadableComment(id, user);
  if (!isCommentAuthor(user, comment)) throw forbidden('Only the author may edit a comment');
  if (comment.state !== 'visible' && comment.state !== 'pending') {
    throw conflict('This comment can no longer be edited');
  }
  if (Date.now() - comment.createdAt.getTime() > COMMENT_LIMITS.editWindowMs) {
    throw conflict('A comment can be edited for 15 minutes after it was written');
  }
  const body = cleanCommentBody(rawBody);
  comment.body = body;
  comment.editedAt = new Date();
  await comment.save();
  await recordAudit({
    actor: user.id,
    action: 'comment.edit',
    subject: { type: 'comment', id },
    after: { editedAt: comment.editedAt },
    ip,
  });
  await broadcastComment(ctx.io, comment.toObject());
  return presentComment(comment.toObject(), user);
}

export async function deleteComment(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  ip?: string,
): Promise<void> {
  const comment = await findReadableComment(id, user);
  if (!isCommentAuthor(user, comment)) throw forbidden('Only the author may delete a comment');
  if (comment.state === 'deleted') return;
  const before = comment.state;
  comment.state = 'deleted';
  comment.body = '';
  comment.deletedAt = new Date();
  await comment.save();
  await recordAudit({
    actor: user.id,
    action: 'comment.delete',
    subject: { type: 'comment', id },
    before: { state: before },
    after: { state: 'deleted' },
    ip,
  });
  await broadcastComment(ctx.io, comment.toObject());
}

async function recount(commentId: string): Promise<number> {
  const agreeCount = await CommentAgreement.countDocuments({ commentId });
  await Comment.updateOne({ _id: commentId }, { $set: { agreeCount } });
  return agreeCount;
}

export async function setAgreement(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  agree: boolean,
  ip?: string,
): Promise<{ agreeCount: number; agreedByMe: boolean }> {
  const comment = await findReadableComment(id, user);
  if (agree) {
    if (comment.state !== 'visible') throw conflict('This comment cannot be agreed with');
    if (isCommentAuthor(user, comment)) throw forbidden('You cannot agree with your own comment');
    // The unique index makes a second agreement by the same person a 409.
    await CommentAgreement.create({ commentId: id, userId: user.id });
  } else {
    const removed = await CommentAgreement.deleteOne({ commentId: id, userId: user.id });
    if (removed.deletedCount === 0) throw notFound('You have not agreed with this comment');
  }
  // Recomputed from the agreements, so concurrent agreements cannot drift the counter.
  const agreeCount = await recount(id);
  await recordAudit({
    actor: user.id,
    action: agree ? 'comment.agree' : 'comment.unagree',
    subject: { type: 'comment', id },
    after: { agreeCount },
    ip,
  });
  const fresh = await Comment.findById(id).lean();
  if (fresh) await broadcastComment(ctx.io, fresh);
  return { agreeCount, agreedByMe: agree };
}
