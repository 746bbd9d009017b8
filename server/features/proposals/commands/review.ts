// A moderator's review: approve (signing opens under the rules in force now), send back to the
// author's draft for changes with a message (the author is notified and resubmits), or reject with
// a rule and a reason. Proposals under review belong to no body: a moderator grant without bodyId.
import { ReviewProposalSchema } from '@shared/schemas/proposals';
import { canReviewProposals } from '../../../policies/proposals';
import { now } from '../clock';
import { DAY_MS, takeStep } from '../lifecycle';
import { getRules } from '../rules';
import { stepCommand } from './step-command';

export const reviewProposal = stepCommand({
  name: 'proposal.review',
  input: ReviewProposalSchema,
  policy: (user) => canReviewProposals(user),
  by: 'staff',
  async step({ input, user }) {
    if (input.decision === 'return') {
      return takeStep(input.id, ['pending_review'], {
        kind: 'returned',
        status: 'draft',
        actorId: user!.id,
        reason: input.reason,
      });
    }
    if (input.decision === 'reject') {
      return takeStep(input.id, ['pending_review'], {
        kind: 'rejected',
        status: 'rejected',
        actorId: user!.id,
        rule: input.rule,
        reason: input.reason,
      });
    }
    // The rules in force at approval fix the goal and the deadline for this proposal.
    const rules = await getRules();
    const openedAt = now();
    return takeStep(
      input.id,
      ['pending_review'],
      {
        kind: 'approved',
        status: 'open',
        actorId: user!.id,
        ...(input.reason ? { reason: input.reason } : {}),
      },
      {
        openedAt,
        closesAt: new Date(openedAt.getTime() + rules.signingDays * DAY_MS),
        threshold: rules.threshold,
        signingDays: rules.signingDays,
      },
    );
  },
});
