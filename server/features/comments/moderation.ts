// Moderation: reports (enough of them hide a comment pending review), hiding under a rule,
// restoring or approving, the moderator queue and the public moderation log (no content).
import type {
  ModerationLogEntry,
  CommentState,
  ModerationRule,
  QueueItem,
} from '@shared/schemas/comments';
import type { AppContext } from '../../context';
import type { CurrentUser } from '../../auth/current-user';
import { recordAudit } from '../../audit/service';
import { conflict, forbidden } from '../../errors';
import { authorize } from '../../policies/authorize';
import {
  canModerateComment,
  canSeeModerationQueue,
  isCommentAuthor,
} from '../../policies/comments';
import { hasRole } from '../../policies/roles';
import { resolveSubject } from '../subjects';
import { Comment, op, type CommentDocument } from './model';
import { CommentReport, ModerationLog, reportThreshold } from './moderation-model';
import { presentComments, type StoredComment } from './present';
import { broadcastComment } from './realtime';
import { findReadableComment } from './service';

type LogAction = ModerationLogEntry['action'];

async function logModeration(comment: CommentDocument, action: LogAction, rule?: ModerationRule) {
  await ModerationLog.create({
    commentId: String(comment._id),
    subjectType: comment.subjectType,
    subjectId: comment.subjectId,
    action,
    rule: rule ?? null,
    at: new Date(),
  });
}

export async function reportComment(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  reason: string,
  ip?: string,
): Promise<{ id: string; state: string }> {
  const comment = await findReadableComment(id, user);
  if (isCommentAuthor(user, comment)) throw forbidden('You cannot report your own comment');
  if (comment.state !== 'visible' && comment.state !== 'flagged') {
    throw conflict('This comment is not shown');
  }
  // The unique index makes a second report by the same person a 409.
  await CommentReport.create({ commentId: id, userId: user.id, reason });
  await recordAudit({
    actor: user.id,
    action: 'comment.report',
    subject: { type: 'comment', id },
    ip,
  });
  const open = await CommentReport.countDocuments({ commentId: id, resolvedAt: null });
  if (comment.state === 'visible' && open >= (await reportThreshold())) {
    const updated = await Comment.findOneAndUpdate(
      { _id: id, state: 'visible' },
      { $set: { state: 'flagged' } },
      { returnDocument: 'after' },
    );
    // Only the request that actually flipped the state logs and announces it.
    if (updated) {
      await logModeration(updated, 'auto_hidden');
      await recordAudit({
        actor: 'system',
        action: 'comment.auto_hide',
        subject: { type: 'comment', id },
        before: { state: 'visible' },
        after: { state: 'flagged', reports: open },
      });
      await broadcastComment(ctx.io, updated.toObject());
      return { id, state: 'flagged' };
    }
  }
  return { id, state: comment.state };
}

async function resolveReports(id: string) {
  await CommentReport.updateMany(
    { commentId: id, resolvedAt: null },
    { $set: { resolvedAt: new Date() } },
  );
}

export async function hideComment(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  input: { rule: ModerationRule; reason: string },
  ip?: string,
) {
  const comment = await findReadableComment(id, user);
  authorize(user, (u) => canModerateComment(u, comment.bodyId ?? null));
  if (comment.state === 'deleted') throw conflict('The author has deleted this comment');
  const before = comment.state;
  // A held comment that is refused was never shown: it is rejected, not hidden.
  const state = comment.published ? 'hidden' : 'rejected';
  comment.state = state;
  comment.moderation = { ...input, moderatorId: user.id, at: new Date() };
  await comment.save();
  await resolveReports(id);
  await logModeration(comment, state === 'hidden' ? 'hidden' : 'rejected', input.rule);
  await recordAudit({
    actor: user.id,
    action: 'comment.hide',
    subject: { type: 'comment', id },
    before: { state: before },
    after: { state, rule: input.rule, reason: input.reason },
    ip,
  });
  await broadcastComment(ctx.io, comment.toObject());
  const [presented] = await presentComments([comment.toObject()], user);
  return presented!;
}

export async function restoreComment(ctx: AppContext, user: CurrentUser, id: string, ip?: string) {
  const comment = await findReadableComment(id, user);
  authorize(user, (u) => canModerateComment(u, comment.bodyId ?? null));
  if (comment.state === 'deleted') throw conflict('The author has deleted this comment');
  if (comment.state === 'visible') throw conflict('This comment is already shown');
  const before = comment.state;
  const firstShown = !comment.published;
  comment.state = 'visible';
  comment.published = true;
  comment.moderation = undefined;
  await comment.save();
  await resolveReports(id);
  await logModeration(comment, firstShown ? 'approved' : 'restored');
  await recordAudit({
    actor: user.id,
    action: firstShown ? 'comment.approve' : 'comment.restore',
    subject: { type: 'comment', id },
    before: { state: before },
    after: { state: 'visible' },
    ip,
  });
  await broadcastComment(ctx.io, comment.toObject());
  const [presented] = await presentComments([comment.toObject()], user);
  return presented!;
}

/** Bodies a moderator may act for; undefined: all. */
function moderatedBodies(user: CurrentUser): string[] | undefined {
  if (hasRole(user, 'admin', null)) return undefined;
  const grants = user.roles.filter((g) => g.role === 'moderator');
  if (grants.some((g) => !g.bodyId)) return undefined;
  return grants.flatMap((g) => (g.bodyId ? [g.bodyId] : []));
}

export async function moderationQueue(user: CurrentUser): Promise<QueueItem[]> {
  authorize(user, canSeeModerationQueue);
  const reportedIds = await CommentReport.distinct('commentId', { resolvedAt: null });
  const bodies = moderatedBodies(user);
  const comments = await Comment.find({
    $or: [
      { state: op({ $in: ['pending', 'flagged'] as CommentState[] }) },
      { _id: op({ $in: reportedIds }), state: 'visible' },
    ],
    ...(bodies ? { bodyId: op({ $in: bodies }) } : {}),
  })
    .sort({ createdAt: 1 })
    .limit(200)
    .lean<StoredComment[]>();
  const presented = await presentComments(comments, user);
  const reports = await CommentReport.find({
    commentId: op({ $in: comments.map((c) => String(c._id)) }),
    resolvedAt: null,
  })
    .sort({ createdAt: 1 })
    .lean();
  const subjects = new Map<string, { title: string; path: string }>();
  for (const c of comments) {
    const key = `${c.subjectType}:${c.subjectId}`;
    if (subjects.has(key)) continue;
    const s = await resolveSubject(c.subjectType, c.subjectId);
    subjects.set(key, { title: s?.title ?? '', path: s?.path ?? '' });
  }
  return presented.map((p, i) => ({
    ...p,
    originalBody: comments[i]!.body,
    reports: reports
      .filter((r) => r.commentId === p.id)
      .map((r) => ({ reason: r.reason, createdAt: r.createdAt.toISOString() })),
    subject: subjects.get(`${p.subjectType}:${p.subjectId}`)!,
  }));
}

export async function moderationLog(page: number, pageSize: number) {
  const [entries, total] = await Promise.all([
    ModerationLog.find({})
      .sort({ at: -1, _id: -1 })
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .lean(),
    ModerationLog.countDocuments({}),
  ]);
  const data: ModerationLogEntry[] = [];
  for (const e of entries) {
    const subject = await resolveSubject(e.subjectType, e.subjectId);
    // A subject that is no longer public is not named.
    const shown = subject?.public ? subject : undefined;
    data.push({
      id: String(e._id),
      action: e.action,
      rule: (e.rule as ModerationRule | null) ?? null,
      at: e.at.toISOString(),
      subjectType: e.subjectType,
      subjectId: shown ? e.subjectId : '',
      subjectTitle: shown?.title ?? '',
      path: shown?.path ?? '',
    });
  }
  return { data, total };
}
