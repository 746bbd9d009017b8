// Referring a proposal that reached its goal to a body, with the case number (once). The policy
// asks for a secretary of the body named in the input: the proposal belongs to that body from now.
import { ReferProposalSchema } from '@shared/schemas/proposals';
import { defineCommand } from '../../../commands/define';
import { conflict, validationFailed } from '../../../errors';
import { retryTransient } from '../../../db/retry';
import { IdSchema } from '@shared/schemas/common';
import { canReferProposal } from '../../../policies/proposals';
import { bodyExists } from '../../bodies';
import { announceProposal, followStep } from '../announce';
import { claimStep } from '../claim';
import { now } from '../clock';
import { timelineEntry } from '../lifecycle';
import { loadProposal } from '../load';
import { Proposal } from '../model';
import { presentProposal } from '../present';

export const referProposal = defineCommand({
  name: 'proposal.refer',
  input: ReferProposalSchema.extend({ id: IdSchema }),
  load: ({ id }) => loadProposal(id),
  policy: (user, _proposal, input) => canReferProposal(user, input.bodyId),
  async work({ input, user, subject }) {
    if (!(await bodyExists(input.bodyId))) {
      throw validationFailed('bodyId: no such body', [{ path: 'bodyId', message: 'no such body' }]);
    }
    const refusal = () => conflict('Only a proposal that reached its goal can be referred, once');
    if (subject.status !== 'referred' || subject.referral?.bodyId) throw refusal();
    if (!(await claimStep(input.id, 'referral'))) throw refusal();
    const updated = await retryTransient(() =>
      Proposal.findOneAndUpdate(
        { _id: input.id, status: 'referred', 'referral.bodyId': null },
        {
          $set: { referral: { bodyId: input.bodyId, caseNumber: input.caseNumber, at: now() } },
          $push: {
            timeline: timelineEntry({
              kind: 'referred_to_body',
              status: 'referred',
              actorId: user!.id,
              ...(input.reason ? { reason: input.reason } : {}),
            }),
          },
        },
        { returnDocument: 'after' },
      ),
    );
    if (!updated) throw refusal();
    return updated;
  },
  audit: (proposal, { input }) => ({
    action: 'proposal.referred_to_body',
    subject: { type: 'proposal', id: input.id },
    after: { bodyId: input.bodyId, caseNumber: input.caseNumber },
  }),
  announce: (_p, { input }, rooms) => announceProposal(rooms, input.id),
  followUp: (proposal, { app }) => followStep(app, proposal, 'referred_to_body'),
  present: (proposal, { user }) => presentProposal(proposal.toObject(), user),
});
