// HTTP API for reading and writing proposals: list, review queue, my proposals, one proposal,
// create, edit and submit a draft. Lifecycle actions are in action-routes.ts, rules in rules-routes.ts.
import { trusted } from 'mongoose';
import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  CreateProposalSchema,
  ListProposalsQuerySchema,
  MyProposalsSchema,
  ProposalSchema,
  ProposalSummarySchema,
  PUBLIC_PROPOSAL_STATUSES,
  UpdateDraftSchema,
} from '@shared/schemas/proposals';
import { PageQuerySchema } from '@shared/schemas/common';
import type { AppContext } from '../../context';
import { currentUser, requireUser } from '../../auth/current-user';
import { authorize } from '../../policies/authorize';
import { canReviewProposal } from '../../policies/proposals';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { Follow, Proposal, Signature } from './model';
import { presentProposal, presentSummaries } from './present';
import { createProposal, loadVisible, submitDraft, updateDraft } from './service';

const tags = ['proposals'];
/** The :id path parameter (Express 5 types it loosely). */
const idOf = (req: Request) => String(req.params.id ?? '');
const One = z.object({ data: ProposalSchema });
const List = z.object({ data: z.array(ProposalSummarySchema), total: z.number() });

describeApi({
  method: 'get',
  path: '/api/v1/proposals',
  summary: 'Public proposals, filtered by status and referred body, sorted',
  tags,
  query: ListProposalsQuerySchema,
  responses: { 200: { description: 'Proposals', schema: List } },
});
describeApi({
  method: 'get',
  path: '/api/v1/proposals/review-queue',
  summary: 'Proposals waiting for review, oldest first',
  tags,
  auth: 'moderator',
  query: PageQuerySchema,
  responses: { 200: { description: 'Proposals', schema: List } },
});
describeApi({
  method: 'get',
  path: '/api/v1/proposals/mine',
  summary: 'Proposals I wrote, signed and follow',
  tags,
  auth: 'user',
  responses: { 200: { description: 'Mine', schema: z.object({ data: MyProposalsSchema }) } },
});
describeApi({
  method: 'post',
  path: '/api/v1/proposals',
  summary: 'Submit a proposal for review (or keep it as a draft with `draft: true`)',
  tags,
  auth: 'user',
  body: CreateProposalSchema,
  responses: {
    201: { description: 'The proposal, status pending_review or draft', schema: One },
    409: { description: 'A similar proposal was made within the refusal period' },
  },
});
describeApi({
  method: 'get',
  path: '/api/v1/proposals/{id}',
  summary: 'One proposal with progress and public timeline',
  tags,
  responses: { 200: { description: 'The proposal', schema: One } },
});
describeApi({
  method: 'put',
  path: '/api/v1/proposals/{id}',
  summary: 'Edit my draft',
  tags,
  auth: 'author',
  body: UpdateDraftSchema,
  responses: { 200: { description: 'The draft', schema: One } },
});
describeApi({
  method: 'post',
  path: '/api/v1/proposals/{id}/submit',
  summary: 'Submit my draft for review',
  tags,
  auth: 'author',
  responses: { 200: { description: 'status pending_review', schema: One } },
});

const SORTS = {
  newest: { openedAt: -1, _id: -1 },
  signatures: { signatureCount: -1, openedAt: -1, _id: -1 },
  closing: { closesAt: 1, _id: 1 },
} as const;

export function proposalsRouter(ctx: AppContext): Router {
  const router = Router();

  router.get('/proposals', async (req, res) => {
    const query = parseInput(ListProposalsQuerySchema, req.query);
    // "Closing soon" only makes sense for proposals that still close.
    const status =
      query.status ??
      (query.sort === 'closing' ? 'open' : trusted({ $in: [...PUBLIC_PROPOSAL_STATUSES] }));
    const filter = {
      status,
      ...(query.bodyId ? { 'referral.bodyId': query.bodyId } : {}),
    };
    const [items, total] = await Promise.all([
      Proposal.find(filter)
        .sort(SORTS[query.sort])
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean(),
      Proposal.countDocuments(filter),
    ]);
    res.json({ data: await presentSummaries(items), total });
  });

  router.get('/proposals/review-queue', requireUser, async (req, res) => {
    authorize(req.user, canReviewProposal, 'Only moderators review proposals');
    const query = parseInput(PageQuerySchema, req.query);
    const filter = { status: 'pending_review' as const };
    const [items, total] = await Promise.all([
      Proposal.find(filter)
        .sort({ submittedAt: 1, _id: 1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean(),
      Proposal.countDocuments(filter),
    ]);
    res.json({ data: await presentSummaries(items), total });
  });

  router.get('/proposals/mine', requireUser, async (req, res) => {
    const user = currentUser(req);
    const [signatures, follows] = await Promise.all([
      Signature.find({ userId: user.id }, { proposalId: 1 })
        .sort({ createdAt: -1 })
        .limit(200)
        .lean(),
      Follow.find({ userId: user.id }, { proposalId: 1 }).sort({ createdAt: -1 }).limit(200).lean(),
    ]);
    const [authored, signed, following] = await Promise.all([
      Proposal.find({ authorId: user.id }).sort({ createdAt: -1 }).limit(200).lean(),
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
    res.json({
      data: {
        authored: await presentSummaries(authored),
        signed: await presentSummaries(signed),
        following: await presentSummaries(following),
      },
    });
  });

  router.post('/proposals', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(CreateProposalSchema, req.body);
    const proposal = await createProposal(ctx, user, input);
    res.status(201).json({ data: await presentProposal(proposal.toObject(), user) });
  });

  router.get('/proposals/:id', async (req, res) => {
    const proposal = await loadVisible(idOf(req), req.user);
    res.json({ data: await presentProposal(proposal.toObject(), req.user) });
  });

  router.put('/proposals/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(UpdateDraftSchema, req.body);
    const proposal = await updateDraft(user, idOf(req), input);
    res.json({ data: await presentProposal(proposal.toObject(), user) });
  });

  router.post('/proposals/:id/submit', requireUser, async (req, res) => {
    const user = currentUser(req);
    const proposal = await submitDraft(ctx, user, idOf(req));
    res.json({ data: await presentProposal(proposal.toObject(), user) });
  });

  return router;
}
