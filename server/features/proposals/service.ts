// The proposal lifecycle: draft -> pending_review -> open | rejected -> (deadline, scheduler.ts)
// referred | closed -> referred to a body -> answered -> decided. Every step first claims its
// transition (a unique index: one winner among concurrent attempts, see claim.ts), then one
// conditional update sets the new status and appends the public timeline entry.
import { trusted } from 'mongoose';
import type { UpdateQuery } from 'mongoose';
import type { z } from 'zod';
import type {
  AnswerProposalSchema,
  CreateProposalSchema,
  DecideProposalSchema,
  ProposalStatus,
  ReferProposalSchema,
  ReviewProposalSchema,
  TimelineEntry,
  UpdateDraftSchema,
} from '@shared/schemas/proposals';
import type { AppContext } from '../../context';
import type { CurrentUser } from '../../auth/current-user';
import { authorize } from '../../policies/authorize';
import {
  canAnswerProposal,
  canEditDraft,
  canReferProposal,
  canReviewProposal,
  canViewProposal,
} from '../../policies/proposals';
import { conflict, notFound, validationFailed } from '../../errors';
import { audit } from './audit';
import { retryTransient } from '../../db/retry';
import { Body } from '../bodies/model';
import { now } from './clock';
import { Follow, Proposal, type ProposalDocument, type ProposalFields } from './model';
import { getRules } from './rules';
import { isSimilar, titleTokens } from './similarity';
import { announceStep } from './announce';
import { claimStep } from './claim';

const DAY_MS = 24 * 60 * 60 * 1000;
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

/** A proposal the caller may see, or 404 (hidden ones are indistinguishable from missing). */
export async function loadVisible(id: string, user: CurrentUser | undefined) {
  const proposal = /^[0-9a-f]{24}$/i.test(id) ? await Proposal.findById(id) : null;
  if (!proposal || !canViewProposal(user, proposal)) throw notFound('No such proposal');
  return proposal;
}

/**
 * Moves a proposal from one of `from` to the next status with a timeline entry, atomically.
 * Answers the updated proposal, or throws 409 when it was not in an expected status.
 */
async function step(
  ctx: AppContext,
  id: string,
  from: ProposalStatus[],
  entry: TimelineInput,
  set: UpdateQuery<ProposalFields>['$set'] = {},
): Promise<ProposalDocument> {
  const current = await Proposal.findById(id, { status: 1 }).lean();
  const expected = (status: string) => (from as string[]).includes(status);
  const notExpected = () => conflict(`The proposal is not ${from.join(' or ')}`);
  if (!current || !expected(current.status)) throw notExpected();
  if (!(await claimStep(id, `leave:${current.status}`))) throw notExpected();
  const updated = await retryTransient(() =>
    Proposal.findOneAndUpdate(
      { _id: id, status: trusted({ $in: from }) },
      {
        $set: { ...set, status: entry.status },
        $push: { timeline: timelineEntry(entry) },
        $inc: { seq: 1 },
      },
      { returnDocument: 'after' },
    ),
  );
  if (!updated) throw notExpected();
  await audit({
    actor: entry.actorId ?? 'system',
    action: `proposal.${entry.kind}`,
    subject: { type: 'proposal', id },
    after: { status: entry.status },
  });
  await announceStep(ctx, updated, entry.kind);
  return updated;
}

async function refuseSimilar(title: string, tokens: string[], exceptId?: string) {
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

export async function createProposal(
  ctx: AppContext,
  user: CurrentUser,
  input: z.infer<typeof CreateProposalSchema>,
): Promise<ProposalDocument> {
  const tokens = titleTokens(input.title);
  const submit = !input.draft;
  if (submit) await refuseSimilar(input.title, tokens);
  const rules = await getRules();
  const at = now();
  const status: ProposalStatus = submit ? 'pending_review' : 'draft';
  const proposal = await Proposal.create({
    title: input.title,
    body: input.body,
    titleTokens: tokens,
    authorId: user.id,
    status,
    threshold: rules.threshold,
    signingDays: rules.signingDays,
    ...(submit ? { submittedAt: at } : {}),
    timeline: [
      timelineEntry({ kind: 'drafted', status: 'draft', actorId: user.id }, at),
      ...(submit
        ? [timelineEntry({ kind: 'submitted', status: 'pending_review', actorId: user.id }, at)]
        : []),
    ],
  });
  await retryTransient(() =>
    Follow.updateOne(
      { proposalId: String(proposal._id), userId: user.id },
      { $setOnInsert: { proposalId: String(proposal._id), userId: user.id } },
      { upsert: true },
    ),
  );
  await audit({
    actor: user.id,
    action: submit ? 'proposal.submitted' : 'proposal.drafted',
    subject: { type: 'proposal', id: String(proposal._id) },
    after: { status },
  });
  return proposal;
}

export async function updateDraft(
  user: CurrentUser,
  id: string,
  input: z.infer<typeof UpdateDraftSchema>,
): Promise<ProposalDocument> {
  const proposal = await loadVisible(id, user);
  authorize(user, (u) => canEditDraft(u, proposal));
  const updated = await retryTransient(() =>
    Proposal.findOneAndUpdate(
      { _id: id, status: 'draft' },
      { $set: { ...input, titleTokens: titleTokens(input.title) }, $inc: { seq: 1 } },
      { returnDocument: 'after' },
    ),
  );
  if (!updated) throw conflict('Only a draft can be edited');
  await audit({
    actor: user.id,
    action: 'proposal.draft_edited',
    subject: { type: 'proposal', id },
  });
  return updated;
}

export async function submitDraft(ctx: AppContext, user: CurrentUser, id: string) {
  const proposal = await loadVisible(id, user);
  authorize(user, (u) => canEditDraft(u, proposal));
  await refuseSimilar(proposal.title, proposal.titleTokens, id);
  return step(
    ctx,
    id,
    ['draft'],
    { kind: 'submitted', status: 'pending_review', actorId: user.id },
    { submittedAt: now() },
  );
}

export async function reviewProposal(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  input: z.infer<typeof ReviewProposalSchema>,
) {
  authorize(user, canReviewProposal, 'Only moderators review proposals');
  await loadVisible(id, user);
  if (input.decision === 'reject') {
    return step(ctx, id, ['pending_review'], {
      kind: 'rejected',
      status: 'rejected',
      actorId: user.id,
      rule: input.rule,
      reason: input.reason,
    });
  }
  // The rules in force at approval fix the goal and the deadline for this proposal.
  const rules = await getRules();
  const openedAt = now();
  return step(
    ctx,
    id,
    ['pending_review'],
    {
      kind: 'approved',
      status: 'open',
      actorId: user.id,
      ...(input.reason ? { reason: input.reason } : {}),
    },
    {
      openedAt,
      closesAt: new Date(openedAt.getTime() + rules.signingDays * DAY_MS),
      threshold: rules.threshold,
      signingDays: rules.signingDays,
    },
  );
}

export async function referProposal(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  input: z.infer<typeof ReferProposalSchema>,
) {
  authorize(user, (u) => canReferProposal(u, input.bodyId), 'Only secretaries refer proposals');
  const proposal = await loadVisible(id, user);
  const body = await Body.exists({ _id: input.bodyId });
  if (!body)
    throw validationFailed('bodyId: no such body', [{ path: 'bodyId', message: 'no such body' }]);
  const refusal = () => conflict('Only a proposal that reached its goal can be referred, once');
  if (proposal.status !== 'referred' || proposal.referral?.bodyId) throw refusal();
  if (!(await claimStep(id, 'referral'))) throw refusal();
  const updated = await retryTransient(() =>
    Proposal.findOneAndUpdate(
      { _id: id, status: 'referred', 'referral.bodyId': null },
      {
        $set: { referral: { bodyId: input.bodyId, caseNumber: input.caseNumber, at: now() } },
        $push: {
          timeline: timelineEntry({
            kind: 'referred_to_body',
            status: 'referred',
            actorId: user.id,
            ...(input.reason ? { reason: input.reason } : {}),
          }),
        },
        $inc: { seq: 1 },
      },
      { returnDocument: 'after' },
    ),
  );
  if (!updated) throw refusal();
  await audit({
    actor: user.id,
    action: 'proposal.referred_to_body',
    subject: { type: 'proposal', id },
    after: { bodyId: input.bodyId, caseNumber: input.caseNumber },
  });
  await announceStep(ctx, updated, 'referred_to_body');
  return updated;
}

export async function answerProposal(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  input: z.infer<typeof AnswerProposalSchema>,
) {
  const proposal = await loadVisible(id, user);
  authorize(user, (u) => canAnswerProposal(u, proposal), 'Only the body’s secretary answers');
  if (!proposal.referral?.bodyId) throw conflict('The proposal has not been referred to a body');
  return step(
    ctx,
    id,
    ['referred'],
    { kind: 'answered', status: 'answered', actorId: user.id },
    {
      answer: { text: input.answer, at: now() },
      ...(input.agendaItemId ? { agendaItemId: input.agendaItemId } : {}),
    },
  );
}

export async function decideProposal(
  ctx: AppContext,
  user: CurrentUser,
  id: string,
  input: z.infer<typeof DecideProposalSchema>,
) {
  const proposal = await loadVisible(id, user);
  authorize(
    user,
    (u) => canAnswerProposal(u, proposal),
    'Only the body’s secretary records decisions',
  );
  return step(
    ctx,
    id,
    ['answered'],
    { kind: 'decided', status: 'decided', actorId: user.id },
    {
      decision: { text: input.decision, at: now() },
      ...(input.agendaItemId ? { agendaItemId: input.agendaItemId } : {}),
      ...(input.decisionDocumentId ? { decisionDocumentId: input.decisionDocumentId } : {}),
    },
  );
}
