// Submitting one's draft for review (refused while a similar proposal is recent).
import { z } from 'zod';
import { isProposalAuthor } from '../../../policies/proposals';
import { now } from '../clock';
import { refuseSimilar, takeStep } from '../lifecycle';
import { stepCommand } from './step-command';

export const submitDraft = stepCommand({
  name: 'proposal.submit',
  input: z.object({}),
  policy: isProposalAuthor,
  by: 'author',
  async step({ input, user, subject }) {
    await refuseSimilar(subject.title, subject.titleTokens, input.id);
    return takeStep(
      input.id,
      ['draft'],
      { kind: 'submitted', status: 'pending_review', actorId: user!.id },
      { submittedAt: now() },
    );
  },
});
