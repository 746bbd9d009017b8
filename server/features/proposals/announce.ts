// What follows a write to a proposal: the live update to its room (the stored status and count,
// read after the room's seq was taken) and, for a lifecycle step, the archive index and the
// followers' notifications.
import { proposalRoom } from '@shared/events/proposals';
import type { TimelineEntry } from '@shared/schemas/proposals';
import type { AppContext } from '../../context';
import type { Announcer } from '../../realtime/rooms';
import { indexRecord, removeRecord } from '../../search/index';
import { isPublicStatus } from '../../policies/proposals';
import { notifyStatusChange } from '../notifications';
import { Follow, Proposal, type ProposalFields } from './model';
import { proposalPath } from './present';

type Stored = ProposalFields & { _id: unknown };

/** Announces the proposal's stored status and signature count to its room. */
export function announceProposal(rooms: Announcer, id: string): Promise<number | undefined> {
  return rooms.announce(
    proposalRoom(id),
    'proposal:updated',
    async () => {
      const p = await Proposal.findById(id, { status: 1, signatureCount: 1 }).lean();
      return p && { id, status: p.status, signatureCount: p.signatureCount ?? 0 };
    },
    { coalesce: true },
  );
}

/** After a lifecycle step: the archive index and the followers (not whoever took the step). */
export async function followStep(
  app: AppContext,
  p: Stored,
  step: TimelineEntry['kind'],
): Promise<void> {
  const id = String(p._id);
  // Each is logged on failure and the other still runs.
  await Promise.all([
    reindex(p).catch((error: unknown) =>
      app.logger.error({ err: error, proposalId: id }, 'indexing a proposal failed'),
    ),
    notifyFollowers(app, p, step).catch((error: unknown) =>
      app.logger.error({ err: error, proposalId: id }, 'notifying followers failed'),
    ),
  ]);
}

async function reindex(p: Stored): Promise<void> {
  const id = String(p._id);
  if (!isPublicStatus(p.status)) return removeRecord('proposal', id);
  await indexRecord({
    type: 'proposal',
    id,
    title: p.title,
    text: [p.body, p.answer?.text, p.decision?.text].filter(Boolean).join('\n\n'),
    date: p.openedAt ?? p.submittedAt ?? new Date(),
    ...(p.referral?.bodyId ? { bodyId: p.referral.bodyId } : {}),
    path: proposalPath(id),
  });
}

/** Steps that decide on the author's own text: the author is told even after unfollowing. */
const AUTHOR_TOLD: ReadonlySet<TimelineEntry['kind']> = new Set([
  'approved',
  'returned',
  'rejected',
]);

async function notifyFollowers(app: AppContext, p: Stored, step: TimelineEntry['kind']) {
  const id = String(p._id);
  const followers = await Follow.find({ proposalId: id }, { userId: 1 }).lean();
  const actorId = p.timeline.at(-1)?.actorId;
  const told = followers.map((f) => f.userId);
  if (AUTHOR_TOLD.has(step)) told.push(p.authorId);
  await notifyStatusChange(
    app,
    [...new Set(told)].filter((userId) => userId !== actorId),
    { proposalId: id, title: p.title, status: p.status, step, path: proposalPath(id) },
  );
}
