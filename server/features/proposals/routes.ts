// The HTTP API of proposals: each route is a command (commands/), declared and documented here.
import { z } from 'zod';
import {
  MyProposalsSchema,
  ProposalRulesSchema,
  ProposalSchema,
  ProposalSummarySchema,
  ReviewProposalSchema,
  SimilarProposalSchema,
  UpdateDraftSchema,
  WithdrawProposalSchema,
} from '@shared/schemas/proposals';
import type { AppContext } from '../../context';
import { CommandRouter } from '../../http/command-routes';
import { answerProposal, decideProposal } from './commands/answer';
import { createProposal } from './commands/create';
import { followProposal, unfollowProposal } from './commands/follow';
import {
  getProposal,
  getProposalRules,
  listProposals,
  myProposals,
  reviewQueue,
} from './commands/queries';
import { referProposal } from './commands/refer';
import { reviewProposal } from './commands/review';
import { setProposalRules } from './commands/set-rules';
import { signProposal } from './commands/sign';
import { submitDraft } from './commands/submit';
import { unsignProposal } from './commands/unsign';
import { updateDraft } from './commands/update-draft';
import { similarProposals } from './commands/similar';
import { withdrawProposal } from './commands/withdraw';

const tags = ['proposals'];
const List = z.object({ data: z.array(ProposalSummarySchema), total: z.number() });
const notInStatus = { 409: 'The proposal is not in a status that allows this' };

export function proposalRoutes(app: AppContext): CommandRouter {
  return new CommandRouter(app, '/api/v1')
    .get('/proposal-rules', getProposalRules, {
      summary: 'Signature threshold, signing period, similar-proposal refusal period, review rules',
      tags,
      response: ProposalRulesSchema,
    })
    .put('/proposal-rules', setProposalRules, {
      summary: 'Set the proposal rules (applies to proposals approved from now on)',
      tags,
      auth: 'admin',
      response: ProposalRulesSchema,
    })
    .get('/proposals', listProposals, {
      summary: 'Public proposals, filtered by status and referred body, sorted',
      tags,
      reply: 'body',
      response: List,
      cache: { dependsOn: ['proposal'] },
    })
    .get('/proposals/review-queue', reviewQueue, {
      summary: 'Proposals waiting for review, oldest first',
      tags,
      auth: 'moderator',
      reply: 'body',
      response: List,
    })
    .get('/proposals/similar', similarProposals, {
      summary: 'Public proposals with a title like `title` (up to 5, most alike first)',
      tags,
      response: z.array(SimilarProposalSchema),
    })
    .get('/proposals/mine', myProposals, {
      summary: 'Proposals I wrote, signed and follow',
      tags,
      response: MyProposalsSchema,
    })
    .post('/proposals', createProposal, {
      summary: 'Submit a proposal for review (or keep it as a draft with `draft: true`)',
      tags,
      status: 201,
      response: ProposalSchema,
      errors: { 409: 'A similar proposal was made within the refusal period' },
    })
    .get('/proposals/:id', getProposal, {
      summary: 'One proposal with progress and public timeline',
      tags,
      response: ProposalSchema,
    })
    .put('/proposals/:id', updateDraft, {
      summary: 'Edit my draft',
      tags,
      auth: 'author',
      body: UpdateDraftSchema,
      response: ProposalSchema,
    })
    .post('/proposals/:id/submit', submitDraft, {
      summary: 'Submit my draft for review',
      tags,
      auth: 'author',
      response: ProposalSchema,
      errors: notInStatus,
    })
    .post('/proposals/:id/withdraw', withdrawProposal, {
      summary:
        'Withdraw my proposal while under review or open (the reason, if given, on the timeline)',
      tags,
      auth: 'author',
      body: WithdrawProposalSchema,
      response: ProposalSchema,
      errors: notInStatus,
    })
    .post('/proposals/:id/review', reviewProposal, {
      summary: 'Approve (opens signing) or reject with a rule and reason',
      tags,
      auth: 'moderator',
      body: ReviewProposalSchema,
      response: ProposalSchema,
      errors: notInStatus,
    })
    .post('/proposals/:id/referral', referProposal, {
      summary: 'Refer a proposal that reached its goal to a body, with a case number',
      tags,
      auth: 'secretary of the body',
      response: ProposalSchema,
      errors: notInStatus,
    })
    .post('/proposals/:id/answer', answerProposal, {
      summary: 'The body’s official answer',
      tags,
      auth: 'secretary of the body',
      response: ProposalSchema,
      errors: notInStatus,
    })
    .post('/proposals/:id/decision', decideProposal, {
      summary: 'The decision on the proposal',
      tags,
      auth: 'secretary of the body',
      response: ProposalSchema,
      errors: notInStatus,
    })
    .post('/proposals/:id/signatures', signProposal, {
      summary: 'Sign an open proposal (one signature per person: a second is 409)',
      tags,
      status: 201,
      response: z.object({ signatureCount: z.number() }),
      errors: { 409: 'Not open, or already signed' },
    })
    .delete('/proposals/:id/signatures', unsignProposal, {
      summary: 'Withdraw my signature while the proposal is open',
      tags,
      status: 204,
    })
    .post('/proposals/:id/follow', followProposal, {
      summary: 'Follow a proposal (notifications on every step)',
      tags,
      status: 204,
    })
    .delete('/proposals/:id/follow', unfollowProposal, {
      summary: 'Stop following a proposal',
      tags,
      status: 204,
    });
}
