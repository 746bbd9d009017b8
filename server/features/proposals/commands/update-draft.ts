// Editing one's own draft (title, text, topic and the body it concerns) before submitting it.
import { IdSchema } from '@shared/schemas/common';
import { UpdateDraftSchema } from '@shared/schemas/proposals';
import { defineCommand } from '../../../commands/define';
import { conflict, validationFailed } from '../../../errors';
import { bodyExists } from '../../bodies';
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
  async work({ input: { id, bodyId, ...fields } }) {
    if (bodyId && !(await bodyExists(bodyId))) {
      throw validationFailed('bodyId: no such body', [
        { path: 'bodyId', code: 'invalid_value', message: 'no such body' },
      ]);
    }
    const updated = await retryTransient(() =>
      Proposal.findOneAndUpdate(
        { _id: id, status: 'draft' },
        {
          $set: {
            ...fields,
            titleTokens: titleTokens(fields.title),
            ...(bodyId ? { concernsBodyId: bodyId } : {}),
          },
          ...(bodyId ? {} : { $unset: { concernsBodyId: 1 } }),
        },
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
