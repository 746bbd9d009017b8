// Writing a proposal: submitted for review at once, or kept as a draft (`draft: true`). The author
// follows it from the start.
import { CreateProposalSchema, type ProposalStatus } from '@shared/schemas/proposals';
import { defineCommand } from '../../../commands/define';
import { now } from '../clock';
import { follow } from '../follows';
import { refuseSimilar, timelineEntry } from '../lifecycle';
import { validationFailed } from '../../../errors';
import { bodyExists } from '../../bodies';
import { Proposal } from '../model';
import { presentProposal } from '../present';
import { getRules } from '../rules';
import { titleTokens } from '../similarity';

export const createProposal = defineCommand({
  name: 'proposal.create',
  input: CreateProposalSchema,
  policy: 'user',
  async work({ input, user }) {
    const tokens = titleTokens(input.title);
    if (input.bodyId && !(await bodyExists(input.bodyId))) {
      throw validationFailed('bodyId: no such body', [
        { path: 'bodyId', code: 'invalid_value', message: 'no such body' },
      ]);
    }
    const submit = !input.draft;
    if (submit) await refuseSimilar(input.title, tokens);
    const rules = await getRules();
    const at = now();
    const status: ProposalStatus = submit ? 'pending_review' : 'draft';
    const authorId = user!.id;
    const proposal = await Proposal.create({
      title: input.title,
      body: input.body,
      topic: input.topic,
      ...(input.bodyId ? { concernsBodyId: input.bodyId } : {}),
      titleTokens: tokens,
      authorId,
      status,
      threshold: rules.threshold,
      signingDays: rules.signingDays,
      ...(submit ? { submittedAt: at } : {}),
      timeline: [
        timelineEntry({ kind: 'drafted', status: 'draft', actorId: authorId }, at),
        ...(submit
          ? [timelineEntry({ kind: 'submitted', status: 'pending_review', actorId: authorId }, at)]
          : []),
      ],
    });
    await follow(String(proposal._id), authorId);
    return proposal;
  },
  audit: (proposal) => ({
    action: proposal.status === 'draft' ? 'proposal.drafted' : 'proposal.submitted',
    subject: { type: 'proposal', id: String(proposal._id) },
    after: { status: proposal.status },
  }),
  present: (proposal, { user }) => presentProposal(proposal.toObject(), user),
});
