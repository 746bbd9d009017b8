// Following a proposal (notifications on every step) and no longer following it.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { retryTransient } from '../../../db/retry';
import { follow } from '../follows';
import { loadVisible } from '../load';
import { Follow } from '../model';

const Input = z.object({ id: IdSchema });

export const followProposal = defineCommand({
  name: 'proposal.follow',
  input: Input,
  load: ({ id }, actor) => loadVisible(id, actor.user),
  policy: 'user',
  work: ({ input, user }) => follow(input.id, user!.id),
  audit: (_, { input }) => ({
    action: 'proposal.followed',
    subject: { type: 'proposal', id: input.id },
  }),
});

export const unfollowProposal = defineCommand({
  name: 'proposal.unfollow',
  input: Input,
  load: ({ id }, actor) => loadVisible(id, actor.user),
  policy: 'user',
  async work({ input, user }) {
    await retryTransient(() => Follow.deleteOne({ proposalId: input.id, userId: user!.id }));
  },
  audit: (_, { input }) => ({
    action: 'proposal.unfollowed',
    subject: { type: 'proposal', id: input.id },
  }),
});
