// The official's inbox: threads on their bodies' subjects with comments no official has
// answered yet, newest activity first.
import type { InboxThread, ThreadSubjectType } from '@shared/schemas/comments';
import type { CurrentUser } from '../../auth/current-user';
import { authorize } from '../../policies/authorize';
import { canSeeOfficialInbox } from '../../policies/comments';
import { resolveSubject } from '../subjects';
import { Comment } from './model';

export async function officialInbox(user: CurrentUser): Promise<InboxThread[]> {
  authorize(user, canSeeOfficialInbox);
  const grants = user.roles.filter((g) => g.role === 'official');
  // A grant without a body is an official of every body.
  const bodies = grants.some((g) => !g.bodyId)
    ? { $exists: true, $ne: null }
    : { $in: grants.flatMap((g) => (g.bodyId ? [g.bodyId] : [])) };
  const groups = await Comment.aggregate<{
    _id: { t: string; s: string };
    unanswered: number;
    latestAt: Date;
  }>([
    {
      $match: {
        bodyId: bodies,
        state: 'visible',
        officialReplied: false,
        official: { $exists: false },
      },
    },
    {
      $group: {
        _id: { t: '$subjectType', s: '$subjectId' },
        unanswered: { $sum: 1 },
        latestAt: { $max: '$createdAt' },
      },
    },
    { $sort: { latestAt: -1 } },
    { $limit: 100 },
  ]);
  const threads: InboxThread[] = [];
  for (const group of groups) {
    const subject = await resolveSubject(group._id.t as ThreadSubjectType, group._id.s);
    if (!subject?.public) continue;
    threads.push({
      subjectType: group._id.t as ThreadSubjectType,
      subjectId: group._id.s,
      title: subject.title,
      path: subject.path,
      unanswered: group.unanswered,
      latestAt: new Date(group.latestAt).toISOString(),
    });
  }
  return threads;
}
