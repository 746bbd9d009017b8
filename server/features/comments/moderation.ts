// Moderation's records and reads: the public moderation log (no content), reports and the flip
// to `flagged` at the report threshold, and the moderator queue of what waits for a decision.
import { trusted } from 'mongoose';
import type {
  CommentState,
  ModerationLogEntry,
  ModerationRule,
  QueueItem,
} from '@shared/schemas/comments';
import type { CurrentUser } from '../../auth/current-user';
import { loadAuthorNames } from '../../auth/authors';
import { canModerateComment } from '../../policies/comments';
import { bodiesWithRole } from '../../policies/roles';
import { resolveSubject, type SubjectInfo } from '../subjects';
import { Comment, type CommentDocument } from './model';
import { CommentReport, ModerationLog, reportThreshold } from './moderation-model';
import { presentComments, type StoredComment } from './present';

type LogAction = ModerationLogEntry['action'];

/** The queue shows at most this many, oldest first. */
const QUEUE_SIZE = 200;
/** Waiting comments read to fill it (those of bodies the moderator does not hold are skipped). */
const QUEUE_SCAN = 2_000;

export async function logModeration(
  comment: Pick<StoredComment, '_id' | 'subjectType' | 'subjectId'>,
  action: LogAction,
  rule?: ModerationRule,
): Promise<void> {
  await ModerationLog.create({
    commentId: String(comment._id),
    subjectType: comment.subjectType,
    subjectId: comment.subjectId,
    action,
    rule: rule ?? null,
    at: new Date(),
  });
}

/** Reports on a comment are settled when a moderator decides it (hides or restores it). */
export async function resolveReports(commentId: string): Promise<void> {
  await CommentReport.updateMany(
    { commentId, resolvedAt: null },
    { $set: { resolvedAt: new Date() } },
  );
}

/**
 * Hides a shown comment pending review once its open reports reach the threshold. Answers the
 * flagged comment and the count when this call made the flip (a conditional update: only one
 * request flips it), else null.
 */
export async function flagIfReportedEnough(
  comment: CommentDocument,
): Promise<{ flagged: StoredComment; reports: number } | null> {
  if (comment.state !== 'visible') return null;
  const id = String(comment._id);
  const reports = await CommentReport.countDocuments({ commentId: id, resolvedAt: null });
  if (reports < (await reportThreshold())) return null;
  const flagged = await Comment.findOneAndUpdate(
    { _id: id, state: 'visible' },
    { $set: { state: 'flagged' } },
    { returnDocument: 'after' },
  ).lean<StoredComment>();
  if (!flagged) return null;
  await logModeration(flagged, 'auto_hidden');
  return { flagged, reports };
}

/** Bodies whose comments the person may moderate (admin or moderator grants); 'all' for global. */
function moderatedBodies(user: CurrentUser): 'all' | string[] {
  const moderator = bodiesWithRole(user, 'moderator');
  const admin = bodiesWithRole(user, 'admin');
  if (moderator === 'all' || admin === 'all') return 'all';
  return [...moderator, ...admin];
}

/**
 * Held, flagged, and shown comments with open reports, that the person may act on: judged, as
 * hiding is, by the body of each thread's subject now. Comments stored under another body or
 * under none (a proposal referred since) are read too, then checked against the subject.
 */
export async function moderationQueue(user: CurrentUser): Promise<QueueItem[]> {
  const reportedIds = await CommentReport.distinct('commentId', { resolvedAt: null });
  const bodies = moderatedBodies(user);
  const waiting: Record<string, unknown> = {
    $or: [
      { state: trusted({ $in: ['pending', 'flagged'] as CommentState[] }) },
      { _id: trusted({ $in: reportedIds }), state: 'visible' },
    ],
  };
  const candidates = await Comment.find(
    bodies === 'all'
      ? waiting
      : { $and: [waiting, { bodyId: trusted({ $in: [...bodies, null] }) }] },
  )
    .sort({ createdAt: 1 })
    .limit(QUEUE_SCAN)
    .lean<StoredComment[]>();

  const subjects = new Map<string, SubjectInfo | null>();
  const comments: StoredComment[] = [];
  for (const c of candidates) {
    const key = `${c.subjectType}:${c.subjectId}`;
    if (!subjects.has(key)) subjects.set(key, await resolveSubject(c.subjectType, c.subjectId));
    if (!canModerateComment(user, subjects.get(key)?.bodyId ?? null)) continue;
    comments.push(c);
    if (comments.length === QUEUE_SIZE) break;
  }

  const presented = await presentComments(comments, user);
  const names = await loadAuthorNames(comments.map((c) => c.authorId));
  const reports = await CommentReport.find({
    commentId: trusted({ $in: comments.map((c) => String(c._id)) }),
    resolvedAt: null,
  })
    .sort({ createdAt: 1 })
    .lean();
  return presented.map((p, i) => {
    const subject = subjects.get(`${p.subjectType}:${p.subjectId}`);
    return {
      ...p,
      originalBody: comments[i]!.body,
      authorName: names.get(comments[i]!.authorId)?.displayName ?? '',
      reports: reports
        .filter((r) => r.commentId === p.id)
        .map((r) => ({ reason: r.reason, createdAt: r.createdAt.toISOString() })),
      subject: { title: subject?.title ?? '', path: subject?.path ?? '' },
    };
  });
}

export async function moderationLog(
  page: number,
  pageSize: number,
): Promise<{ data: ModerationLogEntry[]; total: number }> {
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
