// Taking back one's signature while the proposal is open.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { notFound } from '../../../errors';
import { retryTransient } from '../../../db/retry';
import { announceProposal } from '../announce';
import { loadVisible } from '../load';
import { Signature } from '../model';
import { recount } from '../recount';
import { assertSigningOpen } from '../signing';

export const unsignProposal = defineCommand({
  name: 'proposal.unsign',
  input: z.object({ id: IdSchema }),
  load: ({ id }, actor) => loadVisible(id, actor.user),
  policy: 'user',
  async work({ input, user, subject }) {
    assertSigningOpen(subject);
    const { deletedCount } = await retryTransient(() =>
      Signature.deleteOne({ proposalId: input.id, userId: user!.id }),
    );
    if (deletedCount === 0) throw notFound('You have not signed this proposal');
    return recount(input.id);
  },
  audit: (_count, { input }) => ({
    action: 'proposal.signature_withdrawn',
    subject: { type: 'proposal', id: input.id },
  }),
  announce: (_count, { input }, rooms) => announceProposal(rooms, input.id),
});
