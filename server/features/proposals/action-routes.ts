// HTTP API for the steps of a proposal's life: review, sign and withdraw, follow, refer to a body,
// the body's answer and decision. Thin: parse, authorize, call the service, present.
import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  AnswerProposalSchema,
  DecideProposalSchema,
  ProposalSchema,
  ReferProposalSchema,
  ReviewProposalSchema,
} from '@shared/schemas/proposals';
import type { AppContext } from '../../context';
import { currentUser, requireUser } from '../../auth/current-user';
import { authorize } from '../../policies/authorize';
import { canReviewProposal } from '../../policies/proposals';
import { parseInput } from '../../http/parse';
import { describeApi } from '../../openapi/registry';
import { presentProposal } from './present';
import { answerProposal, decideProposal, referProposal, reviewProposal } from './service';
import { setFollowing, sign, withdraw } from './signatures';

const tags = ['proposals'];
/** The :id path parameter (Express 5 types it loosely). */
const idOf = (req: Request) => String(req.params.id ?? '');
const One = z.object({ data: ProposalSchema });
const Count = z.object({ data: z.object({ signatureCount: z.number() }) });

const actions = [
  [
    'review',
    'Approve (opens signing) or reject with a rule and reason',
    'moderator',
    ReviewProposalSchema,
  ],
  [
    'referral',
    'Refer a proposal that reached its goal to a body, with a case number',
    'secretary',
    ReferProposalSchema,
  ],
  ['answer', 'The body’s official answer', 'secretary of the body', AnswerProposalSchema],
  ['decision', 'The decision on the proposal', 'secretary of the body', DecideProposalSchema],
] as const;
for (const [path, summary, auth, body] of actions) {
  describeApi({
    method: 'post',
    path: `/api/v1/proposals/{id}/${path}`,
    summary,
    tags,
    auth,
    body,
    responses: {
      200: { description: 'The proposal', schema: One },
      409: { description: 'The proposal is not in a status that allows this' },
    },
  });
}
describeApi({
  method: 'post',
  path: '/api/v1/proposals/{id}/signatures',
  summary: 'Sign an open proposal (one signature per person: a second is 409)',
  tags,
  auth: 'user',
  responses: {
    201: { description: 'Signed', schema: Count },
    409: { description: 'Not open, or already signed' },
  },
});
describeApi({
  method: 'delete',
  path: '/api/v1/proposals/{id}/signatures',
  summary: 'Withdraw my signature while the proposal is open',
  tags,
  auth: 'user',
  responses: { 204: { description: 'Withdrawn' } },
});
describeApi({
  method: 'post',
  path: '/api/v1/proposals/{id}/follow',
  summary: 'Follow a proposal (notifications on every step)',
  tags,
  auth: 'user',
  responses: { 204: { description: 'Following' } },
});
describeApi({
  method: 'delete',
  path: '/api/v1/proposals/{id}/follow',
  summary: 'Stop following a proposal',
  tags,
  auth: 'user',
  responses: { 204: { description: 'Not following' } },
});

export function proposalActionsRouter(ctx: AppContext): Router {
  const router = Router();

  router.post('/proposals/:id/review', requireUser, async (req, res) => {
    const user = currentUser(req);
    authorize(user, canReviewProposal, 'Only moderators review proposals');
    const input = parseInput(ReviewProposalSchema, req.body);
    const proposal = await reviewProposal(ctx, user, idOf(req), input);
    res.json({ data: await presentProposal(proposal.toObject(), user) });
  });

  router.post('/proposals/:id/referral', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(ReferProposalSchema, req.body);
    const proposal = await referProposal(ctx, user, idOf(req), input);
    res.json({ data: await presentProposal(proposal.toObject(), user) });
  });

  router.post('/proposals/:id/answer', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(AnswerProposalSchema, req.body);
    const proposal = await answerProposal(ctx, user, idOf(req), input);
    res.json({ data: await presentProposal(proposal.toObject(), user) });
  });

  router.post('/proposals/:id/decision', requireUser, async (req, res) => {
    const user = currentUser(req);
    const input = parseInput(DecideProposalSchema, req.body);
    const proposal = await decideProposal(ctx, user, idOf(req), input);
    res.json({ data: await presentProposal(proposal.toObject(), user) });
  });

  router.post('/proposals/:id/signatures', requireUser, async (req, res) => {
    const signatureCount = await sign(ctx, currentUser(req), idOf(req));
    res.status(201).json({ data: { signatureCount } });
  });

  router.delete('/proposals/:id/signatures', requireUser, async (req, res) => {
    await withdraw(ctx, currentUser(req), idOf(req));
    res.status(204).end();
  });

  router.post('/proposals/:id/follow', requireUser, async (req, res) => {
    await setFollowing(currentUser(req), idOf(req), true);
    res.status(204).end();
  });

  router.delete('/proposals/:id/follow', requireUser, async (req, res) => {
    await setFollowing(currentUser(req), idOf(req), false);
    res.status(204).end();
  });

  return router;
}
