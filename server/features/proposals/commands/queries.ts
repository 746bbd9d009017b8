// Reading proposals: the public list, the moderators' review queue, mine, one, and the rules.
import { trusted } from 'mongoose';
import { z } from 'zod';
import { PageQuerySchema } from '@shared/schemas/common';
import { ListProposalsQuerySchema, PUBLIC_PROPOSAL_STATUSES } from '@shared/schemas/proposals';
import { defineCommand } from '../../../commands/define';
import { canReviewProposals } from '../../../policies/proposals';
import { loadVisible } from '../load';
import { Follow, Proposal, Signature } from '../model';
import { presentProposal, presentSummaries } from '../present';
import { getRules } from '../rules';

const SORTS = {
  newest: { openedAt: -1, _id: -1 },
  signatures: { signatureCount: -1, openedAt: -1, _id: -1 },
  closing: { closesAt: 1, _id: 1 },
} as const;

export const listProposals = defineCommand({
  name: 'proposal.list',
  input: ListProposalsQuerySchema,
  policy: 'public',
  async work({ input }) {
    // "Closing soon" only makes sense for proposals that still close.
    const status =
      input.status ??
      (input.sort === 'closing' ? 'open' : trusted({ $in: [...PUBLIC_PROPOSAL_STATUSES] }));
    const filter = { status, ...(input.bodyId ? { 'referral.bodyId': input.bodyId } : {}) };
    const [items, total] = await Promise.all([
      Proposal.find(filter)
        .sort(SORTS[input.sort])
        .skip((input.page - 1) * input.pageSize)
        .limit(input.pageSize)
        .lean(),
      Proposal.countDocuments(filter),
    ]);
    return { data: await presentSummaries(items), total };
  },
});

export const reviewQueue = defineCommand({
  name: 'proposal.review_queue',
  input: PageQuerySchema,
  policy: (user) => canReviewProposals(user),
  async work({ input }) {
    const filter = { status: 'pending_review' as const };
    const [items, total] = await Promise.all([
      Proposal.find(filter)
        .sort({ submittedAt: 1, _id: 1 })
        .skip((input.page - 1) * input.pageSize)
        .limit(input.pageSize)
        .lean(),
      Proposal.countDocuments(filter),
    ]);
    return { data: await presentSummaries(items), total };
  },
});

export const myProposals = defineCommand({
  name: 'proposal.mine',
  input: z.object({}),
  policy: 'user',
  async work({ user }) {
    const userId = user!.id;
    const [signatures, follows] = await Promise.all([
      Signature.find({ userId }, { proposalId: 1 }).sort({ createdAt: -1 }).limit(200).lean(),
      Follow.find({ userId }, { proposalId: 1 }).sort({ createdAt: -1 }).limit(200).lean(),
    ]);
    const [authored, signed, following] = await Promise.all([
      Proposal.find({ authorId: userId }).sort({ createdAt: -1 }).limit(200).lean(),
      Proposal.find({ _id: trusted({ $in: signatures.map((s) => s.proposalId) }) })
        .sort({ closesAt: -1 })
        .lean(),
      Proposal.find({
        _id: trusted({ $in: follows.map((f) => f.proposalId) }),
        status: trusted({ $in: [...PUBLIC_PROPOSAL_STATUSES] }),
      })
        .sort({ openedAt: -1 })
        .lean(),
    ]);
    return {
      authored: await presentSummaries(authored),
      signed: await presentSummaries(signed),
      following: await presentSummaries(following),
    };
  },
});

export const getProposal = defineCommand({
  name: 'proposal.get',
  input: z.object({ id: z.string() }),
  load: ({ id }, actor) => loadVisible(id, actor.user),
  policy: 'public',
  work: ({ subject }) => Promise.resolve(subject),
  present: (proposal, { user }) => presentProposal(proposal.toObject(), user),
});

export const getProposalRules = defineCommand({
  name: 'proposal.rules',
  input: z.object({}),
  policy: 'public',
  work: () => getRules(),
});
