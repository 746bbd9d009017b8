// Following a meeting, a body (nämnd) or a document: one row per person and thing (unique index),
// written idempotently; the features where things happen tell the followers through
// `notifyFollowers` (the front door). Proposals keep their own followers (proposals feature).
import type { FollowView, NotificationDraft } from '@shared/schemas/notifications';
import type { AppContext } from '../../context';
import { isDuplicateKey } from '../../db/errors';
import { retryTransient } from '../../db/retry';
import { bodyNames } from '../bodies';
import { resolveSubject } from '../subjects';
import { notify } from './commands/create';
import { FollowModel } from './model';

export type FollowedType = 'meeting' | 'body' | 'document';
export interface FollowTarget {
  type: FollowedType;
  id: string;
}

export async function follow(userId: string, target: FollowTarget): Promise<void> {
  const key = { userId, subjectType: target.type, subjectId: target.id };
  try {
    await retryTransient(() => FollowModel.updateOne(key, { $setOnInsert: key }, { upsert: true }));
  } catch (error) {
    // Two concurrent upserts of the same pair: the other one made it, which is what we want.
    if (!isDuplicateKey(error)) throw error;
  }
}

export async function unfollow(userId: string, target: FollowTarget): Promise<void> {
  await retryTransient(() =>
    FollowModel.deleteOne({ userId, subjectType: target.type, subjectId: target.id }),
  );
}

/** The people who follow any of the targets (each once). */
export async function followersOf(targets: FollowTarget[]): Promise<string[]> {
  const wanted = targets.filter((t) => t.id);
  if (wanted.length === 0) return [];
  const rows = await FollowModel.find(
    { $or: wanted.map((t) => ({ subjectType: t.type, subjectId: t.id })) },
    { userId: 1 },
  ).lean();
  return [...new Set(rows.map((r) => r.userId))];
}

/**
 * Tells the followers of any of `targets` of `draft`, except `except` (whoever caused it, or who
 * is told otherwise). Failures are logged: a change never fails because its followers could not
 * be told.
 */
export async function notifyFollowers(
  app: AppContext,
  targets: FollowTarget[],
  draft: NotificationDraft,
  except: Array<string | undefined> = [],
): Promise<void> {
  try {
    const skip = new Set(except.filter(Boolean));
    const userIds = (await followersOf(targets)).filter((id) => !skip.has(id));
    if (userIds.length > 0) await notify(app, userIds, draft);
  } catch (error) {
    app.logger.error({ err: { message: (error as Error).message } }, 'notifying followers failed');
  }
}

/** What the person follows (meetings, bodies, documents), newest first, with titles and pages. */
export async function listFollows(userId: string): Promise<FollowView[]> {
  const rows = await FollowModel.find({ userId }).sort({ createdAt: -1 }).limit(500).lean();
  const names = await bodyNames(
    rows.filter((r) => r.subjectType === 'body').map((r) => r.subjectId),
  );
  const views = await Promise.all(
    rows.map(async (row): Promise<FollowView | null> => {
      const since = row.createdAt.toISOString();
      if (row.subjectType === 'body') {
        const name = names.get(row.subjectId);
        return name
          ? {
              type: 'body',
              id: row.subjectId,
              title: name,
              path: `/moten?bodyId=${row.subjectId}`,
              since,
            }
          : null;
      }
      const subject = await resolveSubject(row.subjectType, row.subjectId);
      return subject
        ? {
            type: row.subjectType as FollowedType,
            id: row.subjectId,
            title: subject.title,
            path: subject.path,
            since,
          }
        : null;
    }),
  );
  return views.filter((v): v is FollowView => v !== null);
}

/** Whether the person follows the target. */
export async function isFollowing(userId: string, target: FollowTarget): Promise<boolean> {
  return Boolean(
    await FollowModel.exists({ userId, subjectType: target.type, subjectId: target.id }),
  );
}
