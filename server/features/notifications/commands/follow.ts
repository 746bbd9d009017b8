// Following a meeting, a body or a document (notifications of what changes there), no longer
// following it, and the list of what one follows. The thing must exist and be public (a
// confidential document's metadata is public: it may be followed); otherwise 404.
import { z } from 'zod';
import { IdSchema } from '@shared/schemas/common';
import { defineCommand } from '../../../commands/define';
import { notFound } from '../../../errors';
import { bodyName } from '../../bodies';
import { resolveSubject } from '../../subjects';
import { follow, isFollowing, listFollows, unfollow, type FollowedType } from '../follows';

const Input = z.object({ id: IdSchema });

async function loadFollowable(type: FollowedType, id: string): Promise<{ title: string }> {
  if (type === 'body') {
    const name = await bodyName(id);
    if (!name) throw notFound('No such body');
    return { title: name };
  }
  const subject = await resolveSubject(type, id);
  if (!subject || (!subject.public && type !== 'document')) throw notFound();
  return { title: subject.title };
}

function followCommands(type: FollowedType) {
  const load = ({ id }: { id: string }) => loadFollowable(type, id);
  return {
    follow: defineCommand({
      name: `${type}.follow`,
      input: Input,
      load,
      policy: 'user',
      work: ({ input, user }) => follow(user!.id, { type, id: input.id }),
      audit: (_r, { input }) => ({ action: `${type}.followed`, subject: { type, id: input.id } }),
    }),
    unfollow: defineCommand({
      name: `${type}.unfollow`,
      input: Input,
      load,
      policy: 'user',
      work: ({ input, user }) => unfollow(user!.id, { type, id: input.id }),
      audit: (_r, { input }) => ({ action: `${type}.unfollowed`, subject: { type, id: input.id } }),
    }),
    following: defineCommand({
      name: `${type}.following`,
      input: Input,
      load,
      policy: 'user',
      limit: false,
      work: async ({ input, user }) => ({
        following: await isFollowing(user!.id, { type, id: input.id }),
      }),
    }),
  };
}

export const meetingFollow = followCommands('meeting');
export const bodyFollow = followCommands('body');
export const documentFollow = followCommands('document');

export const listMyFollows = defineCommand({
  name: 'follow.list',
  input: z.object({}),
  policy: 'user',
  limit: false,
  work: ({ user }) => listFollows(user!.id),
});
