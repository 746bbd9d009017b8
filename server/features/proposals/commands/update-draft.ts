// Editing one's own draft (title and text) before submitting it.
import { IdSchema } from '@shared/schemas/common';
import { UpdateDraftSchema } from '@shared/schemas/proposals';
import { defineCommand } from '../../../commands/define';
import { conflict } from '../../../errors';
import { retryTransient } from '../../../db/retry';
import { isProposalAuthor } from '../../../policies/proposals';
import { loadVisible } from '../load';
import { Proposal } from '../model';
import { presentProposal } from '../present';
import { titleTokens } from '../similarity';

export const updateDraft = defineCommand({
  name: 'proposal.update_draft',
  input: UpdateDraftSchema.extend({ id: IdSchema }),
  load: ({ id }, actor) => loadVisible(id, actor.user),
  policy: (user, proposal) => isProposalAuthor(user, proposal),
  async work({ input: { id, ...fields } }) {
    const updated = await retryTransient(() =>
      Proposal.findOneAndUpdate(
        { _id: id, status: 'draft' },
        { $set: { ...fields, titleTokens: titleTokens(fields.title) } },
        { returnDocument: 'after' },
      ),
    );
    if (!updated) throw conflict('Only a draft can be edited');
    return updated;
  },
  audit: (proposal) => ({
    action: 'proposal.draft_edited',
    subject: { type: 'proposal', id: String(proposal._id) },
  }),
  present: (proposal, { user }) => presentProposal(proposal.toObject(), user),
});
