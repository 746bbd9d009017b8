// The referred body's official answer, then its decision: a secretary of that body records them.
import { AnswerProposalSchema, DecideProposalSchema } from '@shared/schemas/proposals';
import { conflict } from '../../../errors';
import { canAnswerProposal } from '../../../policies/proposals';
import { now } from '../clock';
import { takeStep } from '../lifecycle';
import { stepCommand } from './step-command';

export const answerProposal = stepCommand({
  name: 'proposal.answer',
  input: AnswerProposalSchema,
  policy: canAnswerProposal,
  by: 'staff',
  step({ input, user, subject }) {
    if (!subject.referral?.bodyId) throw conflict('The proposal has not been referred to a body');
    return takeStep(
      input.id,
      ['referred'],
      { kind: 'answered', status: 'answered', actorId: user!.id },
      {
        answer: { text: input.answer, at: now() },
        ...(input.agendaItemId ? { agendaItemId: input.agendaItemId } : {}),
      },
    );
  },
});

export const decideProposal = stepCommand({
  name: 'proposal.decide',
  input: DecideProposalSchema,
  policy: canAnswerProposal,
  by: 'staff',
  step({ input, user }) {
    return takeStep(
      input.id,
      ['answered'],
      { kind: 'decided', status: 'decided', actorId: user!.id },
      {
        decision: { text: input.decision, at: now() },
        ...(input.agendaItemId ? { agendaItemId: input.agendaItemId } : {}),
        ...(input.decisionDocumentId ? { decisionDocumentId: input.decisionDocumentId } : {}),
      },
    );
  },
});
