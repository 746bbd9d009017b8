// The official's inbox: threads on their bodies' subjects with comments no official has
// answered yet, newest activity first.
import type { InboxThread, ThreadSubjectType } from '@shared/schemas/comments';
import type { CurrentUser } from '../../auth/current-user';
import { authorize } from '../../policies/authorize';
import { canSeeOfficialInbox } from '../../policies/comments';
import { resolveSubject } from '../subjects';
import { Comment, op } from './model';

export async function officialInbox(user: CurrentUser): Promise<InboxThread[]> {
  authorize(user, canSeeOfficialInbox);
  const grants = user.roles.filter((g) => g.role === 'official');
  // A grant without a body is an official of every body.
  const bodies = grants.some((g) => !g.bodyId)
    ? { $exists: true, $ne: null }
    : { $in: grants.flatMap((g) => (g.bodyId ? [g.bodyId] : [])) };
  // Grouped here rather than with $group: the portable subset stays simple, and the match is
  // already narrow (visible, unanswered, on the official's bodies).
  const unanswered = await Comment.find(
    {
      bodyId: op(bodies),
      state: 'visible',
      officialReplied: false,
      official: op({ $exists: false }),
    },
    { subjectType: 1, subjectId: 1, createdAt: 1 },
  )
    .sort({ createdAt: -1 })
    .limit(5_000)
    .lean();
  const byThread = new Map<string, { t: string; s: string; count: number; latestAt: Date }>();
  for (const c of unanswered) {
    const key = `${c.subjectType}:${c.subjectId}`;
    const group = byThread.get(key);
    if (group) group.count += 1;
    else byThread.set(key, { t: c.subjectType, s: c.subjectId, count: 1, latestAt: c.createdAt });
  }
  const groups = [...byThread.values()].slice(0, 100);
  const threads: InboxThread[] = [];
  for (const group of groups) {
    const subject = await resolveSubject(group.t as ThreadSubjectType, group.s);
    if (!subject?.public) continue;
    threads.push({
      subjectType: group.t as ThreadSubjectType,
      subjectId: group.s,
      title: subject.title,
      path: subject.path,
      unanswered: group.count,
      latestAt: new Date(group.latestAt).toISOString(),
    });
  }
  return threads;
}
