// The official's inbox: threads with comments no official has answered yet, newest activity
// first, on subjects of the bodies the person is an official of (judged by each subject's body
// now, as "speaks as official" is).
import { trusted } from 'mongoose';
import type { InboxThread, ThreadSubjectType } from '@shared/schemas/comments';
import type { CurrentUser } from '../../auth/current-user';
import { speaksAsOfficial } from '../../policies/comments';
import { bodiesWithRole } from '../../policies/roles';
import { resolveSubject } from '../subjects';
import { Comment } from './model';

export async function officialInbox(user: CurrentUser): Promise<InboxThread[]> {
  const bodies = bodiesWithRole(user, 'official');
  // Comments stored under no body (a proposal referred since they were written) are read too;
  // the subject decides below.
  const scope = bodies === 'all' ? {} : { bodyId: trusted({ $in: [...bodies, null] }) };
  // Grouped here rather than with $group: the portable subset stays simple, and the match is
  // already narrow (visible, unanswered, on the official's bodies).
  const unanswered = await Comment.find(
    {
      ...scope,
      state: 'visible',
      officialReplied: false,
      official: trusted({ $exists: false }),
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
  const threads: InboxThread[] = [];
  for (const group of byThread.values()) {
    const subject = await resolveSubject(group.t as ThreadSubjectType, group.s);
    if (!subject?.public || !speaksAsOfficial(user, subject.bodyId ?? null)) continue;
    threads.push({
      subjectType: group.t as ThreadSubjectType,
      subjectId: group.s,
      title: subject.title,
      path: subject.path,
      unanswered: group.count,
      latestAt: new Date(group.latestAt).toISOString(),
    });
    if (threads.length === 100) break;
  }
  return threads;
}
