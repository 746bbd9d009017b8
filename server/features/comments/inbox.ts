// The official's inbox: threads with comments no official has answered yet, newest activity
// first, on subjects of the bodies the person sits on as an official (judged by each subject's
// body now). Each thread links to its oldest unanswered comment.
import { trusted } from 'mongoose';
import type { InboxThread, ThreadSubjectType } from '@shared/schemas/comments';
import type { CurrentUser } from '../../auth/current-user';
import { officialBodyIds } from '../bodies';
import { resolveSubject } from '../subjects';
import { Comment } from './model';

export async function officialInbox(user: CurrentUser): Promise<InboxThread[]> {
  const bodies = await officialBodyIds(user);
  if (bodies.length === 0) return [];
  // Comments stored under no body (a proposal referred since they were written) are read too;
  // the subject decides below.
  const scope = { bodyId: trusted({ $in: [...bodies, null] }) };
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
  type Group = { t: string; s: string; count: number; latestAt: Date; oldestId: string };
  const byThread = new Map<string, Group>();
  for (const c of unanswered) {
    const key = `${c.subjectType}:${c.subjectId}`;
    const group = byThread.get(key);
    // Newest first: the last one seen of a thread is its oldest unanswered comment.
    if (group) {
      group.count += 1;
      group.oldestId = String(c._id);
    } else {
      byThread.set(key, {
        t: c.subjectType,
        s: c.subjectId,
        count: 1,
        latestAt: c.createdAt,
        oldestId: String(c._id),
      });
    }
  }
  const threads: InboxThread[] = [];
  for (const group of byThread.values()) {
    const subject = await resolveSubject(group.t as ThreadSubjectType, group.s);
    if (!subject?.public || !subject.bodyId || !bodies.includes(subject.bodyId)) continue;
    threads.push({
      subjectType: group.t as ThreadSubjectType,
      subjectId: group.s,
      title: subject.title,
      path: subject.path,
      commentId: group.oldestId,
      unanswered: group.count,
      latestAt: new Date(group.latestAt).toISOString(),
    });
    if (threads.length === 100) break;
  }
  return threads;
}

/** How many comments wait for an answer from the person as an official ("Mitt arbete"). */
export async function unansweredCount(user: CurrentUser): Promise<number> {
  const threads = await officialInbox(user);
  return threads.reduce((sum, thread) => sum + thread.unanswered, 0);
}
