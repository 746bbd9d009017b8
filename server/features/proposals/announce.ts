// What follows every write to a proposal: the live update to its room and, for a step of its
// lifecycle, the archive index and the followers' notifications. Always after the write.
import type { TimelineEntry } from '@shared/schemas/proposals';
import type { AppContext } from '../../context';
import { indexRecord, removeRecord } from '../../search/index';
import { isPublicStatus } from '../../policies/proposals';
import { notifyStatusChange } from '../notifications/service';
import { Follow, type ProposalFields } from './model';
import { proposalPath } from './present';

type Stored = ProposalFields & { _id: unknown };

export const proposalRoom = (id: string) => `proposal:${id}`;

export function emitUpdate(
  ctx: AppContext,
  p: Pick<Stored, '_id' | 'status' | 'signatureCount' | 'seq'>,
): void {
  const id = String(p._id);
  ctx.io.to(proposalRoom(id)).emit('proposal:updated', {
    id,
    status: p.status,
    signatureCount: p.signatureCount ?? 0,
    seq: p.seq ?? 0,
  });
}

/** A lifecycle step happened (the timeline already holds it): tell everyone who should know. */
export async function announceStep(
  ctx: AppContext,
  p: Stored,
  step: TimelineEntry['kind'],
): Promise<void> {
  const id = String(p._id);
  emitUpdate(ctx, p);
  // The step is stored; a failing follow-up must not turn it into an error answer. Each is
  // logged (without personal data) and the other still runs.
  await Promise.all([
    reindex(p).catch((error: unknown) =>
      ctx.logger.error({ err: error, proposalId: id }, 'indexing a proposal failed'),
    ),
    notifyFollowers(ctx, p, step).catch((error: unknown) =>
      ctx.logger.error({ err: error, proposalId: id }, 'notifying followers failed'),
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

async function notifyFollowers(ctx: AppContext, p: Stored, step: TimelineEntry['kind']) {
  const id = String(p._id);
  const followers = await Follow.find({ proposalId: id }, { userId: 1 }).lean();
  // Whoever took the step knows about it already.
  const actorId = p.timeline.at(-1)?.actorId;
  await notifyStatusChange(
    ctx,
    followers.map((f) => f.userId).filter((userId) => userId !== actorId),
    { proposalId: id, title: p.title, status: p.status, step, path: proposalPath(id) },
  );
}
