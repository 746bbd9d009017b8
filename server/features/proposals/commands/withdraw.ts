// Withdrawing one's own proposal while it is under review or open for signatures, with an
// optional reason that goes on the public timeline. Signers and followers are told (followStep).
import { WithdrawProposalSchema } from '@shared/schemas/proposals';
import { isProposalAuthor } from '../../../policies/proposals';
import { takeStep } from '../lifecycle';
import { stepCommand } from './step-command';

export const withdrawProposal = stepCommand({
  name: 'proposal.withdraw',
  input: WithdrawProposalSchema,
  policy: isProposalAuthor,
  by: 'author',
  step: ({ input, user }) =>
    takeStep(input.id, ['pending_review', 'open'], {
      kind: 'withdrawn',
      status: 'withdrawn',
      actorId: user!.id,
      ...(input.reason ? { reason: input.reason } : {}),
    }),
});
