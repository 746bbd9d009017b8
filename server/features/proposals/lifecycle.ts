// The proposal lifecycle: draft -> pending_review -> open | rejected -> (deadline, scheduler.ts)
// referred | closed -> referred to a body -> answered -> decided. Every step first claims its
// transition (a unique index: one winner among concurrent attempts, see claim.ts), then one
// conditional update sets the new status and appends the public timeline entry. The commands
// in commands/ call these; the audit entry and the announcement are theirs.
import { trusted, type UpdateQuery } from 'mongoose';
import type { ProposalStatus, TimelineEntry } from '@shared/schemas/proposals';
import { conflict } from '../../errors';
import { retryTransient } from '../../db/retry';
import { now } from './clock';
import { Proposal, type ProposalDocument, type ProposalFields } from './model';
import { getRules } from './rules';
import { isSimilar } from './similarity';
import { claimStep } from './claim';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses a new proposal is compared against for the similar-proposal rule. */
const COMPARED_STATUSES: ProposalStatus[] = [
  'pending_review',
  'open',
  'closed',
  'referred',
  'answered',
  'decided',
];

export interface TimelineInput {
  kind: TimelineEntry['kind'];
  status: ProposalStatus;
  actorId?: string;
  reason?: string;
  rule?: string;
}

export const timelineEntry = (input: TimelineInput, at: Date = now()) => ({ ...input, at });

/** A lifecycle step as the commands report it: the stored proposal and the step taken. */
export interface StepResult {
  proposal: ProposalDocument;
  kind: TimelineEntry['kind'];
}

/**
 * The claim of leaving a status. A proposal sent back for changes goes through draft and review
 * again: each round (counted by the times it was sent back) claims its own leaving.
 */
function leaveKey(status: string, timeline: Array<{ kind: string }>): string {
  const round = timeline.filter((e) => e.kind === 'returned').length;
  return round === 0 ? `leave:${status}` : `leave:${status}:${round}`;
}

/**
 * Moves a proposal from one of `from` to the next status with a timeline entry, atomically.
 * Answers the updated proposal, or throws 409 when it was not in an expected status.
 */
export async function takeStep(
  id: string,
  from: ProposalStatus[],
  entry: TimelineInput,
  set: UpdateQuery<ProposalFields>['$set'] = {},
): Promise<StepResult> {
  const current = await Proposal.findById(id, { status: 1, 'timeline.kind': 1 }).lean();
  const expected = (status: string) => (from as string[]).includes(status);
  const notExpected = () => conflict(`The proposal is not ${from.join(' or ')}`);
  if (!current || !expected(current.status)) throw notExpected();
  if (!(await claimStep(id, leaveKey(current.status, current.timeline)))) throw notExpected();
  const updated = await retryTransient(() =>
    Proposal.findOneAndUpdate(
      { _id: id, status: trusted({ $in: from }) },
      { $set: { ...set, status: entry.status }, $push: { timeline: timelineEntry(entry) } },
      { returnDocument: 'after' },
    ),
  );
  if (!updated) throw notExpected();
  return { proposal: updated, kind: entry.kind };
}

/** The audit entry of a step. */
export const stepAudit = ({ proposal, kind }: StepResult) => ({
  action: `proposal.${kind}`,
  subject: { type: 'proposal', id: String(proposal._id) },
  after: { status: proposal.status },
});

/** 409 when a similar proposal was made within the refusal period (the rules say how long). */
export async function refuseSimilar(title: string, tokens: string[], exceptId?: string) {
  const { similarRefusalMonths } = await getRules();
  if (similarRefusalMonths === 0 || tokens.length === 0) return;
  const since = new Date(now().getTime() - similarRefusalMonths * 30 * DAY_MS);
  // A municipality sees hundreds of proposals a year: comparing titles in memory is cheap.
  const candidates = await Proposal.find(
    {
      status: trusted({ $in: COMPARED_STATUSES }),
      submittedAt: trusted({ $gte: since }),
      ...(exceptId ? { _id: trusted({ $ne: exceptId }) } : {}),
    },
    { titleTokens: 1, title: 1, status: 1 },
  ).lean();
  const similar = candidates.find((c) => isSimilar(tokens, c.titleTokens));
  if (similar) {
    throw conflict(`A similar proposal was made within ${similarRefusalMonths} months`, {
      field: 'title',
      similarProposalId: String(similar._id),
      title,
    });
  }
}
