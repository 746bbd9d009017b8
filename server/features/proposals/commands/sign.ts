// Signing an open proposal: one signature per person (the unique index on (proposalId, userId):
// a second one is 409), the stored count recomputed from the signatures (never $inc, see
// recount.ts), and the signer follows the proposal from now on.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { conflict } from '../../../errors';
import { isDuplicateKey } from '../../../db/errors';
import { retryTransient } from '../../../db/retry';
import { announceProposal } from '../announce';
import { follow } from '../follows';
import { loadVisible } from '../load';
import { Signature } from '../model';
import { recount } from '../recount';
import { assertSigningOpen } from '../signing';

export const signProposal = defineCommand({
  name: 'proposal.sign',
  input: z.object({ id: IdSchema }),
  load: ({ id }, actor) => loadVisible(id, actor.user),
  policy: 'user',
  async work({ input, user, subject }) {
    assertSigningOpen(subject);
    try {
      await retryTransient(() => Signature.create({ proposalId: input.id, userId: user!.id }));
    } catch (error) {
      if (isDuplicateKey(error)) throw conflict('You have already signed this proposal');
      throw error;
    }
    await follow(input.id, user!.id);
    return recount(input.id);
  },
  audit: (_count, { input }) => ({
    action: 'proposal.signed',
    subject: { type: 'proposal', id: input.id },
  }),
  announce: (_count, { input }, rooms) => announceProposal(rooms, input.id),
  present: (signatureCount) => ({ signatureCount }),
});
